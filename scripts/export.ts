// npm run export -- <dataset.json> --csv [-o out.csv]: writes a dataset in its spreadsheet
// form (one row per event; columns in README). The dataset is validated first. What the
// CSV cannot carry (dataset fields, roles, claim texts, corrections…) is listed on stderr;
// `npm run import -- out.csv --base <dataset.json>` restores it.
import { csvLosses, datasetToCsv } from "../src/data/convert/csv.ts";
import { parseDataset } from "../src/data/parseDataset.ts";
import type { DatasetInput } from "../src/data/schema.ts";
import { countOf } from "../src/data/countOf.ts";
import { fail, parseCli, reason, runWhenStarted, type Io } from "./cliArgs.ts";
import { readDatasetFile } from "./readInput.ts";
import { writeAtomic } from "./writeAtomic.ts";

const USAGE = `usage: npm run export -- <dataset.json> --csv [-o out.csv]
  --csv                  write CSV (the only format for now)
  -o, --output <file>    write here (default: standard output)`;

const OPTIONS = {
  csv: { type: "boolean" },
  output: { type: "string", short: "o" },
} as const;

export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseCli(argv, OPTIONS, USAGE, io);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) return fail(io, USAGE, 2);
  if (values.csv !== true) return fail(io, `choose the output format: --csv\n${USAGE}`, 2);

  const read = readDatasetFile(file);
  if (!read.ok) return fail(io, read.message);
  const loaded = await parseDataset(read.text);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(`${file}: ${p.path}: ${p.message}`);
    return fail(io, `FAIL ${file}: fix the dataset before exporting it (npm run validate)`);
  }
  const dataset = JSON.parse(read.text) as DatasetInput;
  const csv = datasetToCsv(dataset);
  const target = values.output;
  if (target === undefined) {
    io.out(csv);
  } else {
    try {
      writeAtomic(target, csv);
    } catch (error) {
      return fail(io, `${target}: cannot be written: ${reason(error)}`);
    }
  }
  for (const loss of csvLosses(dataset)) io.err(`${file}: note: not in the CSV: ${loss}`);
  io.err(
    `ok   ${file}: ${countOf(dataset.events.length, "event", "events")}${target === undefined ? "" : ` → ${target}`} (to restore what the CSV leaves out: npm run import -- <csv> --base ${file})`,
  );
  return 0;
}

await runWhenStarted(import.meta.url, main);
