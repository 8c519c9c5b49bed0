// npm run import -- <file> [-o out.json] [options]: converts a spreadsheet CSV (columns in
// README, template in public/dataset-template.csv) or a TimelineJS JSON file into format v1.
// Prints every conversion problem as `file: row 7: …` (CSV) or `file: events[3]: …`
// (TimelineJS), then checks the result like `npm run validate`; exits 0 only when
// everything converted and the result validates.
//
// It never destroys data: an existing file is replaced only by an import without problems
// that keeps at least as many events as --base (and as the file) had, unless --allow-fewer;
// a new file gets what could be converted, so that it can be fixed. Writes are atomic.
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { csvToDataset } from "../src/data/convert/csv.ts";
import { timelineJsToDataset } from "../src/data/convert/timelinejs.ts";
import { describeJsonError } from "../src/data/jsonErrors.ts";
import { parseDataset } from "../src/data/parseDataset.ts";
import { detectFormat } from "../src/data/preview.ts";
import type { DatasetInput } from "../src/data/schema.ts";
import { validateDataset } from "../src/data/validate.ts";
import { countOf } from "../src/data/countOf.ts";
import { fail, parseCli, reason, runWhenStarted, type Io } from "./cliArgs.ts";
import { formatJson } from "./formatJson.ts";
import { readDatasetFile, readInput } from "./readInput.ts";
import { writeAtomic } from "./writeAtomic.ts";

const USAGE = `usage: npm run import -- <file.csv|file.json> [-o out.json] [options]
  -o, --output <file>    write the dataset here (default: standard output)
  --format <csv|timelinejs>  input format (default: from the extension, else the content)
  --id <slug>            dataset id (default: from --base, the title or the file name)
  --title <text>         dataset title
  --summary <text>       dataset summary
  --updated <date>       when the dataset was last revised (default: today)
  --language <tag>       dataset language, e.g. en
  --base <dataset.json>  CSV only: take the dataset fields, people's roles, claims,
                         translations, periods, corrections and uncited sources from
                         this dataset; its events are replaced by the rows
  --allow-fewer          write even when the result has fewer events than --base or
                         the output file (rows deleted on purpose)`;

const OPTIONS = {
  output: { type: "string", short: "o" },
  format: { type: "string" },
  id: { type: "string" },
  title: { type: "string" },
  summary: { type: "string" },
  updated: { type: "string" },
  language: { type: "string" },
  base: { type: "string" },
  "allow-fewer": { type: "boolean" },
} as const;

interface Converted {
  dataset: DatasetInput;
  /** Conversion problems, as printed. */
  lines: string[];
  notes: string[];
}

export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseCli(argv, OPTIONS, USAGE, io);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) return fail(io, USAGE, 2);
  if (values.format !== undefined && values.format !== "csv" && values.format !== "timelinejs") {
    return fail(io, `--format must be csv or timelinejs\n${USAGE}`, 2);
  }

  const read = readInput(file);
  if (!read.ok) return fail(io, read.message);
  const format = values.format ?? (detectFormat(file, read.text) === "csv" ? "csv" : "timelinejs");
  const common = {
    id: values.id,
    title: values.title,
    summary: values.summary,
    updated: values.updated,
    language: values.language,
    sourceName: basename(file),
  };

  let converted: Converted | string;
  let base: DatasetInput | undefined;
  if (format === "csv") {
    if (values.base !== undefined) {
      const loaded = await readBase(values.base);
      if (typeof loaded === "string") return fail(io, loaded);
      base = loaded;
    }
    const result = csvToDataset(read.text, { ...common, base });
    const lines = result.problems.map((p) => `${file}: row ${p.row}: ${p.message}`);
    converted = { dataset: result.dataset, lines, notes: result.notes };
  } else {
    if (values.base !== undefined) return fail(io, "--base is for CSV imports only", 2);
    converted = fromTimelineJs(file, read.text, common);
  }
  if (typeof converted === "string") return fail(io, converted);
  const { dataset, lines, notes } = converted;

  const validation = validateDataset(dataset);
  const invalid = validation.ok ? [] : validation.problems;
  for (const p of invalid) lines.push(`${file}: output ${p.path}: ${p.message}`);
  // One write: 50,000 problem lines written one by one took seconds.
  const report = [...notes.map((note) => `${file}: note: ${note}`), ...lines];
  if (report.length > 0) io.err(report.join("\n"));

  const total = lines.length;
  const events = countOf(dataset.events.length, "event", "events");
  const verdict = total === 0 ? `ok   ${file}: ${events}` : `FAIL ${file}: ${events}`;
  const problems = total === 0 ? "" : `; ${countOf(total, "problem", "problems")}`;
  const target = values.output;
  if (target === undefined) {
    io.out(await formatJson(dataset, "out.json"));
    io.err(`${verdict}${problems}${total === 0 ? "" : " (fix them and import again)"}`);
    return total === 0 ? 0 : 1;
  }

  const refusal = refuseToWrite(target, dataset, total, base, values.base, values["allow-fewer"]);
  if (refusal !== null) {
    io.err(`${file}: ${refusal}`);
    return fail(io, `FAIL ${file}: ${events}${problems}; nothing written: ${target} is unchanged`);
  }
  try {
    writeAtomic(target, await formatJson(dataset, target));
  } catch (error) {
    return fail(io, `${target}: cannot be written: ${reason(error)}`);
  }
  if (total === 0) {
    io.err(`${verdict} → ${target}`);
    return 0;
  }
  return fail(io, `${verdict} → ${target}${problems} (fix them and import again)`);
}

/**
 * Why the result must not be written over `target`, or null. An existing file (the usual
 * target is --base itself) is replaced only by a clean import; a result with fewer events
 * than --base or the file only with --allow-fewer.
 */
function refuseToWrite(
  target: string,
  dataset: DatasetInput,
  problems: number,
  base: DatasetInput | undefined,
  baseFile: string | undefined,
  allowFewer: boolean | undefined,
): string | null {
  const exists = existsSync(target);
  if (exists && problems > 0) {
    return `an import with problems never replaces a file: fix them and import again, or write to a new file with -o`;
  }
  if (allowFewer === true) return null;
  const before = [
    ...(base && baseFile !== undefined
      ? [{ name: `--base ${baseFile}`, count: base.events.length }]
      : []),
    ...(exists ? [{ name: target, count: eventsIn(target) }] : []),
  ];
  const after = dataset.events.length;
  for (const { name, count } of before) {
    if (count !== null && after < count) {
      return `the result has ${countOf(after, "event", "events")} but ${name} has ${count}: ${count - after} would be lost (to drop them on purpose, import again with --allow-fewer)`;
    }
  }
  return null;
}

/** How many events a dataset file has, or null when it is no dataset. */
function eventsIn(file: string): number | null {
  const read = readInput(file);
  if (!read.ok) return null;
  try {
    const value: unknown = JSON.parse(read.text);
    const events = (value as { events?: unknown } | null)?.events;
    return Array.isArray(events) ? events.length : null;
  } catch {
    return null;
  }
}

function fromTimelineJs(
  file: string,
  text: string,
  common: Parameters<typeof timelineJsToDataset>[1],
): Converted | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `${file}: (file): ${describeJsonError(text, reason(error))}`;
  }
  if (typeof json === "object" && json !== null && "version" in json) {
    return `${file}: (file): is already a format v1 dataset (check it with npm run validate)`;
  }
  const result = timelineJsToDataset(json, common);
  const lines = result.problems.map((p) =>
    p.index === null ? `${file}: ${p.message}` : `${file}: events[${p.index}]: ${p.message}`,
  );
  return { dataset: result.dataset, lines, notes: result.notes };
}

async function readBase(file: string): Promise<DatasetInput | string> {
  const read = readDatasetFile(file);
  if (!read.ok) return read.message;
  const loaded = await parseDataset(read.text);
  if (!loaded.ok) {
    return [
      ...loaded.problems.map((p) => `${file}: ${p.path}: ${p.message}`),
      `--base ${file} must be a valid dataset first`,
    ].join("\n");
  }
  return JSON.parse(read.text) as DatasetInput;
}

await runWhenStarted(import.meta.url, main);
