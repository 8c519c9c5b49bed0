// Export then import: generated valid datasets come back unchanged, and whatever the CSV
// form cannot carry on its own is named by csvLosses (nothing is dropped silently).
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../schema.ts";
import { validateDataset } from "../validate.ts";
import { arbitraryDataset, arbitraryText } from "./arbitraryDataset.ts";
import { csvLosses, csvToDataset, datasetToCsv } from "./csv.ts";
import { propertyOptions } from "../../test/property.ts";

const SEED = 20250213;
// Each generated dataset costs milliseconds; `npm run test:fuzz` runs many more.
const RUNS = 100;

function datasetFields(dataset: DatasetInput) {
  return {
    id: dataset.id,
    title: dataset.title,
    summary: dataset.summary,
    updated: dataset.updated,
    language: dataset.language,
  };
}

function expectValid(dataset: DatasetInput): void {
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.problems).toEqual([]);
}

describe("CSV round trip (property)", () => {
  // One generated dataset serves three checks, to keep the suite light on small machines.
  it("gives back the same events plainly, the whole dataset with --base, and names the rest", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        const csv = datasetToCsv(dataset);

        // Plain import, dataset fields given as options: every event comes back as it was,
        // ids, dates, titles, summaries, kinds, places, people, tags, claims with stances,
        // alternative dates, annotations and sources, with the same source details.
        const plain = csvToDataset(csv, datasetFields(dataset));
        expect(plain.problems).toEqual([]);
        expect(plain.dataset.events).toEqual(dataset.events);
        const sources = new Map(dataset.sources.map((s) => [s.id, s]));
        for (const source of plain.dataset.sources) expect(source).toEqual(sources.get(source.id));
        const people = new Map((dataset.people ?? []).map((p) => [p.id, p.name]));
        for (const person of plain.dataset.people ?? []) {
          expect(person.name).toBe(people.get(person.id));
        }
        expectValid(plain.dataset);

        // With the original as --base: the whole dataset.
        const full = csvToDataset(csv, { base: dataset });
        expect(full.problems).toEqual([]);
        expect(full.dataset).toEqual(dataset);

        // Nothing dropped silently: what the plain import lost is named by csvLosses.
        const losses = csvLosses(dataset).join("\n");
        expect(losses).toContain("the dataset's id, title, summary, updated date and language");
        const backPeople = new Map((plain.dataset.people ?? []).map((p) => [p.id, p]));
        for (const person of dataset.people ?? []) {
          if (!backPeople.has(person.id)) expect(losses).toContain(person.id);
          else if (person.role !== undefined) {
            expect(losses).toMatch(/the roles of \d+ (person|people)/);
          }
        }
        const backClaims = new Map((plain.dataset.claims ?? []).map((c) => [c.id, c]));
        for (const claim of dataset.claims ?? []) {
          if (!isDeepEqual(backClaims.get(claim.id), claim)) expect(losses).toContain(claim.id);
        }
        const backSources = new Set(plain.dataset.sources.map((s) => s.id));
        for (const source of dataset.sources) {
          if (!backSources.has(source.id)) expect(losses).toContain(source.id);
        }
        if ((dataset.corrections ?? []).length > 0) expect(losses).toMatch(/\d+ corrections?/);
        expect(plain.dataset.periods).toBeUndefined();
        for (const period of dataset.periods ?? []) expect(losses).toContain(period.id);
        expect(plain.dataset.translations).toBeUndefined();
        for (const { language } of dataset.translations ?? []) expect(losses).toContain(language);
      }),
      propertyOptions(SEED, RUNS),
    );
  });

  it("accounts for every row when a cell is replaced by arbitrary text", () => {
    fc.assert(
      fc.property(
        arbitraryDataset(),
        fc.nat(),
        fc.nat(),
        fc.oneof(arbitraryText(40), fc.string({ maxLength: 20 })),
        (dataset, rowPick, columnPick, replacement) => {
          const rows = Papa.parse<string[]>(datasetToCsv(dataset), { skipEmptyLines: true }).data;
          const row = 1 + (rowPick % (rows.length - 1));
          const target = rows[row]!;
          target[columnPick % target.length] = replacement;
          const { dataset: back, problems } = csvToDataset(Papa.unparse(rows), {});
          // Each data row is an event or is reported with its row number (header = row 1).
          const reported = new Set(problems.map((p) => p.row));
          expect(back.events.length + reported.size).toBeGreaterThanOrEqual(rows.length - 1);
          for (const r of reported) expect(r).toBeGreaterThanOrEqual(2);
          if (problems.length === 0) expectValid(back);
        },
      ),
      propertyOptions(SEED, RUNS / 2),
    );
  });
});

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
