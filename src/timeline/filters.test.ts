// isFiltered and applyFilters on a small hand-made dataset. Facet counts are tested in
// facetCounts.test.ts, the comparison with a naive implementation in filters.naive.test.ts
// and 100,000 events in filters.scale.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFilters, buildSearchIndex } from "./filterEngine.ts";
import { EMPTY_FILTERS, isFiltered } from "./filters.ts";
import { queryTerms } from "./searchText.ts";
import { facetCounts } from "./facetCounts.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { dataset, fixture, ids, load } from "../test/filtersFixture.ts";
import { naiveMatch } from "../test/naiveFilters.ts";

describe("isFiltered and EMPTY_FILTERS", () => {
  it("is false for the empty filters and for a blank query", () => {
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTERS, query: "   " })).toBe(false);
  });

  it("is true as soon as any facet, the claim or the query is set", () => {
    expect(isFiltered({ ...EMPTY_FILTERS, kinds: ["denial"] })).toBe(true);
    expect(isFiltered({ ...EMPTY_FILTERS, claim: "romance" })).toBe(true);
    expect(isFiltered({ ...EMPTY_FILTERS, query: "x" })).toBe(true);
  });

  it("keeps every event, in time order, when nothing is filtered", () => {
    expect(ids({})).toEqual(["dinner", "heli", "denial", "premiere", "split"]);
  });

  it("counts a query exactly when it has a search term, without the search code", () => {
    // Marks alone fold to nothing ("\u0301" is a lone acute accent): no term, no filter.
    for (const query of ["\u0301", " \u0301\u0308 ", "e\u0301", "\u00e9", "\u3000x", "\u0651"]) {
      expect(isFiltered({ ...EMPTY_FILTERS, query }), JSON.stringify(query)).toBe(
        queryTerms(query).length > 0,
      );
    }
    const pieces = fc.constantFrom(
      " ",
      "\t",
      "\u00a0",
      "\u3000",
      "\u0301",
      "\u0651",
      "\u20dd",
      "a",
      "\u00c9",
      "\u0915",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (query) => {
          expect(isFiltered({ ...EMPTY_FILTERS, query })).toBe(queryTerms(query).length > 0);
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });

  it("cannot be mutated by accident", () => {
    expect(Object.isFrozen(EMPTY_FILTERS)).toBe(true);
    expect(Object.isFrozen(EMPTY_FILTERS.kinds)).toBe(true);
  });
});

describe("applyFilters", () => {
  it("ORs values within a facet", () => {
    expect(ids({ kinds: ["sighting", "denial"] })).toEqual(["dinner", "heli", "denial"]);
    expect(ids({ people: ["ben", "tom"] })).toEqual(["dinner", "heli", "premiere"]);
  });

  it("ANDs facets", () => {
    expect(ids({ kinds: ["sighting"], people: ["ana"] })).toEqual(["dinner"]);
    expect(ids({ kinds: ["sighting"], people: ["ben"] })).toEqual([]);
  });

  it("matches stances on any claim link when no claim is chosen", () => {
    expect(ids({ stances: ["disputes"] })).toEqual(["denial", "split"]);
    expect(ids({ stances: ["context"] })).toEqual(["denial"]);
  });

  it("keeps only events linked to the chosen claim, and applies stances to that link", () => {
    expect(ids({ claim: "split" })).toEqual(["denial", "split"]);
    expect(ids({ claim: "romance", stances: ["disputes"] })).toEqual(["denial", "split"]);
    expect(ids({ claim: "split", stances: ["disputes"] })).toEqual([]);
    expect(ids({ claim: "split", stances: ["supports", "context"] })).toEqual(["denial", "split"]);
  });

  it("matches nothing for an unknown claim, person, outlet or kind", () => {
    expect(ids({ claim: "nope" })).toEqual([]);
    expect(ids({ people: ["ghost"] })).toEqual([]);
    expect(ids({ outlets: ["Nowhere"] })).toEqual([]);
    expect(ids({ kinds: ["rumour" as never] })).toEqual([]);
  });

  it("matches events with at least one annotation of the attribution", () => {
    expect(ids({ attributions: ["on-record"] })).toEqual(["denial"]);
    expect(ids({ attributions: ["photo", "anonymous"] })).toEqual(["dinner", "heli", "split"]);
    expect(ids({ attributions: ["reported"] })).toEqual(["premiere"]);
  });

  it("matches outlets and relays cited directly, by annotations or by alternative dates", () => {
    expect(ids({ outlets: ["People"] })).toEqual(["dinner", "split"]);
    expect(ids({ outlets: ["Page Six"] })).toEqual(["dinner", "heli", "premiere"]);
    expect(ids({ outlets: ["Daily Mail"] })).toEqual(["dinner", "denial"]);
    expect(ids({ outlets: ["Unused Gazette"] })).toEqual([]);
  });

  it("searches case and accent blind, every term required", () => {
    expect(ids({ query: "cafe" })).toEqual(["premiere"]);
    expect(ids({ query: "CAFÉ" })).toEqual(["premiere"]);
    expect(ids({ query: "so AMIGOS" })).toEqual(["denial"]);
    expect(ids({ query: "  soho   cruise " })).toEqual(["dinner", "split"]);
    expect(ids({ query: "soho ben" })).toEqual([]);
  });

  it("searches people names, speakers, places, quotes and sources", () => {
    expect(ids({ query: "armas" })).toEqual(["dinner", "denial", "premiere", "split"]);
    // Tom speaks in the denial, which is searchable, but the people facet is the event's own.
    expect(ids({ query: "cruise", kinds: ["denial"] })).toEqual(["denial"]);
    expect(ids({ people: ["tom"], kinds: ["denial"] })).toEqual([]);
    expect(ids({ query: "london" })).toEqual(["dinner"]);
    expect(ids({ query: "hindustan" })).toEqual(["dinner", "split"]);
    expect(ids({ query: "weekly" })).toEqual(["heli"]);
    expect(ids({ query: "insider" })).toEqual(["split"]);
  });

  it("does not match a term across two fields", () => {
    // "…at dinner." then "Soho": no term may span the separator.
    expect(ids({ query: "dinner.soho" })).toEqual([]);
    expect(ids({ query: "dinner.\nsoho" })).toEqual(["dinner"]);
  });

  it("refuses an index built for another dataset instead of answering for its events", () => {
    const other = buildSearchIndex(load({ ...fixture(), events: fixture().events.slice(0, 1) }));
    const filters = { ...EMPTY_FILTERS, kinds: ["sighting" as const] };
    expect(() => applyFilters(dataset, other, filters)).toThrow(/another dataset/);
    expect(() => facetCounts(dataset, other, filters, ENGLISH)).toThrow(/another dataset/);
  });

  it("gives the same answer while a query is typed on, and after it is edited back", () => {
    for (const query of ["s", "so", "soh", "soho", "so", "soho l", "x", "soho"]) {
      const expected = dataset.events.filter((e) =>
        naiveMatch(dataset, e, { ...EMPTY_FILTERS, query }),
      );
      expect(ids({ query })).toEqual(expected.map((e) => e.id));
    }
  });
});
