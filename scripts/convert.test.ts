// The authoring command-line tools: npm run import / export / new. Their main functions are
// called directly; one test starts a command as an author does, for the wiring.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../src/data/parseDataset.ts";
import type { Io } from "./cliArgs.ts";
import { main as exportMain } from "./export.ts";
import { main as importMain } from "./import.ts";
import { formatJson } from "./formatJson.ts";
import { main as newMain } from "./new.ts";

// The binary `npm run` puts on the PATH, as an author gets it; npx would add a second
// start-up of about 0.7 s to every spawn.
const TSX = join("node_modules", ".bin", "tsx");

const BUNDLED = "data/de-armas-cruise-2025.json";

/** Runs a command's main with its output captured. */
async function run(
  main: (argv: string[], io: Io) => Promise<number>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  const err: string[] = [];
  const code = await main(args, { out: (text) => (out += text), err: (line) => err.push(line) });
  return { code, out, err: err.join("\n") };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "convert-"));
}

async function expectValidFile(file: string): Promise<void> {
  const result = await parseDataset(readFileSync(file, "utf8"));
  expect(result.ok ? [] : result.problems).toEqual([]);
}

function eventCount(file: string): number {
  return (JSON.parse(readFileSync(file, "utf8")) as { events: unknown[] }).events.length;
}

/** The bundled dataset exported to CSV in a fresh folder, with a copy of the dataset. */
async function exportedCopy(): Promise<{ dir: string; csv: string; base: string }> {
  const dir = tempDir();
  const csv = join(dir, "sheet.csv");
  const base = join(dir, "my-rumor.json");
  writeFileSync(base, readFileSync(BUNDLED));
  expect((await run(exportMain, base, "--csv", "-o", csv)).code).toBe(0);
  return { dir, csv, base };
}

const TIMELINE = {
  title: { text: { headline: "A rumor", text: "<p>What was said, and when.</p>" } },
  eras: [
    {
      start_date: { year: 2025, month: 2 },
      end_date: { year: 2025, month: 5 },
      text: { headline: "Spring" },
    },
  ],
  events: [
    {
      start_date: { year: 2025, month: 2, day: 13 },
      text: {
        headline: "Dinner in <b>Soho</b>",
        text: '<p>Seen leaving, <a href="https://www.people.com/a">People reports</a>.</p>',
      },
      unique_id: "soho-dinner",
    },
    {
      start_date: { year: -44, month: 3, day: 15 },
      text: {
        headline: "Ides of March",
        text: '<a href="https://en.wikipedia.org/wiki/Ides_of_March">Caesar is killed</a>',
      },
    },
    { start_date: { year: 2025 }, text: { headline: "Nothing to cite" } },
  ],
};

describe("npm run import", () => {
  it("converts a TimelineJS file (eras as periods), reports what it cannot carry and exits 1, writing the rest", async () => {
    const dir = tempDir();
    const input = join(dir, "timeline.json");
    const output = join(dir, "out.json");
    writeFileSync(input, JSON.stringify(TIMELINE));
    const { code, err } = await run(importMain, input, "-o", output);
    expect(code).toBe(1);
    expect(err).toContain(
      `${input}: events[2]: has no link and no media URL, so nothing to cite: format v1 needs a source for every event; left out`,
    );
    expect(err).toContain(`FAIL ${input}: 2 events → ${output}; 1 problem`);
    const dataset = JSON.parse(readFileSync(output, "utf8")) as {
      id: string;
      events: { date: string }[];
      periods: unknown[];
    };
    expect(dataset.id).toBe("a-rumor");
    expect(dataset.periods).toEqual([{ id: "spring", title: "Spring", date: "2025-02/2025-05" }]);
    // -44 is what TimelineJS shows as "44 BCE": EDTF's -0043.
    expect(dataset.events.map((e) => e.date)).toEqual(["2025-02-13", "-0043-03-15"]);
    await expectValidFile(output);
  });

  it("reports CSV rows by number and exits 1", async () => {
    const dir = tempDir();
    const input = join(dir, "sheet.csv");
    const output = join(dir, "sheet.json");
    writeFileSync(
      input,
      [
        "id,date,title,summary,kind,source_urls",
        "good,2025-02-13,Dinner,They had dinner.,sighting,https://a.example/",
        "bad,2025-02-30,Dinner,They had dinner.,sighting,https://a.example/",
      ].join("\n"),
    );
    const { code, err } = await run(importMain, input, "-o", output);
    expect(code).toBe(1);
    expect(err).toContain(
      `${input}: row 3: date: "2025-02-30" is not a valid date: February 2025 has 28 days`,
    );
    expect(err).toContain(`FAIL ${input}: 1 event → ${output}; 1 problem`);
    await expectValidFile(output);
  });

  it("refuses an invalid --base and a file that is already format v1", async () => {
    const dir = tempDir();
    const csv = join(dir, "sheet.csv");
    writeFileSync(csv, "id,date,title,summary,kind,source_urls\n");
    const badBase = await run(importMain, csv, "--base", "e2e/fixtures/broken-references.json");
    expect(badBase.code).toBe(1);
    expect(badBase.err).toContain(
      "--base e2e/fixtures/broken-references.json must be a valid dataset first",
    );
    const already = await run(importMain, BUNDLED);
    expect(already.code).toBe(1);
    expect(already.err).toContain("is already a format v1 dataset");
  });

  it("leaves --base untouched when a quote swallows rows, and reports each swallowed row", async () => {
    const { dir, csv, base } = await exportedCopy();
    const before = readFileSync(base, "utf8");
    const lines = readFileSync(csv, "utf8").split("\n");
    // Row 2's last cell opens a quote that the row does not close.
    lines[1] = lines[1]!.replace(/,([^,]*)$/, ',"$1');
    writeFileSync(csv, lines.join("\n"));
    const { code, err } = await run(importMain, csv, "--base", base, "-o", base);
    expect(code).toBe(1);
    expect(err).toContain(`${csv}: row 2: cannot be read as CSV: `);
    expect(err).toContain(`${csv}: row 3: not read: swallowed by the unclosed quote in row 2`);
    expect(err).toContain(`nothing written: ${base} is unchanged`);
    expect(readFileSync(base, "utf8")).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["my-rumor.json", "sheet.csv"]);
  });

  it("writes nothing that has fewer events than --base unless told to", async () => {
    const { csv, base } = await exportedCopy();
    const lines = readFileSync(csv, "utf8").trimEnd().split("\n");
    writeFileSync(csv, `${lines.slice(0, -2).join("\n")}\n`);
    const refused = await run(importMain, csv, "--base", base, "-o", base);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `the result has 27 events but --base ${base} has 29: 2 would be lost`,
    );
    expect(refused.err).toContain("--allow-fewer");
    expect(eventCount(base)).toBe(29);

    const allowed = await run(importMain, csv, "--base", base, "-o", base, "--allow-fewer");
    expect(allowed.code).toBe(0);
    expect(eventCount(base)).toBe(27);
    await expectValidFile(base);
  });

  it("reads UTF-16 (Excel's Unicode Text), with or without a byte order mark, like UTF-8", async () => {
    const { dir, csv, base } = await exportedCopy();
    const text = readFileSync(csv, "utf8");
    const expected = readFileSync(base, "utf8");
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    const be = Buffer.from(text, "utf16le").swap16();
    for (const [name, bytes] of [
      ["le.csv", le],
      ["be.csv", be],
      ["bom.csv", Buffer.from(`\uFEFF${text}`)],
    ] as const) {
      const input = join(dir, name);
      const output = join(dir, `${name}.json`);
      writeFileSync(input, bytes);
      const { code, err } = await run(importMain, input, "--base", base, "-o", output);
      expect(err).toContain(`ok   ${input}: 29 events`);
      expect(code).toBe(0);
      expect(readFileSync(output, "utf8")).toBe(expected);
    }
  });

  it("reads a --base and a TimelineJS file that start with a byte order mark", async () => {
    const { dir, csv, base } = await exportedCopy();
    writeFileSync(base, `\uFEFF${readFileSync(base, "utf8")}`);
    const output = join(dir, "out.json");
    const withBase = await run(importMain, csv, "--base", base, "-o", output);
    expect(withBase.err).toContain(`ok   ${csv}: 29 events`);
    expect(withBase.code).toBe(0);

    const timeline = join(dir, "timeline.json");
    writeFileSync(timeline, `\uFEFF${JSON.stringify(TIMELINE)}`);
    const converted = await run(importMain, timeline);
    expect(converted.err).toContain(`FAIL ${timeline}: 2 events; 1 problem`);
  });

  it("names UTF-16 when a dataset is UTF-16", async () => {
    const { dir, csv, base } = await exportedCopy();
    writeFileSync(base, Buffer.from(`\uFEFF${readFileSync(base, "utf8")}`, "utf16le"));
    const result = await run(importMain, csv, "--base", base, "-o", join(dir, "out.json"));
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `${base}: (file): is UTF-16 LE text; datasets are UTF-8 (the page reads them so): save it as UTF-8`,
    );
  });
});

describe("npm run export", () => {
  it("writes the CSV form: with --base it imports back to the same file, without to the same events", async () => {
    const dir = tempDir();
    const csv = join(dir, "dataset.csv");
    const json = join(dir, "dataset.json");
    const exported = await run(exportMain, BUNDLED, "--csv", "-o", csv);
    expect(exported.code).toBe(0);
    expect(exported.err).toContain(`${BUNDLED}: note: not in the CSV: the roles of 12 people`);
    expect(readFileSync(csv, "utf8").split("\n")[0]).toMatch(/^id,date,title,summary,kind,/);

    const imported = await run(importMain, csv, "--base", BUNDLED, "-o", json);
    expect(imported.code).toBe(0);
    expect(readFileSync(json, "utf8")).toBe(readFileSync(BUNDLED, "utf8"));

    const plain = await run(importMain, csv);
    expect(plain.code).toBe(0);
    const events = (text: string) => (JSON.parse(text) as { events: unknown[] }).events;
    expect(events(plain.out)).toEqual(events(readFileSync(BUNDLED, "utf8")));
  });

  it("names the periods and translations a CSV leaves out, and import --base keeps them", async () => {
    const dir = tempDir();
    const base = join(dir, "with-periods.json");
    const csv = join(dir, "with-periods.csv");
    const json = join(dir, "back.json");
    const {
      translations: _t,
      periods: _p,
      ...bundled
    } = JSON.parse(readFileSync(BUNDLED, "utf8")) as Record<string, unknown>;
    // The keys in the schema's order, as import writes them.
    const dataset: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(bundled)) {
      if (key === "events") {
        dataset.periods = [
          { id: "filming", title: "Filming of Deeper", date: "2025-02-13/2025-07-30" },
          { id: "rome", title: "Rome", date: "-0044-03", summary: "Long before.", sources: [] },
        ];
      }
      dataset[key] = value;
      if (key === "language") {
        dataset.translations = [{ language: "es", url: "de-armas-cruise-2025.es.json" }];
      }
    }
    writeFileSync(base, await formatJson(dataset, base));
    await expectValidFile(base);

    const exported = await run(exportMain, base, "--csv", "-o", csv);
    expect(exported.code).toBe(0);
    expect(exported.err).toContain(
      `${base}: note: not in the CSV: 2 periods (rows are events; import takes periods from --base): filming, rome`,
    );
    expect(exported.err).toContain(
      `${base}: note: not in the CSV: 1 translation (links to the other editions): es`,
    );

    const imported = await run(importMain, csv, "--base", base, "-o", json);
    expect(imported.code).toBe(0);
    expect(readFileSync(json, "utf8")).toBe(readFileSync(base, "utf8"));
  });

  it("validates its input first, and reads one that starts with a byte order mark", async () => {
    const broken = await run(exportMain, "e2e/fixtures/broken-references.json", "--csv");
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(
      'e2e/fixtures/broken-references.json: events[0].annotations[0].sources[1]: unknown source "ppl-0220"',
    );
    const withBom = join(tempDir(), "bom.json");
    writeFileSync(withBom, `\uFEFF${readFileSync(BUNDLED, "utf8")}`);
    const exported = await run(exportMain, withBom, "--csv");
    expect(exported.code).toBe(0);
    expect(exported.out.split("\n")[0]).toMatch(/^id,date,title,summary,kind,/);
  });
});

describe("npm run new", () => {
  it("scaffolds a dataset that validates, never overwrites it and refuses a bad id", async () => {
    const dir = tempDir();
    const file = join(dir, "my-rumor.json");
    const first = await run(newMain, "my-rumor", "--dir", dir, "--title", "My rumor");
    expect(first.code).toBe(0);
    expect(first.out).toContain(`wrote ${file}`);
    await expectValidFile(file);
    const text = readFileSync(file, "utf8");
    expect(text).toContain('"title": "My rumor"');
    expect(text).toContain("https://example.org/replace-me");
    expect(text).toContain("REPLACE ME");

    writeFileSync(file, "{}");
    const again = await run(newMain, "my-rumor", "--dir", dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain("already exists; not overwritten");
    expect(readFileSync(file, "utf8")).toBe("{}");

    const badId = await run(newMain, "My Rumor", "--dir", dir);
    expect(badId.code).toBe(1);
    expect(badId.err).toContain('"My Rumor" is not a valid id');
    expect(existsSync(join(dir, "My Rumor.json"))).toBe(false);
  });

  it("shares the usage errors of every command", async () => {
    for (const main of [importMain, exportMain, newMain]) {
      const unknown = await run(main, "x", "--no-such-option");
      expect(unknown.code).toBe(2);
      expect(unknown.err).toMatch(/Unknown option '--no-such-option'[\s\S]*usage: npm run /);
      const help = await run(main, "--help");
      expect(help.code).toBe(0);
      expect(help.out).toMatch(/^usage: npm run /);
    }
  });
});

describe("the commands as an author runs them", () => {
  it("imports the spreadsheet template to standard output", () => {
    const result = spawnSync(
      TSX,
      ["scripts/import.ts", "public/dataset-template.csv", "--id", "template-test"],
      { encoding: "utf8" },
    );
    expect(result.stderr).toContain("ok   public/dataset-template.csv: 2 events");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: 1, id: "template-test" });
  });
});
