import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { minimalDataset } from "../fixtures/minimal.ts";
import type { DatasetInput } from "../schema.ts";
import { validateDataset } from "../validate.ts";
import { csvHeader, csvLosses, csvToDataset, datasetToCsv } from "./csv.ts";

function expectValid(dataset: DatasetInput): void {
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.problems).toEqual([]);
}

describe("datasetToCsv", () => {
  it("writes one row per event, with the row's sources as parallel lists", () => {
    const csv = datasetToCsv(minimalDataset());
    const [header, denial, dinner, end] = csv.split("\n");
    expect(header).toBe(csvHeader().join(","));
    expect(denial).toBe(
      "denial,../2025-02-20,A source denies it,Someone said no.,denial,,,,,romance:disputes,,,,,Anonymous source to People.,just friends,,anonymous,,paper-b,Paper B,http://b.example/x,,,People,,,",
    );
    // The alternative date cites source 2, which the event itself does not: event_sources = 1.
    expect(dinner).toBe(
      'dinner,2025-02-13,Dinner,They had dinner.,sighting,,London,Ana | Tom,key | london,romance:supports,2025-02-14@2: Daily Mail version,,,1,Tom said hello.,Hello,Tom,,,paper-a | paper-b,Paper A | Paper B,https://a.example/story | http://b.example/x,,"2025-02-16 | "," | People","en | ",,',
    );
    expect(end).toBe("");
  });

  it("adds annotation_2… columns for more annotations", () => {
    const dataset = minimalDataset();
    const dinner = dataset.events[1]!;
    dinner.annotations = [
      ...dinner.annotations!,
      { text: "Second", attribution: "photo", sources: ["paper-b"] },
    ];
    const csv = datasetToCsv(dataset);
    expect(csv.split("\n")[0]).toContain(
      "annotation_sources,annotation_2,quote_2,speaker_2,attribution_2,annotation_sources_2,source_ids",
    );
    expect(csv).toContain("Second,,,photo,2,");
  });

  it("writes an event's short title in its own column and reads it back", () => {
    const dataset = minimalDataset();
    dataset.events[1]!.short = "Dinner, London";
    const csv = datasetToCsv(dataset);
    const [header, , dinnerRow] = Papa.parse<string[]>(csv.trim()).data;
    expect(header!.slice(0, 6)).toEqual(["id", "date", "title", "summary", "kind", "short"]);
    expect(dinnerRow![header!.indexOf("short")]).toBe("Dinner, London");
    const back = csvToDataset(csv, { base: dataset });
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(dataset);
    expect(back.dataset.events[0]).not.toHaveProperty("short");
  });

  it("guards text that a spreadsheet would run as a formula, and reads it back", () => {
    const dataset = minimalDataset();
    dataset.events[0]!.title = '=HYPERLINK("x")';
    dataset.events[0]!.summary = "'quoted already";
    dataset.events[0]!.place = "-5 degrees, +2 hours @ home";
    const csv = datasetToCsv(dataset);
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain("''quoted already");
    expect(csv).toContain('"\'-5 degrees, +2 hours @ home"');
    const back = csvToDataset(csv, { base: dataset });
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });

  it("keeps commas, quotes, newlines and | in text cells", () => {
    const dataset = minimalDataset();
    dataset.events[1]!.summary = 'Line one, "quoted" | piped\nline two\r\nline three';
    dataset.sources[0]!.outlet = "Pipe | Outlet";
    const back = csvToDataset(datasetToCsv(dataset), { base: dataset });
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });

  it("round-trips the bundled dataset exactly with --base, and its events without", () => {
    const dataset = JSON.parse(
      readFileSync("data/de-armas-cruise-2025.json", "utf8"),
    ) as DatasetInput;
    const csv = datasetToCsv(dataset);
    const full = csvToDataset(csv, { base: dataset });
    expect(full.problems).toEqual([]);
    expect(full.dataset).toEqual(dataset);
    const plain = csvToDataset(csv, {});
    expect(plain.problems).toEqual([]);
    expect(plain.dataset.events).toEqual(dataset.events);
    expectValid(plain.dataset);
  });
});

describe("csvLosses", () => {
  it("names what the CSV form leaves out", () => {
    const losses = csvLosses({
      ...minimalDataset(),
      $schema: "./schema.json",
      sources: [...minimalDataset().sources, { id: "unused", outlet: "Nobody" }],
      people: [...minimalDataset().people!, { id: "absent", name: "Absent" }],
    });
    expect(losses).toEqual([
      "the dataset's id, title, summary, updated date and language (import takes them from its options or from --base)",
      "the $schema key",
      "the roles of 1 person",
      "1 person in no event: absent",
      "the text, status and history of 1 claim (a CSV import recreates claims from their ids): romance",
      "1 source that no event, annotation or alternative date cites: unused",
      "1 correction",
    ]);
  });
});
