// The data boundary: text or untrusted JSON in, either a normalized Dataset or every
// problem with its JSON path out. Nothing here throws on bad input.
import type * as z from "zod/mini";
import type { LoadResult, Problem } from "./model.ts";
import { fastValidate } from "./fastPath.ts";
import { formatPath } from "./path.ts";
import { KEYS } from "./keys.ts";
import { checkReferences } from "./references.ts";
import { DEPTH_MESSAGE, MAX_DEPTH } from "./bounds.ts";
import { datasetSchema, LIMITS, type ParsedDataset } from "./schema.ts";

// Re-exported: loaders, scripts and tests import the text checks from here.
export { MAX_DATASET_CHARS, MAX_DEPTH, tooDeep, tooLarge } from "./bounds.ts";

/** The most keys a format v1 object may have (the dataset's), from the schema. */
const MOST_KEYS = Math.max(...Object.values(KEYS).map((keys) => keys.length));
/** An object has at most MOST_KEYS keys; thousands of them is not a typo but an attack. */
export const MAX_KEYS = 1000;
/** More problems than this are counted, not listed: a list of a million would freeze the page. */
export const MAX_PROBLEMS = 1000;

export function validateDataset(value: unknown): LoadResult {
  // Most datasets are valid: one hand-written pass checks and normalizes them (fastPath.ts).
  // Anything it does not accept goes the full way, which finds and describes every problem.
  const quick = fastValidate(value);
  return quick === null ? validateFully(value) : { ok: true, dataset: quick };
}

/**
 * The full path: zod and the reference checks list every problem; a dataset without any is
 * normalized by the fast path, the one normalizer (a test holds it to an oracle).
 */
export function validateFully(value: unknown): LoadResult {
  const { problems } = checkDataset(value);
  if (problems.length > 0) return { ok: false, problems };
  const dataset = fastValidate(value);
  // Only a bug gets here: the fast path is property-tested to accept what zod accepts.
  if (dataset === null) {
    return fail("(root)", "could not be loaded: no rule fails, but the loader refused it (a bug)");
  }
  return { ok: true, dataset };
}

/** What zod and the reference checks make of a value: its problems, or zod's output. */
export type Checked =
  { problems: Problem[]; parsed: null } | { problems: []; parsed: ParsedDataset };

/**
 * Every problem zod and the reference checks find, in file order and capped; none (and
 * zod's output, which the fast path's test oracle normalizes) when `value` is a valid
 * format v1 dataset. Never throws.
 */
export function checkDataset(value: unknown): Checked {
  const refused = (problems: Problem[]): Checked => ({ problems, parsed: null });
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return refused([
        {
          path: "(root)",
          message: "must be a JSON object with version, id, title, sources and events",
        },
      ]);
    }
    // Bounds first: the schema would otherwise walk (and report on) every item of a huge
    // array or object before noticing that it is too large.
    const structure = structureProblems(value);
    if (structure.length > 0) return refused(capProblems(structure));
    let problems: Problem[];
    let parsed: ReturnType<typeof datasetSchema.safeParse>;
    try {
      parsed = datasetSchema.safeParse(value);
      problems = parsed.success
        ? []
        : parsed.error.issues.flatMap((issue) => describeIssue(issue, value));
    } catch (error) {
      // zod gathers a collection's issues with one push(...issues); hundreds of thousands
      // of them overflow the stack. List the first ones instead, and say there are more.
      if (!(error instanceof RangeError)) throw error;
      return refused(capProblems(firstProblems(value as Raw), false));
    }
    problems.push(...checkReferences(value));
    if (problems.length > 0 || !parsed.success) return refused(capProblems(sortProblems(problems)));
    return { problems: [], parsed: parsed.data };
  } catch (error) {
    // Nothing above should throw; if it does, report it rather than break the page.
    const reason = error instanceof Error ? error.message : String(error);
    return refused([{ path: "(root)", message: `could not be validated: ${reason}` }]);
  }
}

type Raw = Record<string, unknown>;

/**
 * Depth, array lengths and key counts, walked without recursion. Top-level collections may
 * hold up to LIMITS.events items, every nested list LIMITS.listItems (the schema's own
 * limits, checked here before the schema looks at a single item).
 */
function structureProblems(root: object): Problem[] {
  const problems: Problem[] = [];
  interface Node {
    value: object;
    depth: number;
    parent: Node | null;
    key: PropertyKey;
  }
  const pathOf = (node: Node): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let n: Node | null = node; n !== null && n.parent !== null; n = n.parent) {
      path.push(n.key);
    }
    return path.reverse();
  };
  const stack: Node[] = [{ value: root, depth: 1, parent: null, key: "" }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (problems.length >= MAX_PROBLEMS) break;
    const { value, depth } = node;
    if (depth > MAX_DEPTH) {
      problems.push({ path: formatPath(pathOf(node)), message: DEPTH_MESSAGE });
      break;
    }
    if (Array.isArray(value)) {
      const max = depth === 2 ? Math.max(LIMITS.events, LIMITS.sources) : LIMITS.listItems;
      if (value.length > max) {
        problems.push({
          path: formatPath(pathOf(node)),
          message: `has too many items (${value.length.toLocaleString("en")}; at most ${max.toLocaleString("en")})`,
        });
        continue;
      }
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === "object" && item !== null) {
          stack.push({ value: item, depth: depth + 1, parent: node, key: i });
        }
      }
    } else {
      const keys = Object.keys(value);
      if (keys.length > MAX_KEYS) {
        problems.push({
          path: formatPath(pathOf(node)),
          message: `has too many keys (${keys.length.toLocaleString("en")}; format v1 objects have at most ${MOST_KEYS})`,
        });
        continue;
      }
      for (const key of keys.toReversed()) {
        const item: unknown = (value as Raw)[key];
        if (typeof item === "object" && item !== null) {
          stack.push({ value: item, depth: depth + 1, parent: node, key });
        }
      }
    }
  }
  return problems;
}

/**
 * The bounded path for a flood of problems: the schema on the first items of each list only,
 * fewer each time the flood is still too big for it, so that authors get the first problems.
 */
function firstProblems(value: Raw): Problem[] {
  for (let keep = 1000; ; keep = Math.floor(keep / 10)) {
    const sample: Raw = { ...value };
    for (const key of [
      "translations",
      "people",
      "claims",
      "sources",
      "periods",
      "events",
      "corrections",
    ]) {
      const items = value[key];
      if (Array.isArray(items)) sample[key] = items.slice(0, keep);
    }
    try {
      const parsed = datasetSchema.safeParse(sample);
      return sortProblems(
        parsed.success ? [] : parsed.error.issues.flatMap((issue) => describeIssue(issue, value)),
      );
    } catch (error) {
      if (!(error instanceof RangeError) || keep === 0) throw error;
    }
  }
}

/** At most MAX_PROBLEMS, then one line that says there are more (and how many, if known). */
function capProblems(problems: Problem[], complete = true): Problem[] {
  if (complete && problems.length <= MAX_PROBLEMS) return problems;
  const more = complete ? ` ${(problems.length - MAX_PROBLEMS).toLocaleString("en")}` : "";
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      path: "(file)",
      message: `has${more} more problems not listed here; fix these first`,
    },
  ];
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
    case "invalid_type": {
      const value = valueAt(root, path);
      if (value === undefined) return [{ path: formatPath(path), message: "is required" }];
      // zod/mini carries no messages of its own ("Invalid input"); say what was expected.
      const message =
        issue.message === "Invalid input"
          ? `must be ${article(issue.expected)} (got ${value === null ? "null" : article(Array.isArray(value) ? "array" : typeof value)})`
          : issue.message;
      return [{ path: formatPath(path), message }];
    }
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

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Problems in file order, so that authors can fix them top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  const key = (path: string) => path.replace(/\d+/g, (n) => n.padStart(8, "0"));
  return problems.toSorted((a, b) =>
    key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0,
  );
}
