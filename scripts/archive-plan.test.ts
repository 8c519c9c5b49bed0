import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minimalDataset } from "../src/data/fixtures/minimal.ts";
import { validateDataset } from "../src/data/validate.ts";
import type { Io } from "./cliArgs.ts";
import { describePlan, main, MOMENT, planArchives, TIMESTAMP } from "./archive-plan.ts";

const TSX = join("node_modules", ".bin", "tsx");

function dataset() {
  const doc = minimalDataset();
  doc.sources.push(
    { id: "no-url", outlet: "Radio" },
    {
      id: "kept",
      outlet: "Paper C",
      url: "https://c.example/a?x=1",
      archived: {
        url: "https://web.archive.org/web/20250301000000/https://c.example/a?x=1",
        date: "2025-03-01",
      },
    },
  );
  return doc;
}

describe("planArchives", () => {
  it("lists every source with a URL and no archived copy, by path, in the file's order", () => {
    const plan = planArchives(dataset());
    expect(plan.total).toBe(4);
    expect(plan.archived).toBe(1);
    expect(plan.withoutUrl).toEqual(["no-url"]);
    expect(plan.steps).toEqual([
      {
        path: "sources[0]",
        id: "paper-a",
        outlet: "Paper A",
        save: "https://web.archive.org/save/https://a.example/story",
        line: `"archived": { "url": "https://web.archive.org/web/${TIMESTAMP}/https://a.example/story", "date": "${MOMENT}" }`,
      },
      {
        path: "sources[1]",
        id: "paper-b",
        outlet: "Paper B",
        save: "https://web.archive.org/save/http://b.example/x",
        line: `"archived": { "url": "https://web.archive.org/web/${TIMESTAMP}/http://b.example/x", "date": "${MOMENT}" }`,
      },
    ]);
  });

  it("writes a line that, filled in, makes the source valid", () => {
    const doc = dataset();
    const [step] = planArchives(doc).steps;
    const filled = step!.line
      .replace(TIMESTAMP, "20250220093000")
      .replace(MOMENT, "2025-02-20T09:30:00Z");
    doc.sources[0]!.archived = (JSON.parse(`{${filled}}`) as { archived: never }).archived;
    expect(validateDataset(doc)).toMatchObject({ ok: true });
    expect(planArchives(doc).steps.map((s) => s.id)).toEqual(["paper-b"]);
  });

  it("escapes a URL as JSON in the line", () => {
    const doc = minimalDataset();
    doc.sources[0]!.url = 'https://a.example/"quoted"\\x';
    const [step] = planArchives(doc).steps;
    expect(step!.line).toContain('/https://a.example/\\"quoted\\"\\\\x"');
  });
});

describe("describePlan", () => {
  it("prints each step and a count summary", () => {
    const { steps, summary } = describePlan(planArchives(dataset()), "x.json");
    expect(steps).toContain(
      'sources[1] "paper-b" (Paper B)\n  request: https://web.archive.org/save/http://b.example/x\n  then add: "archived": {',
    );
    expect(summary.split("\n")[0]).toBe(
      "x.json: 4 sources, 1 archived already, 2 to archive, 1 without a URL (no-url)",
    );
  });

  it("says when nothing is left to archive", () => {
    const doc = minimalDataset();
    for (const source of doc.sources)
      source.archived = { url: "https://archive.example/x", date: "2025" };
    const { steps, summary } = describePlan(planArchives(doc), "x.json");
    expect(steps).toBe("");
    expect(summary).toBe("x.json: 2 sources, 2 archived already, 0 to archive");
  });
});

describe("npm run archive-plan", () => {
  it("plans the bundled dataset, making no request", () => {
    const file = "data/de-armas-cruise-2025.json";
    const result = spawnSync(TSX, ["scripts/archive-plan.ts", file], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^sources\[0\] "[a-z0-9-]+" \(/);
    expect(result.stdout).toContain("request: https://web.archive.org/save/https://");
    expect(result.stderr).toMatch(
      new RegExp(`^${file}: \\d+ sources, 0 archived already, \\d+ to archive`),
    );
  });

  it("refuses a broken dataset with its problems, and a missing argument with the usage", async () => {
    const err: string[] = [];
    const io: Io = { out: () => undefined, err: (line) => err.push(line) };
    expect(await main(["e2e/fixtures/broken-references.json"], io)).toBe(1);
    expect(err.join("\n")).toContain(
      "FAIL e2e/fixtures/broken-references.json: fix the dataset first",
    );
    expect(await main([], io)).toBe(2);
    expect(err.at(-1)).toMatch(/^usage: npm run archive-plan/);
  });
});
