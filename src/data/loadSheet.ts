// A spreadsheet published as CSV, loaded as a dataset: `?data=` names a CSV file (Google
// Sheets' "Publish to the web" link, a CSV on any server that allows this site to read
// it), and the page converts it with the same importer as `npm run import`. `?base=`
// names a format v1 dataset that supplies what the sheet does not carry (title, people,
// claims), as `--base` does. Loaded only when a CSV arrives: papaparse and the importer
// stay out of the first load.
import { csvToDataset } from "./convert/csv.ts";
import { decodeText } from "./decodeText.ts";
import type { DatasetInput } from "./schema.ts";
import type { LoadResult, Problem } from "./model.ts";
import { validateDataset } from "./validate.ts";

/**
 * The sheet's dataset, or every problem: rows the importer could not read (with their
 * row numbers, as the preview shows them) and what validation found. A sheet with any
 * problem is not shown half: a missing row would be a missing event nobody notices.
 */
export function sheetToResult(
  bytes: Uint8Array,
  url: URL,
  base: DatasetInput | undefined,
): LoadResult {
  const { text } = decodeText(bytes);
  const name = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf("/") + 1));
  const converted = csvToDataset(text, { base, sourceName: name === "" ? url.host : name });
  const rows: Problem[] = converted.problems.map((problem) => ({
    path: `row ${problem.row}`,
    message: problem.message,
  }));
  const checked = validateDataset(converted.dataset);
  if (rows.length === 0 && checked.ok) return checked;
  return { ok: false, problems: [...rows, ...(checked.ok ? [] : checked.problems)] };
}

/**
 * The `?base=` dataset as written (the importer fills its gaps from the raw format), or
 * the problem, named after the parameter.
 */
export async function fetchBase(
  url: URL,
  signal: AbortSignal,
): Promise<{ ok: true; base: DatasetInput } | { ok: false; problems: Problem[] }> {
  const problem = (message: string) => ({
    ok: false as const,
    problems: [{ path: "?base", message }],
  });
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: "omit" });
  } catch (error) {
    if (signal.aborted) throw error;
    return problem(`could not reach ${url.host} (the network, or CORS)`);
  }
  if (!response.ok) return problem(`the server answered ${response.status} for ${url.href}`);
  try {
    const value: unknown = JSON.parse(
      decodeText(new Uint8Array(await response.arrayBuffer())).text,
    );
    // Checked whole first: the importer trusts the shape of what it builds on.
    const checked = validateDataset(value);
    if (!checked.ok) {
      const problems = checked.problems.map((p) => ({
        path: `?base ${p.path}`,
        message: p.message,
      }));
      return { ok: false, problems };
    }
    return { ok: true, base: value as DatasetInput };
  } catch (error) {
    if (signal.aborted) throw error;
    return problem(`${url.href} is not valid JSON`);
  }
}
