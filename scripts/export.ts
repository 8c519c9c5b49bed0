// npm run export -- <dataset.json> --csv [-o out.csv]: writes a dataset in its spreadsheet
// form (one row per event; columns in README). The dataset is validated first. What the
// CSV cannot carry (dataset fields, roles, claim texts, corrections…) is listed on stderr;
// `npm run import -- out.csv --base <dataset.json>` restores it.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { csvLosses, datasetToCsv } from "../src/data/convert/csv.ts";
import type { DatasetInput } from "../src/data/schema.ts";
import { parseDataset } from "../src/data/parseDataset.ts";

const USAGE = `usage: npm run export -- <dataset.json> --csv [-o out.csv]
  --csv                  write CSV (the only format for now)
  -o, --output <file>    write here (default: standard output)`;

function fail(message: string, code = 1): number {
  console.error(message);
  return code;
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        csv: { type: "boolean" },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) return fail(USAGE, 2);
  if (!values.csv) return fail(`choose the output format: --csv\n${USAGE}`, 2);

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return fail(
      `${file}: (file): cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const loaded = await parseDataset(text);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(`${file}: ${p.path}: ${p.message}`);
    return fail(`FAIL ${file}: fix the dataset before exporting it (npm run validate)`);
  }
  const dataset = JSON.parse(text) as DatasetInput;
  const csv = datasetToCsv(dataset);
  const target = values.output;
  if (target === undefined) {
    process.stdout.write(csv);
  } else {
    try {
      writeFileSync(target, csv);
    } catch (error) {
      return fail(
        `${target}: cannot be written: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  for (const loss of csvLosses(dataset)) console.error(`${file}: note: not in the CSV: ${loss}`);
  console.error(
    `ok   ${file}: ${dataset.events.length} events${target === undefined ? "" : ` → ${target}`} (to restore what the CSV leaves out: npm run import -- <csv> --base ${file})`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
