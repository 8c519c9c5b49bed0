// facetCounts on the small hand-made dataset the filter tests share.
import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "./filters.ts";
import { facetCounts } from "./facetCounts.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { counts, dataset, index } from "../test/filtersFixture.ts";

describe("facetCounts", () => {
  it("counts each value's events when nothing is filtered", () => {
    const f = facetCounts(dataset, index, EMPTY_FILTERS, ENGLISH);
    expect(counts(f.kinds)).toEqual({ sighting: 2, denial: 1, report: 1, appearance: 1 });
    expect(counts(f.people)).toEqual({ ana: 3, tom: 3, ben: 1 });
    expect(counts(f.stances)).toEqual({ supports: 3, disputes: 2, context: 1 });
    expect(counts(f.attributions)).toEqual({ "on-record": 1, anonymous: 2, photo: 1, reported: 1 });
    expect(counts(f.outlets)).toEqual({
      "Page Six": 3,
      "Daily Mail": 2,
      "Hindustan Times": 2,
      People: 2,
      "Us Weekly": 1,
    });
  });

  it("lists values in vocabulary order, people in dataset order, outlets by count then name", () => {
    const f = facetCounts(dataset, index, EMPTY_FILTERS, ENGLISH);
    expect(f.kinds.map((k) => k.value)).toEqual(["sighting", "report", "denial", "appearance"]);
    expect(f.people.map((p) => p.value)).toEqual(["ana", "tom", "ben"]);
    expect(f.outlets.map((o) => o.value)).toEqual([
      "Page Six",
      "Daily Mail",
      "Hindustan Times",
      "People",
      "Us Weekly",
    ]);
  });

  it("labels vocabularies from the catalog and people by name", () => {
    const f = facetCounts(dataset, index, EMPTY_FILTERS, ENGLISH);
    expect(f.kinds[0]).toEqual({ value: "sighting", label: "Sighting", count: 2 });
    expect(f.attributions[0]).toEqual({ value: "on-record", label: "On the record", count: 1 });
    expect(f.people[1]).toEqual({ value: "tom", label: "Tom Cruise", count: 3 });
    expect(f.outlets[0]).toEqual({ value: "Page Six", label: "Page Six", count: 3 });
  });

  it("ignores a facet's own selection but applies the other facets", () => {
    const f = facetCounts(dataset, index, { ...EMPTY_FILTERS, kinds: ["sighting"] }, ENGLISH);
    expect(counts(f.kinds)).toEqual({ sighting: 2, denial: 1, report: 1, appearance: 1 });
    expect(counts(f.people)).toEqual({ ana: 1, tom: 2, ben: 0 });
    expect(counts(f.stances)).toEqual({ supports: 2, disputes: 0, context: 0 });

    const g = facetCounts(
      dataset,
      index,
      {
        ...EMPTY_FILTERS,
        kinds: ["sighting"],
        people: ["ana"],
      },
      ENGLISH,
    );
    expect(counts(g.kinds)).toEqual({ sighting: 1, denial: 1, report: 0, appearance: 1 });
    expect(counts(g.people)).toEqual({ ana: 1, tom: 2, ben: 0 });
    expect(counts(g.outlets)).toEqual({
      "Page Six": 1,
      "Daily Mail": 1,
      "Hindustan Times": 1,
      People: 1,
      "Us Weekly": 0,
    });
  });

  it("applies the claim and the query to every facet, and counts stances on the claim's link", () => {
    const f = facetCounts(dataset, index, { ...EMPTY_FILTERS, claim: "split" }, ENGLISH);
    expect(counts(f.stances)).toEqual({ supports: 1, disputes: 0, context: 1 });
    expect(counts(f.kinds)).toEqual({ sighting: 0, denial: 1, report: 1, appearance: 0 });
    const g = facetCounts(dataset, index, { ...EMPTY_FILTERS, query: "armas" }, ENGLISH);
    expect(counts(g.kinds)).toEqual({ sighting: 1, denial: 1, report: 1, appearance: 1 });
  });

  it("lists a selected value that no event has, so it can be turned off", () => {
    const f = facetCounts(
      dataset,
      index,
      {
        ...EMPTY_FILTERS,
        kinds: ["release"],
        people: ["nobody", "ghost"],
        outlets: ["Unused Gazette"],
      },
      ENGLISH,
    );
    expect(f.kinds.find((k) => k.value === "release")).toEqual({
      value: "release",
      label: "Release",
      count: 0,
    });
    expect(f.people.map((p) => p.value)).toEqual(["ana", "tom", "ben", "nobody"]);
    expect(f.outlets.find((o) => o.value === "Unused Gazette")).toEqual({
      value: "Unused Gazette",
      label: "Unused Gazette",
      count: 0,
    });
  });
});
