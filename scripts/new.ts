// npm run new -- <id> [--dir data] [--title text]: scaffolds data/<id>.json, a dataset that
// validates, with one example event and one source to replace (marked REPLACE ME, pointing
// at https://example.org/replace-me). Refuses a bad id and never overwrites a file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { isSlug } from "../src/data/convert/slug.ts";
import { LIMITS, type DatasetInput } from "../src/data/schema.ts";
import { validateDataset } from "../src/data/validate.ts";
import { fail, parseCli, reason, runWhenStarted, type Io } from "./cliArgs.ts";
import { formatJson } from "./formatJson.ts";

const USAGE = `usage: npm run new -- <id> [--dir data] [--title text]
  <id>             the dataset id and file name: lowercase letters, digits, single hyphens
  --dir <folder>   where to write <id>.json (default: data)
  --title <text>   the dataset's title`;

const OPTIONS = {
  dir: { type: "string", default: "data" },
  title: { type: "string" },
} as const;

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

export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseCli(argv, OPTIONS, USAGE, io);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) return fail(io, USAGE, 2);
  if (!isSlug(id, LIMITS.id)) {
    return fail(
      io,
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
    return fail(io, checked.problems.map((p) => `${file}: ${p.path}: ${p.message}`).join("\n"));
  }

  const formatted = await formatJson(withSchema, file);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, formatted, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return fail(
        io,
        `${file}: already exists; not overwritten (choose another id or delete it first)`,
      );
    }
    return fail(io, `${file}: cannot be written: ${reason(error)}`);
  }
  io.out(`wrote ${file}\n`);
  io.out(
    "next: replace every REPLACE ME (title, summary, the example source and event), then npm run validate\n",
  );
  return 0;
}

await runWhenStarted(import.meta.url, main);
