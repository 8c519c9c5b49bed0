// npm run archive-plan -- <dataset.json>: for every source with a URL but no archived copy,
// prints the Wayback Machine's Save Page Now URL to request, and the `archived` line to add
// to the source once the copy exists; then counts. It makes no request itself: archiving is
// the author's to do (in a browser, or with a tool of their choice), and a copy's address is
// known only once it is made.
import { formatPath } from "../src/data/path.ts";
import { parseDataset } from "../src/data/parseDataset.ts";
import type { DatasetInput } from "../src/data/schema.ts";
import { countOf } from "../src/data/countOf.ts";
import { fail, parseCli, runWhenStarted, type Io } from "./cliArgs.ts";
import { readDatasetFile } from "./readInput.ts";

const USAGE = `usage: npm run archive-plan -- <dataset.json>
  prints, for every source without an archived copy, the Save Page Now URL to request and
  the "archived" line to add to the source once the copy exists (no request is made)`;

/** Save Page Now: requesting this followed by a page's URL archives the page. */
export const SAVE_PAGE_NOW = "https://web.archive.org/save/";
/** A copy's address: this, the moment it was made (14 digits, UTC), "/", the page's URL. */
export const WAYBACK = "https://web.archive.org/web/";

/** Where the copy's moment goes in the line to add, in both of the forms it takes. */
export const TIMESTAMP = "YYYYMMDDhhmmss";
export const MOMENT = "YYYY-MM-DDThh:mm:ssZ";

export interface ArchiveStep {
  /** The source's JSON path, e.g. `sources[3]`. */
  path: string;
  id: string;
  outlet: string;
  /** The URL to request. */
  save: string;
  /** The key to add to the source once the copy exists, its moment to fill in. */
  line: string;
}

export interface ArchivePlan {
  steps: ArchiveStep[];
  /** Sources that have an archived copy already. */
  archived: number;
  /** Ids of the sources with no URL, which have nothing to archive. */
  withoutUrl: string[];
  total: number;
}

/** What to archive in `dataset`, and the line to add for each, in the file's order. */
export function planArchives(dataset: Pick<DatasetInput, "sources">): ArchivePlan {
  const plan: ArchivePlan = { steps: [], archived: 0, withoutUrl: [], total: 0 };
  dataset.sources.forEach((source, i) => {
    plan.total += 1;
    if (source.archived !== undefined) {
      plan.archived += 1;
    } else if (source.url === undefined) {
      plan.withoutUrl.push(source.id);
    } else {
      const copy = `${WAYBACK}${TIMESTAMP}/${source.url}`;
      plan.steps.push({
        path: formatPath(["sources", i]),
        id: source.id,
        outlet: source.outlet,
        save: `${SAVE_PAGE_NOW}${source.url}`,
        line: `"archived": { "url": ${JSON.stringify(copy)}, "date": ${JSON.stringify(MOMENT)} }`,
      });
    }
  });
  return plan;
}

/** The plan as the command prints it: the steps (standard output) and a summary. */
export function describePlan(plan: ArchivePlan, file: string): { steps: string; summary: string } {
  const steps = plan.steps
    .map(
      (step) =>
        `${step.path} "${step.id}" (${step.outlet})\n  request: ${step.save}\n  then add: ${step.line}\n`,
    )
    .join("\n");
  const parts = [
    `${countOf(plan.total, "source", "sources")}`,
    `${plan.archived} archived already`,
    `${plan.steps.length} to archive`,
  ];
  if (plan.withoutUrl.length > 0) {
    parts.push(`${plan.withoutUrl.length} without a URL (${plan.withoutUrl.join(", ")})`);
  }
  const lines = [`${file}: ${parts.join(", ")}`];
  if (plan.steps.length > 0) {
    lines.push(
      `${file}: once a copy exists, Save Page Now shows its address, ${WAYBACK}<14 digits>/…: put the digits in place of ${TIMESTAMP} and the same moment in place of ${MOMENT} (20250220093000 is 2025-02-20T09:30:00Z)`,
    );
  }
  return { steps, summary: lines.join("\n") };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === "number") return args;
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) return fail(io, USAGE, 2);
  const read = readDatasetFile(file);
  if (!read.ok) return fail(io, read.message);
  const loaded = await parseDataset(read.text);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(`${file}: ${p.path}: ${p.message}`);
    return fail(io, `FAIL ${file}: fix the dataset first (npm run validate)`);
  }
  const { steps, summary } = describePlan(
    planArchives(JSON.parse(read.text) as DatasetInput),
    file,
  );
  if (steps !== "") io.out(steps);
  io.err(summary);
  return 0;
}

await runWhenStarted(import.meta.url, main);
