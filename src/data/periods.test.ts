// Dataset-level `periods` (named spans drawn as bands) and `translations` (the other
// editions): each rule reported at its JSON path by the full path, refused by the fast
// path alike, and what the model makes of valid ones.
import { describe, expect, it } from "vitest";
import { fastValidate } from "./fastPath.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import { validateByOracle } from "./fixtures/oracle.ts";
import type { Dataset, Problem } from "./model.ts";
import { LIMITS } from "./schema.ts";
import { validateDataset } from "./validate.ts";

type Doc = Record<string, unknown> & ReturnType<typeof minimalDataset>;

const FILMING = {
  id: "filming",
  title: "Filming of Deeper",
  date: "2025-02-13/2025-07-30",
  summary: "The two film together in London.",
  sources: ["paper-a"],
};

function withExtras(extra: Record<string, unknown>): Doc {
  return { ...minimalDataset(), ...extra } as Doc;
}

function loaded(extra: Record<string, unknown>): Dataset {
  const doc = JSON.parse(JSON.stringify(withExtras(extra))) as unknown;
  const result = validateDataset(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  // The fast path loaded it, and the oracle reads zod's output the same way.
  expect(fastValidate(doc)).not.toBeNull();
  expect(validateByOracle(doc)).toEqual(result);
  return result.dataset;
}

function problemsOf(extra: Record<string, unknown>): Problem[] {
  const doc = JSON.parse(JSON.stringify(withExtras(extra))) as unknown;
  expect(fastValidate(doc)).toBeNull();
  const result = validateDataset(doc);
  if (result.ok) throw new Error("expected the dataset to be rejected");
  return result.problems;
}

function expectProblem(extra: Record<string, unknown>, path: string, message: RegExp | string) {
  expect(problemsOf(extra)).toContainEqual({
    path,
    message: typeof message === "string" ? message : expect.stringMatching(message),
  });
}

describe("periods", () => {
  it("are optional: a dataset without them has none", () => {
    expect(loaded({}).periods).toEqual([]);
    expect(loaded({ periods: [] }).periods).toEqual([]);
  });

  it("become Periods with their parsed date and start/end ms, sorted by start, then end", () => {
    const { periods } = loaded({
      periods: [
        { id: "tour", title: "Press tour", date: "2025-07" },
        { id: "rome", title: "Rome", date: "-0044-03-15", sources: [] },
        FILMING,
        { id: "spring", title: "Spring", date: "2025-02-13/2025-05" },
      ],
    });
    expect(periods.map((p) => p.id)).toEqual(["rome", "spring", "filming", "tour"]);
    const [rome, , filming, tour] = periods;
    expect(filming).toEqual({
      ...FILMING,
      date: expect.objectContaining({ text: "2025-02-13/2025-07-30", interval: true }),
      start: Date.UTC(2025, 1, 13),
      end: Date.UTC(2025, 6, 31),
    });
    // A single month is its own span; an absent summary stays absent, sources default empty.
    expect(tour).toMatchObject({ start: Date.UTC(2025, 6, 1), end: Date.UTC(2025, 7, 1) });
    expect(tour?.sources).toEqual([]);
    expect(tour && "summary" in tour).toBe(false);
    expect(rome?.start).toBe(Date.parse("-000044-03-15T00:00Z"));
    for (const period of periods) {
      expect([period.start, period.end]).toEqual([period.date.start, period.date.end]);
    }
  });

  it("keep their order in the file when they start and end together", () => {
    const twins = ["b", "a", "c"].map((id) => ({ id, title: id, date: "2025" }));
    expect(loaded({ periods: twins }).periods.map((p) => p.id)).toEqual(["b", "a", "c"]);
  });

  it("need both ends: an open end is an error, at the period's date", () => {
    for (const date of ["2025-02-13/..", "../2025-07-30"]) {
      expectProblem(
        { periods: [{ ...FILMING, date }] },
        "periods[0].date",
        `"${date}" has an open end: a period needs both ends (it is drawn as a band)`,
      );
    }
  });

  it("have dates that parse, with ends in order", () => {
    expectProblem(
      { periods: [{ ...FILMING, date: "2025-07-30/2025-02-13" }] },
      "periods[0].date",
      /interval ends are out of order/,
    );
    expectProblem(
      { periods: [{ ...FILMING, date: "spring 2025" }] },
      "periods[0].date",
      /is not an EDTF date/,
    );
  });

  it("have well-formed, unique ids", () => {
    expectProblem({ periods: [{ ...FILMING, id: "Filming" }] }, "periods[0].id", /must be a slug/);
    expectProblem(
      { periods: [FILMING, { ...FILMING, title: "Again" }] },
      "periods[1].id",
      'duplicate id "filming" (first used at periods[0])',
    );
  });

  it("cite sources that exist", () => {
    expectProblem(
      { periods: [{ ...FILMING, sources: ["paper-a", "nowhere"] }] },
      "periods[0].sources[1]",
      'unknown source "nowhere"',
    );
  });

  it("have a title, text within the limits, and no unknown keys", () => {
    expectProblem(
      { periods: [{ ...FILMING, title: " " }] },
      "periods[0].title",
      "must not be empty",
    );
    expectProblem(
      { periods: [{ ...FILMING, title: "a".repeat(LIMITS.title + 1) }] },
      "periods[0].title",
      `is too long (at most ${LIMITS.title} characters)`,
    );
    expectProblem(
      { periods: [{ ...FILMING, summary: "a".repeat(LIMITS.summary + 1) }] },
      "periods[0].summary",
      `is too long (at most ${LIMITS.summary} characters)`,
    );
    expectProblem(
      { periods: [{ ...FILMING, headline: "x" }] },
      "periods[0].headline",
      /unknown key "headline"/,
    );
    const { id: _id, ...noId } = FILMING;
    expectProblem({ periods: [noId] }, "periods[0].id", "is required");
    expectProblem({ periods: {} }, "periods", /must be an array/);
  });
});

describe("translations", () => {
  const SPANISH = { language: "es", url: "de-armas-cruise-2025.es.json" };

  it("are optional, and kept as written", () => {
    expect(loaded({}).translations).toEqual([]);
    const editions = [
      SPANISH,
      { language: "pt-BR", url: "https://example.org/data/rumor.pt.json" },
      { language: "fr", url: "/data/de-armas-cruise-2025.fr.json" },
      { language: "de", url: "../de/rumor.json" },
    ];
    expect(loaded({ translations: editions }).translations).toEqual(editions);
  });

  it("name a language once, and never the dataset's own", () => {
    expectProblem(
      { translations: [{ language: "en", url: "x.json" }] },
      "translations[0].language",
      `"en" is the dataset's own language: translations list the other editions`,
    );
    expectProblem(
      { language: undefined, translations: [{ language: "EN", url: "x.json" }] },
      "translations[0].language",
      /is the dataset's own language/,
    );
    expectProblem(
      {
        translations: [
          SPANISH,
          { language: "pt", url: "p.json" },
          { language: "ES", url: "y.json" },
        ],
      },
      "translations[2].language",
      `"ES" is listed already (translations[0]): one edition per language`,
    );
  });

  it("have a BCP 47 language and a URL that is http(s) or a relative path to a .json file", () => {
    expectProblem(
      { translations: [{ language: "spanish", url: "x.json" }] },
      "translations[0].language",
      /BCP 47/,
    );
    const refused: [string, RegExp][] = [
      ["javascript:alert(1)", /http\(s\)/],
      ["ftp://example.org/x.json", /http\(s\)/],
      ["https://www.bbc.co.uk@evil.example/x.json", /user name or password/],
      ["//evil.example/x.json", /names another site/],
      ["/\\evil.example/x.json", /not \\/],
      ["de armas.es.json", /spaces/],
      ["rumor.es.csv", /ending in \.json/],
      ["", /ending in \.json/],
    ];
    for (const [url, message] of refused) {
      expectProblem({ translations: [{ language: "es", url }] }, "translations[0].url", message);
    }
    expectProblem(
      { translations: [{ language: "es", url: `${"a".repeat(LIMITS.url)}.json` }] },
      "translations[0].url",
      `is too long (at most ${LIMITS.url} characters)`,
    );
    expectProblem(
      { translations: [{ ...SPANISH, title: "Español" }] },
      "translations[0].title",
      /unknown key "title"/,
    );
  });
});

describe("periods and translations with other problems", () => {
  it("are reported together with them", () => {
    const problems = problemsOf({
      title: "",
      translations: [{ language: "en", url: "x.json" }],
      periods: [{ ...FILMING, date: "2025/.." }],
    });
    expect(problems.map((p) => p.path)).toEqual([
      "periods[0].date",
      "title",
      "translations[0].language",
    ]);
  });
});
