// npm run validate [-- files…]: checks data/*.json (or the given files) against format v1,
// prints every problem as `file: path: message` and exits non-zero on any.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDataset } from "../src/data/parseDataset.ts";

const DATA_DIR = "data";
const NOT_DATASETS = new Set(["schema.json"]);

function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith(".json") && !NOT_DATASETS.has(name))
    .sort()
    .map((name) => join(DATA_DIR, name));
}

export async function validateFile(file: string): Promise<string[]> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [`${file}: (file): cannot be read: ${reason}`];
  }
  const result = await parseDataset(text);
  return result.ok ? [] : result.problems.map((p) => `${file}: ${p.path}: ${p.message}`);
}

async function main(args: string[]): Promise<number> {
  const files = args.length > 0 ? args : defaultFiles();
  if (files.length === 0) {
    console.error(`no datasets found in ${DATA_DIR}/`);
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const problems = await validateFile(shown);
    if (problems.length === 0) {
      console.log(`ok   ${shown}`);
    } else {
      failed += 1;
      for (const line of problems) console.error(line);
      console.error(`FAIL ${shown}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
