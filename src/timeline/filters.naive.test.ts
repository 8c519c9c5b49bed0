// Property: the search index agrees with a plain, obviously correct implementation
// (src/test/naiveFilters.ts) on generated datasets and filters, counts included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  STANCES,
  type Annotation,
  type Dataset,
  type TimelineEvent,
} from "../data/model.ts";
import { applyFilters, buildSearchIndex } from "./filterEngine.ts";
import type { Filters } from "./filters.ts";
import { facetCounts } from "./facetCounts.ts";
import { propertyOptions } from "../test/property.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { counts } from "../test/filtersFixture.ts";
import { date, naiveCounts, naiveMatch } from "../test/naiveFilters.ts";

const SEED = 20250213;

const WORDS = ["soho", "café", "Dinner", "heli", "ÉTÉ", "premiere", "split", "flore"];
const PEOPLE = ["ana", "tom", "ben", "zoe"];
const CLAIMS = ["romance", "split", "project"];
const OUTLETS = ["People", "Page Six", "Daily Mail", "Us Weekly"];
const SOURCES = ["s0", "s1", "s2", "s3", "s4"];

const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((w) => w.join(" "));
const sourceList = fc.subarray(SOURCES);

const annotationArb: fc.Arbitrary<Annotation> = fc.record({
  text: words,
  quote: fc.option(words, { nil: undefined }),
  speaker: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
  attribution: fc.constantFrom(...ATTRIBUTIONS),
  sources: sourceList,
});

const eventArb = fc.record({
  title: words,
  summary: words,
  place: fc.option(words, { nil: undefined }),
  kind: fc.constantFrom(...EVENT_KINDS),
  people: fc.subarray(PEOPLE),
  claims: fc.uniqueArray(
    fc.record({ claim: fc.constantFrom(...CLAIMS), stance: fc.constantFrom(...STANCES) }),
    { maxLength: 3, selector: (l) => l.claim },
  ),
  annotations: fc.array(annotationArb, { maxLength: 3 }),
  sources: sourceList,
  altSources: fc.array(sourceList, { maxLength: 2 }),
});

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    outlets: fc.array(
      fc.record({
        outlet: fc.constantFrom(...OUTLETS),
        relays: fc.option(fc.constantFrom(...OUTLETS), { nil: undefined }),
      }),
      { minLength: SOURCES.length, maxLength: SOURCES.length },
    ),
    events: fc.array(eventArb, { maxLength: 25 }),
  })
  .map(({ outlets, events }) => {
    const people = PEOPLE.map((id) => ({ id, name: `${id.toUpperCase()} Név` }));
    const sources = SOURCES.map((id, i) => ({ id, ...outlets[i]!, title: `Title ${id}` }));
    const claims = CLAIMS.map((id) => ({
      id,
      text: id,
      status: "unverified" as const,
      history: [],
    }));
    const timeline: TimelineEvent[] = events.map(({ altSources, ...e }, i) => ({
      ...e,
      id: `e${i}`,
      index: i,
      date: date(i),
      altDates: altSources.map((s) => ({ date: date(i), sources: s })),
      tags: [],
    }));
    return {
      version: 1 as const,
      id: "generated",
      title: "Generated",
      summary: "",
      updated: date(0),
      language: "en",
      translations: [],
      people,
      claims,
      sources,
      periods: [],
      events: timeline,
      corrections: [],
      peopleById: new Map(people.map((p) => [p.id, p])),
      sourcesById: new Map(sources.map((s) => [s.id, s])),
      claimsById: new Map(claims.map((c) => [c.id, c])),
    };
  });

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  kinds: fc.subarray([...EVENT_KINDS], { maxLength: 3 }),
  people: fc.subarray([...PEOPLE, "ghost"], { maxLength: 2 }),
  stances: fc.subarray([...STANCES], { maxLength: 2 }),
  claim: fc.option(fc.constantFrom(...CLAIMS, "nope"), { nil: null, freq: 2 }),
  attributions: fc.subarray([...ATTRIBUTIONS], { maxLength: 2 }),
  outlets: fc.subarray([...OUTLETS, "Nowhere"], { maxLength: 2 }),
  query: fc
    .array(fc.constantFrom("", "so", "CAFE", "été", "nev", "title s1", "ana"), { maxLength: 2 })
    .map((q) => q.join(" ")),
});

describe("agrees with a naive implementation", () => {
  it("for applyFilters and facetCounts on generated datasets and filters", () => {
    fc.assert(
      fc.property(datasetArb, fc.array(filtersArb, { minLength: 1, maxLength: 4 }), (ds, many) => {
        // One index for several filters exercises the query memo too.
        const ix = buildSearchIndex(ds);
        for (const f of many) {
          const expected = ds.events.filter((e) => naiveMatch(ds, e, f)).map((e) => e.id);
          expect(applyFilters(ds, ix, f).map((e) => e.id)).toEqual(expected);
          const got = facetCounts(ds, ix, f, ENGLISH);
          const want = naiveCounts(ds, f);
          for (const facet of ["kinds", "people", "stances", "attributions", "outlets"] as const) {
            expect(counts(got[facet]), facet).toEqual(want[facet]);
          }
          const outletOrder = got.outlets.map((o) => [-o.count, o.value]);
          expect(outletOrder).toEqual(
            outletOrder.toSorted(
              ([c1, v1], [c2, v2]) =>
                Number(c1) - Number(c2) || String(v1).localeCompare(String(v2)),
            ),
          );
        }
      }),
      propertyOptions(SEED, 150),
    );
  });
});
