// The authoring command-line tools, run as an author runs them: npm run import / export / new.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../src/data/parseDataset.ts";

// Each run starts tsx; give the slow machines room.
const TIMEOUT = 60_000;

function run(script: string, ...args: string[]) {
  const result = spawnSync("npx", ["tsx", `scripts/${script}.ts`, ...args], { encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "convert-"));
}

async function expectValidFile(file: string): Promise<void> {
  const result = await parseDataset(readFileSync(file, "utf8"));
  expect(result.ok ? [] : result.problems).toEqual([]);
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
    { start_date: { year: -44, month: 3, day: 15 }, text: { headline: "Ides of March" } },
  ],
};

describe("npm run import", () => {
  it(
    "converts a TimelineJS file, reports what it cannot carry and exits 1, writing the rest",
    async () => {
      const dir = tempDir();
      const input = join(dir, "timeline.json");
      const output = join(dir, "out.json");
      writeFileSync(input, JSON.stringify(TIMELINE));
      const { code, err } = run("import", input, "-o", output);
      expect(code).toBe(1);
      expect(err).toContain(
        `${input}: eras[0] "Spring" (2025-02 to 2025-05) is not carried: format v1 has no eras`,
      );
      expect(err).toContain(
        `${input}: events[1]: start_date: year -44 is negative: dates before the year 0 are outside format v1; left out`,
      );
      expect(err).toContain(`FAIL ${input}: 1 event → ${output}; 2 problems`);
      const dataset = JSON.parse(readFileSync(output, "utf8")) as { id: string; events: unknown[] };
      expect(dataset.id).toBe("a-rumor");
      expect(dataset.events).toHaveLength(1);
      await expectValidFile(output);
    },
    TIMEOUT,
  );

  it(
    "imports the spreadsheet template cleanly, to standard output",
    () => {
      const { code, out, err } = run(
        "import",
        "public/dataset-template.csv",
        "--id",
        "template-test",
        "--title",
        "Template",
        "--summary",
        "From the template.",
        "--updated",
        "2025-11-13",
      );
      expect(err).toContain("ok   public/dataset-template.csv: 2 events");
      expect(code).toBe(0);
      const dataset = JSON.parse(out) as Record<string, unknown>;
      expect(dataset).toMatchObject({
        version: 1,
        id: "template-test",
        title: "Template",
        summary: "From the template.",
        updated: "2025-11-13",
      });
    },
    TIMEOUT,
  );

  it(
    "reports CSV rows by number and exits 1",
    async () => {
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
      const { code, err } = run("import", input, "-o", output);
      expect(code).toBe(1);
      expect(err).toContain(
        `${input}: row 3: date: "2025-02-30" is not a valid date: February 2025 has 28 days`,
      );
      expect(err).toContain(`FAIL ${input}: 1 event → ${output}; 1 problem`);
      await expectValidFile(output);
    },
    TIMEOUT,
  );

  it(
    "refuses an invalid --base and a file that is already format v1",
    () => {
      const dir = tempDir();
      const csv = join(dir, "sheet.csv");
      writeFileSync(csv, "id,date,title,summary,kind,source_urls\n");
      const badBase = run("import", csv, "--base", "e2e/fixtures/broken-references.json");
      expect(badBase.code).toBe(1);
      expect(badBase.err).toContain(
        "--base e2e/fixtures/broken-references.json must be a valid dataset first",
      );
      const already = run("import", "data/de-armas-cruise-2025.json");
      expect(already.code).toBe(1);
      expect(already.err).toContain("is already a format v1 dataset");
    },
    TIMEOUT,
  );
});

describe("npm run export", () => {
  it(
    "writes the CSV form: with --base it imports back to the same file, without to the same events",
    () => {
      const dir = tempDir();
      const csv = join(dir, "dataset.csv");
      const json = join(dir, "dataset.json");
      const original = "data/de-armas-cruise-2025.json";
      const exported = run("export", original, "--csv", "-o", csv);
      expect(exported.code).toBe(0);
      expect(exported.err).toContain(`${original}: note: not in the CSV: the roles of 12 people`);
      expect(readFileSync(csv, "utf8").split("\n")[0]).toMatch(/^id,date,title,summary,kind,/);

      const imported = run("import", csv, "--base", original, "-o", json);
      expect(imported.code).toBe(0);
      expect(readFileSync(json, "utf8")).toBe(readFileSync(original, "utf8"));

      const plain = run("import", csv);
      expect(plain.code).toBe(0);
      const events = (text: string) => (JSON.parse(text) as { events: unknown[] }).events;
      expect(events(plain.out)).toEqual(events(readFileSync(original, "utf8")));
    },
    TIMEOUT,
  );

  it(
    "validates its input first",
    () => {
      const broken = run("export", "e2e/fixtures/broken-references.json", "--csv");
      expect(broken.code).toBe(1);
      expect(broken.err).toContain(
        'e2e/fixtures/broken-references.json: events[0].annotations[0].sources[1]: unknown source "ppl-0220"',
      );
    },
    TIMEOUT,
  );
});

describe("npm run new", () => {
  it(
    "scaffolds a dataset that validates, never overwrites it and refuses a bad id",
    async () => {
      const dir = tempDir();
      const file = join(dir, "my-rumor.json");
      const first = run("new", "my-rumor", "--dir", dir, "--title", "My rumor");
      expect(first.code).toBe(0);
      expect(first.out).toContain(`wrote ${file}`);
      await expectValidFile(file);
      const text = readFileSync(file, "utf8");
      expect(text).toContain('"title": "My rumor"');
      expect(text).toContain("https://example.org/replace-me");
      expect(text).toContain("REPLACE ME");

      writeFileSync(file, "{}");
      const again = run("new", "my-rumor", "--dir", dir);
      expect(again.code).toBe(1);
      expect(again.err).toContain("already exists; not overwritten");
      expect(readFileSync(file, "utf8")).toBe("{}");

      const badId = run("new", "My Rumor", "--dir", dir);
      expect(badId.code).toBe(1);
      expect(badId.err).toContain('"My Rumor" is not a valid id');
      expect(existsSync(join(dir, "My Rumor.json"))).toBe(false);
    },
    TIMEOUT,
  );
});
