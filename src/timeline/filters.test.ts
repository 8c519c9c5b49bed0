import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  STANCES,
  type Annotation,
  type Dataset,
  type EdtfDate,
  type TimelineEvent,
} from "../data/model.ts";
import type { DatasetInput } from "../data/schema.ts";
import { validateDataset } from "../data/validate.ts";
import { applyFilters, buildSearchIndex } from "./filterEngine.ts";
import { EMPTY_FILTERS, isFiltered, type Filters } from "./filters.ts";
import { foldText, queryTerms } from "./searchText.ts";
import { facetCounts, type FacetCount } from "./facetCounts.ts";
import { propertyOptions } from "../test/property.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

const SEED = 20250213;

function fixture(): DatasetInput {
  return {
    version: 1,
    id: "filters-test",
    title: "Filters test",
    summary: "Events to filter.",
    updated: "2025-11-13",
    people: [
      { id: "ana", name: "Ana de Armas" },
      { id: "tom", name: "Tom Cruise" },
      { id: "ben", name: "Ben" },
      { id: "nobody", name: "Nobody Atall" },
    ],
    claims: [
      { id: "romance", text: "They are a couple.", status: "disputed" },
      { id: "split", text: "They split.", status: "unverified" },
    ],
    sources: [
      {
        id: "ht",
        outlet: "Hindustan Times",
        relays: "People",
        title: "Ana de Armas and Tom Cruise dine in Soho",
      },
      { id: "dm", outlet: "Daily Mail" },
      { id: "ps", outlet: "Page Six" },
      { id: "us", outlet: "Us Weekly", relays: "Page Six" },
      { id: "unused", outlet: "Unused Gazette" },
    ],
    events: [
      {
        id: "split",
        title: "A split is reported",
        summary: "Reports say it is over.",
        date: "2025-11-01",
        kind: "report",
        claims: [
          { claim: "split", stance: "supports" },
          { claim: "romance", stance: "disputes" },
        ],
        annotations: [{ text: "An insider spoke.", attribution: "anonymous", sources: ["ht"] }],
        sources: ["ht"],
      },
      {
        id: "dinner",
        title: "Dinner",
        summary: "They were seen at dinner.",
        date: "2025-02-13",
        altDates: [{ date: "2025-02-14", sources: ["dm"] }],
        kind: "sighting",
        place: "Soho, London",
        people: ["ana", "tom"],
        claims: [{ claim: "romance", stance: "supports" }],
        annotations: [{ text: "Photos of the pair.", attribution: "photo", sources: ["ps"] }],
        sources: ["ht"],
      },
      {
        id: "heli",
        title: "Helicopter ride",
        summary: "A flight together.",
        date: "2025-03-01",
        kind: "sighting",
        people: ["tom"],
        claims: [{ claim: "romance", stance: "supports" }],
        annotations: [
          { text: "A source told a magazine.", attribution: "anonymous", sources: ["us"] },
        ],
        sources: ["us"],
      },
      {
        id: "denial",
        title: "A denial",
        summary: "Friends only.",
        date: "2025-03-10",
        kind: "denial",
        people: ["ana"],
        claims: [
          { claim: "romance", stance: "disputes" },
          { claim: "split", stance: "context" },
        ],
        annotations: [
          {
            text: "Said on camera.",
            quote: "Só amigos",
            speaker: "tom",
            attribution: "on-record",
            sources: ["dm"],
          },
        ],
        sources: ["dm"],
      },
      {
        id: "premiere",
        title: "Café de Flore premiere",
        summary: "All three walked the carpet.",
        date: "2025-04-01",
        kind: "appearance",
        people: ["ana", "tom", "ben"],
        annotations: [{ text: "Seen together.", sources: ["ps"] }],
        sources: ["ps"],
      },
    ],
  };
}

function load(doc: DatasetInput): Dataset {
  const result = validateDataset(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const dataset = load(fixture());
const index = buildSearchIndex(dataset);

function ids(filters: Partial<Filters>): string[] {
  return applyFilters(dataset, index, { ...EMPTY_FILTERS, ...filters }).map((e) => e.id);
}

function counts(list: FacetCount[]): Record<string, number> {
  return Object.fromEntries(list.map((f) => [f.value, f.count]));
}

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

// ---- Property: the index agrees with a plain, obviously correct implementation. ----

function naiveCited(dataset: Dataset, e: TimelineEvent) {
  const ids = [
    ...e.sources,
    ...e.annotations.flatMap((a) => a.sources),
    ...e.altDates.flatMap((d) => d.sources),
  ];
  return ids.flatMap((id) => {
    const s = dataset.sourcesById.get(id);
    return s === undefined ? [] : [s];
  });
}

function naiveOutlets(dataset: Dataset, e: TimelineEvent): string[] {
  return naiveCited(dataset, e).flatMap((s) =>
    s.relays === undefined ? [s.outlet] : [s.outlet, s.relays],
  );
}

function naiveStances(e: TimelineEvent, claim: string | null): string[] {
  return e.claims.filter((l) => claim === null || l.claim === claim).map((l) => l.stance);
}

function naiveMatch(dataset: Dataset, e: TimelineEvent, f: Filters): boolean {
  const name = (id: string) => dataset.peopleById.get(id)?.name ?? id;
  const text = [
    e.title,
    e.summary,
    e.place ?? "",
    ...e.people.map(name),
    ...e.annotations.flatMap((a) => [
      a.text,
      a.quote ?? "",
      a.speaker === undefined ? "" : name(a.speaker),
    ]),
    ...naiveCited(dataset, e).flatMap((s) => [s.outlet, s.relays ?? "", s.title ?? ""]),
  ]
    .map(foldText)
    .join("\n");
  const some = <T>(selected: readonly T[], values: readonly T[]) =>
    selected.length === 0 || values.some((v) => selected.includes(v));
  return (
    some(f.kinds, [e.kind]) &&
    some(f.people, e.people) &&
    (f.claim === null || e.claims.some((l) => l.claim === f.claim)) &&
    some(f.stances, naiveStances(e, f.claim) as never[]) &&
    some(
      f.attributions,
      e.annotations.map((a) => a.attribution),
    ) &&
    some(f.outlets, naiveOutlets(dataset, e)) &&
    queryTerms(f.query).every((term) => text.includes(term))
  );
}

function naiveCounts(dataset: Dataset, f: Filters) {
  const count = (cleared: Partial<Filters>, has: (e: TimelineEvent) => boolean) =>
    dataset.events.filter((e) => naiveMatch(dataset, e, { ...f, ...cleared }) && has(e)).length;
  const values = (
    all: Iterable<string>,
    selected: readonly string[],
    of: (e: TimelineEvent) => string[],
  ) => {
    const present = new Set(dataset.events.flatMap(of));
    return [...new Set(all)].filter((v) => present.has(v) || selected.includes(v));
  };
  const allOutlets = dataset.sources.flatMap((s) =>
    s.relays === undefined ? [s.outlet] : [s.outlet, s.relays],
  );
  const result: Record<string, Record<string, number>> = {
    kinds: {},
    people: {},
    stances: {},
    attributions: {},
    outlets: {},
  };
  for (const k of values(EVENT_KINDS, f.kinds, (e) => [e.kind])) {
    result.kinds![k] = count({ kinds: [] }, (e) => e.kind === k);
  }
  for (const p of values(
    dataset.people.map((p) => p.id),
    f.people,
    (e) => e.people,
  )) {
    result.people![p] = count({ people: [] }, (e) => e.people.includes(p));
  }
  for (const s of values(STANCES, f.stances, (e) => naiveStances(e, null))) {
    result.stances![s] = count({ stances: [] }, (e) => naiveStances(e, f.claim).includes(s));
  }
  for (const a of values(ATTRIBUTIONS, f.attributions, (e) =>
    e.annotations.map((x) => x.attribution),
  )) {
    result.attributions![a] = count({ attributions: [] }, (e) =>
      e.annotations.some((x) => x.attribution === a),
    );
  }
  for (const o of values(allOutlets, f.outlets, (e) => naiveOutlets(dataset, e))) {
    result.outlets![o] = count({ outlets: [] }, (e) => naiveOutlets(dataset, e).includes(o));
  }
  return result;
}

function date(day: number): EdtfDate {
  const start = Date.UTC(2025, 0, 1 + day);
  const point = {
    start,
    end: start + 86_400_000,
    precision: "day" as const,
    uncertain: false,
    approximate: false,
  };
  return {
    text: "",
    interval: false,
    from: point,
    to: point,
    ...point,
    openStart: false,
    openEnd: false,
  };
}

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
      people: ["p1", "p2", "p3", "p7"],
      claim: "romance",
      stances: ["supports", "disputes"],
      attributions: ["on-record", "anonymous"],
      outlets: ["Outlet 1", "Relay 3"],
    };
    const expected = big.events.filter((e) => naiveMatch(big, e, filters));
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
