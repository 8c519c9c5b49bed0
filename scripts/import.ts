// npm run import -- <file> [-o out.json] [options]: converts a spreadsheet CSV (columns in
// README, template in public/dataset-template.csv) or a TimelineJS JSON file into format v1.
// Prints every conversion problem as `file: row 7: …` (CSV) or `file: events[3]: …`
// (TimelineJS), then checks the result like `npm run validate`. Writes the output even when
// something could not be converted, so that it can be fixed; exits 0 only when everything
// converted and the result validates.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { csvToDataset } from "../src/data/convert/csv.ts";
import { timelineJsToDataset } from "../src/data/convert/timelinejs.ts";
import { describeJsonError } from "../src/data/jsonErrors.ts";
import type { DatasetInput } from "../src/data/schema.ts";
import { parseDataset } from "../src/data/parseDataset.ts";
import { validateDataset } from "../src/data/validate.ts";

const USAGE = `usage: npm run import -- <file.csv|file.json> [-o out.json] [options]
  -o, --output <file>    write the dataset here (default: standard output)
  --format <csv|timelinejs>  input format (default: from the extension, else the content)
  --id <slug>            dataset id (default: from --base, the title or the file name)
  --title <text>         dataset title
  --summary <text>       dataset summary
  --updated <date>       when the dataset was last revised (default: today)
  --language <tag>       dataset language, e.g. en
  --base <dataset.json>  CSV only: take the dataset fields, people's roles, claims,
                         corrections and uncited sources from this dataset; its events
                         are replaced by the rows`;

type Format = "csv" | "timelinejs";

function fail(message: string, code = 1): number {
  console.error(message);
  return code;
}

function detectFormat(file: string, text: string): Format {
  const extension = extname(file).toLowerCase();
  if (extension === ".json") return "timelinejs";
  if ([".csv", ".tsv", ".txt"].includes(extension)) return "csv";
  return text.trimStart().startsWith("{") ? "timelinejs" : "csv";
}

async function formatJson(value: unknown, target: string): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    // Loaded only here: it is the slowest part of starting this command.
    const prettier = await import("prettier");
    // The target's own Prettier config, else this project's (so data/ files pass the lint).
    const config =
      (await prettier.resolveConfig(target)) ??
      (await prettier.resolveConfig(join(process.cwd(), "data", "x.json"))) ??
      {};
    return await prettier.format(text, { ...config, parser: "json" });
  } catch {
    return text;
  }
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        format: { type: "string" },
        id: { type: "string" },
        title: { type: "string" },
        summary: { type: "string" },
        updated: { type: "string" },
        language: { type: "string" },
        base: { type: "string" },
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
  if (values.format !== undefined && values.format !== "csv" && values.format !== "timelinejs") {
    return fail(`--format must be csv or timelinejs\n${USAGE}`, 2);
  }

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return fail(
      `${file}: (file): cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const format: Format = values.format ?? detectFormat(file, text);
  const common = {
    id: values.id,
    title: values.title,
    summary: values.summary,
    updated: values.updated,
    language: values.language,
    sourceName: basename(file),
  };

  const lines: string[] = [];
  let dataset: DatasetInput;
  let problemCount: number;
  let notes: string[];
  if (format === "csv") {
    let base: DatasetInput | undefined;
    if (values.base !== undefined) {
      const loaded = await readBase(values.base);
      if (typeof loaded === "string") return fail(loaded);
      base = loaded;
    }
    const result = csvToDataset(text, { ...common, base });
    for (const p of result.problems) lines.push(`${file}: row ${p.row}: ${p.message}`);
    ({ dataset, notes } = result);
    problemCount = result.problems.length;
  } else {
    if (values.base !== undefined) return fail("--base is for CSV imports only", 2);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const reason = describeJsonError(
        text,
        error instanceof Error ? error.message : String(error),
      );
      return fail(`${file}: (file): ${reason}`);
    }
    if (typeof json === "object" && json !== null && "version" in json) {
      return fail(
        `${file}: (file): is already a format v1 dataset (check it with npm run validate)`,
      );
    }
    const result = timelineJsToDataset(json, common);
    for (const p of result.problems) {
      lines.push(
        p.index === null ? `${file}: ${p.message}` : `${file}: events[${p.index}]: ${p.message}`,
      );
    }
    ({ dataset, notes } = result);
    problemCount = result.problems.length;
  }

  const validation = validateDataset(dataset);
  const invalid = validation.ok ? [] : validation.problems;
  for (const p of invalid) lines.push(`${file}: output ${p.path}: ${p.message}`);
  for (const note of notes) console.error(`${file}: note: ${note}`);
  for (const line of lines) console.error(line);

  const target = values.output;
  const json = await formatJson(dataset, target ?? "out.json");
  if (target === undefined) {
    process.stdout.write(json);
  } else {
    try {
      writeFileSync(target, json);
    } catch (error) {
      return fail(
        `${target}: cannot be written: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const total = problemCount + invalid.length;
  const events = `${dataset.events.length} event${dataset.events.length === 1 ? "" : "s"}`;
  const where = target === undefined ? "" : ` → ${target}`;
  if (total === 0) {
    console.error(`ok   ${file}: ${events}${where}`);
    return 0;
  }
  console.error(
    `FAIL ${file}: ${events}${where}; ${total} problem${total === 1 ? "" : "s"} (fix them and import again)`,
  );
  return 1;
}

async function readBase(file: string): Promise<DatasetInput | string> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return `${file}: (file): cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
  const loaded = await parseDataset(text);
  if (!loaded.ok) {
    return [
      ...loaded.problems.map((p) => `${file}: ${p.path}: ${p.message}`),
      `--base ${file} must be a valid dataset first`,
    ].join("\n");
  }
  return JSON.parse(text) as DatasetInput;
}

process.exitCode = await main(process.argv.slice(2));
