// npm run new -- <id> [--dir data] [--title text]: scaffolds data/<id>.json, a dataset that
// validates, with one example event and one source to replace (marked REPLACE ME, pointing
// at https://example.org/replace-me). Refuses a bad id and never overwrites a file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { isSlug } from "../src/data/convert/slug.ts";
import { LIMITS, type DatasetInput } from "../src/data/schema.ts";
import { validateDataset } from "../src/data/validate.ts";

const USAGE = `usage: npm run new -- <id> [--dir data] [--title text]
  <id>             the dataset id and file name: lowercase letters, digits, single hyphens
  --dir <folder>   where to write <id>.json (default: data)
  --title <text>   the dataset's title`;

function fail(message: string, code = 1): number {
  console.error(message);
  return code;
}

function scaffold(id: string, title: string | undefined, today: string): DatasetInput {
  return {
    version: 1,
    id,
    title: title ?? `REPLACE ME: title of the ${id} timeline`,
    summary:
      "REPLACE ME: one or two neutral sentences, in your own words, on the rumor this timeline tracks.",
    updated: today,
    language: "en",
    people: [],
    claims: [],
    sources: [
      {
        id: "replace-me",
        outlet: "REPLACE ME: outlet name",
        url: "https://example.org/replace-me",
        title: "REPLACE ME: example source, replace it with a real one",
      },
    ],
    events: [
      {
        id: "replace-me",
        title: "REPLACE ME: example event",
        short: "REPLACE ME: label, at most 60 characters",
        summary:
          "REPLACE ME: what happened, in neutral words of your own. Every event cites at least one source.",
        date: today,
        kind: "report",
        sources: ["replace-me"],
      },
    ],
  };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dir: { type: "string", default: "data" },
        title: { type: "string" },
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
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) return fail(USAGE, 2);
  if (!isSlug(id, LIMITS.id)) {
    return fail(
      `"${id}" is not a valid id: use lowercase letters, digits and single hyphens (at most ${LIMITS.id} characters), like rumor-2025`,
    );
  }

  const dir = values.dir;
  const file = join(dir, `${id}.json`);
  const dataset = scaffold(id, values.title, new Date().toISOString().slice(0, 10));
  // Editors check as you type when the file points at the schema (inside this project only).
  const schemaPath = relative(resolve(dir), resolve("data", "schema.json")).split(sep).join("/");
  const inProject = !relative(process.cwd(), resolve(dir)).startsWith("..");
  const withSchema: DatasetInput = inProject
    ? { $schema: schemaPath.startsWith(".") ? schemaPath : `./${schemaPath}`, ...dataset }
    : dataset;
  const checked = validateDataset(withSchema);
  if (!checked.ok) {
    return fail(checked.problems.map((p) => `${file}: ${p.path}: ${p.message}`).join("\n"));
  }

  const text = `${JSON.stringify(withSchema, null, 2)}\n`;
  // The target's own Prettier config, else this project's (so data/ files pass the lint).
  const prettier = await import("prettier");
  const config =
    (await prettier.resolveConfig(file).catch(() => null)) ??
    (await prettier.resolveConfig(join(process.cwd(), "data", "x.json")).catch(() => null)) ??
    {};
  const formatted = await prettier.format(text, { ...config, parser: "json" }).catch(() => text);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, formatted, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return fail(
        `${file}: already exists; not overwritten (choose another id or delete it first)`,
      );
    }
    return fail(
      `${file}: cannot be written: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  console.log(`wrote ${file}`);
  console.log(
    "next: replace every REPLACE ME (title, summary, the example source and event), then npm run validate",
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
