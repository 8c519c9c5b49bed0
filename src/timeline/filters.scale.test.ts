// Filtering and facet counts at 100,000 events: the index answers what the naive
// implementation answers, and a query's counts add up to the events it finds.
import { describe, expect, it } from "vitest";
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  STANCES,
  type Dataset,
  type TimelineEvent,
} from "../data/model.ts";
import { applyFilters, buildSearchIndex } from "./filterEngine.ts";
import { EMPTY_FILTERS, type Filters } from "./filters.ts";
import { facetCounts } from "./facetCounts.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { date, naiveMatch } from "../test/naiveFilters.ts";

describe("at 100,000 events", () => {
  // How long this takes is measured by `npm run bench` (index, facets and query rows).
  it("indexes once, then filters and counts every event", () => {
    const n = 100_000;
    const people = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      name: `Person Número ${i}`,
    }));
    const sources = Array.from({ length: 2000 }, (_, i) => ({
      id: `s${i}`,
      outlet: `Outlet ${i % 300}`,
      title: `Story ${i}`,
      ...(i % 3 === 0 ? { relays: `Relay ${i % 20}` } : {}),
    }));
    const claims = ["romance", "split"].map((id) => ({
      id,
      text: id,
      status: "unverified" as const,
      history: [],
    }));
    const events: TimelineEvent[] = Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      index: i,
      title: `Event ${i} at the café`,
      summary: `Something happened, number ${i}, with a longer summary to search through.`,
      date: date(i % 3000),
      altDates: [],
      kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
      place: i % 2 === 0 ? "London" : "Madrid",
      people: [`p${i % 500}`, `p${(i * 7) % 500}`],
      claims: [{ claim: i % 2 === 0 ? "romance" : "split", stance: STANCES[i % 3]! }],
      annotations: [
        { text: `Note ${i}`, attribution: ATTRIBUTIONS[i % 4]!, sources: [`s${(i * 13) % 2000}`] },
      ],
      sources: [`s${i % 2000}`],
      tags: [],
    }));
    const big: Dataset = {
      version: 1,
      id: "big",
      title: "Big",
      summary: "",
      updated: date(0),
      language: "en",
      translations: [],
      people,
      claims,
      sources,
      periods: [],
      events,
      corrections: [],
      peopleById: new Map(people.map((p) => [p.id, p])),
      sourcesById: new Map(sources.map((s) => [s.id, s])),
      claimsById: new Map(claims.map((c) => [c.id, c])),
    };

    const ix = buildSearchIndex(big);

    const filters: Filters = {
      ...EMPTY_FILTERS,
      kinds: ["sighting", "denial", "report"],
      // Every facet is a residue of the event's index (claim romance: even; attribution
      // on-record or anonymous: 0 or 1 mod 4; so 0 mod 4), and these people and outlets
      // share events with them: 133 pass every facet. People p1, p2, p3 and p7 (none 0 mod
      // 4) let none pass, and the comparison below held for an engine that finds nothing.
      people: ["p4", "p8", "p12", "p7"],
      claim: "romance",
      stances: ["supports", "disputes"],
      attributions: ["on-record", "anonymous"],
      outlets: ["Outlet 4", "Relay 4"],
    };
    const expected = big.events.filter((e) => naiveMatch(big, e, filters));
    expect(expected.length).toBeGreaterThan(0);
    expect(applyFilters(big, ix, filters)).toEqual(expected);
    // A facet's own selection does not shrink its counts: with fewer facets (so that some
    // events pass), the selected kinds add up to exactly the events that pass.
    const some = { ...EMPTY_FILTERS, kinds: filters.kinds, people: filters.people };
    const passed = applyFilters(big, ix, some);
    const selected = new Set<string>(some.kinds);
    const counts = facetCounts(big, ix, some, ENGLISH).kinds.filter((k) => selected.has(k.value));
    expect(passed.length).toBeGreaterThan(0);
    expect(counts.reduce((sum, k) => sum + k.count, 0)).toBe(passed.length);

    const query = { ...EMPTY_FILTERS, query: "numero 12 cafe" };
    const found = applyFilters(big, ix, query);
    // "Person Número 12" is p12 (and p120..p129); every event names two people.
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(n);
    expect(facetCounts(big, ix, query, ENGLISH).kinds.reduce((sum, k) => sum + k.count, 0)).toBe(
      found.length,
    );
  });
});
