// npm run validate [-- files…]: checks data/*.json (or the given files) against format v1,
// prints every problem as `file: path: message` and exits non-zero on any.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDataset } from "../src/data/parseDataset.ts";
import { countOf } from "../src/data/countOf.ts";
import { parseCli, runWhenStarted, type Io } from "./cliArgs.ts";
import { readDatasetFile } from "./readInput.ts";

const DATA_DIR = "data";
const NOT_DATASETS = new Set(["schema.json"]);
const USAGE = `usage: npm run validate [-- <dataset.json>…]
  checks every dataset in ${DATA_DIR}/, or the given files`;

function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith(".json") && !NOT_DATASETS.has(name))
    .sort()
    .map((name) => join(DATA_DIR, name));
}

export async function validateFile(file: string): Promise<string[]> {
  const read = readDatasetFile(file);
  if (!read.ok) return [read.message];
  const result = await parseDataset(read.text);
  return result.ok ? [] : result.problems.map((p) => `${file}: ${p.path}: ${p.message}`);
}

export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === "number") return args;
  const files = args.positionals.length > 0 ? args.positionals : defaultFiles();
  if (files.length === 0) {
    io.err(`no datasets found in ${DATA_DIR}/`);
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const problems = await validateFile(shown);
    if (problems.length === 0) {
      io.out(`ok   ${shown}\n`);
    } else {
      failed += 1;
      for (const line of problems) io.err(line);
      io.err(`FAIL ${shown}: ${countOf(problems.length, "problem", "problems")}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

await runWhenStarted(import.meta.url, main);
