// The data boundary: text or untrusted JSON in, either a normalized Dataset or every
// problem with its JSON path out. Nothing here throws on bad input.
import type * as z from "zod/mini";
import type { LoadResult, Problem } from "./model.ts";
import { normalize } from "./normalize.ts";
import { formatPath } from "./path.ts";
import { checkReferences } from "./references.ts";
import { datasetSchema } from "./schema.ts";

/** Larger files are refused before parsing: the page must never freeze on a hostile URL. */
export const MAX_DATASET_CHARS = 64 * 1024 * 1024;

/** The size check every loader runs before parsing, so a huge file never freezes the page. */
export function tooLarge(text: string): Problem | null {
  if (text.length <= MAX_DATASET_CHARS) return null;
  const mb = (text.length / 1024 / 1024).toFixed(1);
  return {
    path: "(file)",
    message: `is too large (${mb} MB; the limit is ${MAX_DATASET_CHARS / 1024 / 1024} MB)`,
  };
}

export function validateDataset(value: unknown): LoadResult {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return fail("(root)", "must be a JSON object with version, id, title, sources and events");
    }
    const parsed = datasetSchema.safeParse(value);
    const problems = [
      ...(parsed.success
        ? []
        : parsed.error.issues.flatMap((issue) => describeIssue(issue, value))),
      ...checkReferences(value),
    ];
    if (problems.length > 0 || !parsed.success)
      return { ok: false, problems: sortProblems(problems) };
    return { ok: true, dataset: normalize(parsed.data) };
  } catch (error) {
    // Deeply nested input can exhaust the stack inside the validator; report, never throw.
    const reason = error instanceof Error ? error.message : String(error);
    return fail("(root)", `could not be validated: ${reason}`);
  }
}

function fail(path: string, message: string): LoadResult {
  return { ok: false, problems: [{ path, message }] };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const path = issue.path;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: `unknown key "${key}" (not part of format v1; check the spelling)`,
      }));
    case "invalid_type":
      if (valueAt(root, path) === undefined)
        return [{ path: formatPath(path), message: "is required" }];
      return [{ path: formatPath(path), message: issue.message }];
    case "invalid_value":
      return [
        {
          path: formatPath(path),
          message:
            issue.values.length === 1
              ? issue.message
              : `must be one of: ${issue.values.map(String).join(", ")} (got ${JSON.stringify(valueAt(root, path))?.slice(0, 60)})`,
        },
      ];
    default:
      return [{ path: formatPath(path), message: issue.message }];
  }
}

/** Problems in file order, so that authors can fix them top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  const key = (path: string) => path.replace(/\d+/g, (n) => n.padStart(8, "0"));
  return problems.toSorted((a, b) =>
    key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0,
  );
}
