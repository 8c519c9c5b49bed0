// Faceted filtering and full-text search over a dataset's events. Everything that depends
// only on the dataset is computed once in `buildSearchIndex`; applying filters and counting
// facets are then single O(n) passes over typed arrays, fast enough for 100,000 events.
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  STANCES,
  type Attribution,
  type Dataset,
  type EventKind,
  type Stance,
  type TimelineEvent,
} from "../data/model.ts";
import { ATTRIBUTION_LABEL, KIND_LABEL, STANCE_LABEL } from "./labels.ts";

/**
 * What the reader has narrowed the timeline to. Within one facet, values are OR; across
 * facets, AND; an empty facet means "no constraint".
 */
export interface Filters {
  kinds: EventKind[];
  /** Person ids. */
  people: string[];
  /** On the link to `claim` when it is set, else on any of the event's claim links. */
  stances: Stance[];
  /** A claim id: when set, only events linked to this claim (with any stance) match. */
  claim: string | null;
  /** Events with at least one annotation of one of these attributions. */
  attributions: Attribution[];
  /** Outlet names, matched against both a source's `outlet` and its `relays`. */
  outlets: string[];
  /** Free text; split on whitespace, every term must match (accent and case blind). */
  query: string;
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  kinds: Object.freeze([]) as unknown as EventKind[],
  people: Object.freeze([]) as unknown as string[],
  stances: Object.freeze([]) as unknown as Stance[],
  claim: null,
  attributions: Object.freeze([]) as unknown as Attribution[],
  outlets: Object.freeze([]) as unknown as string[],
  query: "",
});

export function isFiltered(filters: Filters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.people.length > 0 ||
    filters.stances.length > 0 ||
    filters.claim !== null ||
    filters.attributions.length > 0 ||
    filters.outlets.length > 0 ||
    queryTerms(filters.query).length > 0
  );
}

/** Lower-cases and strips accents (NFD, then combining marks removed): "Café" → "cafe". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII (most text) has nothing to decompose: skip the costly part.
  if (!NON_ASCII.test(lower)) return lower;
  const stripped = lower.normalize("NFD").replace(LATIN_MARKS, "");
  // The Unicode-aware pattern is several times slower, so it only runs when a character
  // from a block that holds other combining marks is present.
  return OTHER_MARK_BLOCKS.test(stripped) ? stripped.replace(ALL_MARKS, "") : stripped;
}

const NON_ASCII = /[\u0080-\uffff]/;
/** Combining Diacritical Marks: every accent of Latin script after NFD. */
const LATIN_MARKS = /[\u0300-\u036f]+/g;
/**
 * Every other \p{M} code point lies in these ranges (checked exhaustively in the tests);
 * the general punctuation, currency and symbol blocks in between hold none.
 */
const OTHER_MARK_BLOCKS = /[\u0482-\u1fff\u20cf-\u20ff\u2cee-\uffff]/;
const ALL_MARKS = /\p{M}+/gu;

/** The folded, de-duplicated search terms of a query, in order. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const term of foldText(query).split(/\s+/)) {
    if (term !== "" && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/**
 * Everything filtering needs, precomputed once per dataset. Arrays are indexed by the
 * event's position in `dataset.events`. Lists (people, claim links, outlets) are stored
 * flat: event `i` owns `xList[xStart[i] .. xStart[i + 1])`. Treat it as opaque and
 * read-only; only this module reads the fields.
 */
export interface SearchIndex {
  /** The events this index was built for; a stale index is detected and rebuilt. */
  readonly events: readonly TimelineEvent[];
  /** One folded haystack per event. */
  readonly haystacks: readonly string[];
  /** Position in EVENT_KINDS. */
  readonly kind: Uint8Array;
  /** Bit `1 << STANCES.indexOf(s)` for every stance on any claim link. */
  readonly stanceMask: Uint8Array;
  /** Bit `1 << ATTRIBUTIONS.indexOf(a)` for every annotation's attribution. */
  readonly attributionMask: Uint8Array;
  readonly personIds: readonly string[];
  readonly personStart: Uint32Array;
  readonly personList: Uint32Array;
  readonly claimIds: readonly string[];
  readonly claimStart: Uint32Array;
  readonly claimList: Uint32Array;
  /** Stance bit of each claim link, parallel to `claimList`. */
  readonly claimStance: Uint8Array;
  readonly outletNames: readonly string[];
  readonly outletStart: Uint32Array;
  readonly outletList: Uint32Array;
  /** Memo of the last query's matches, so filtering and counting share one scan. */
  readonly queryMemo: { terms: string[]; matches: Uint8Array | null };
}

class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

/** Flat list builder: one segment per event. */
class Segments {
  readonly start: Uint32Array;
  private list: number[] = [];
  constructor(count: number) {
    this.start = new Uint32Array(count + 1);
  }
  push(value: number): void {
    this.list.push(value);
  }
  close(event: number): void {
    this.start[event + 1] = this.list.length;
  }
  build(): Uint32Array {
    return Uint32Array.from(this.list);
  }
}

const KIND_INDEX = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));
const KIND_BIT = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, 1 << i]));
const STANCE_BIT = new Map<string, number>(STANCES.map((s, i) => [s, 1 << i]));
const ATTRIBUTION_BIT = new Map<string, number>(ATTRIBUTIONS.map((a, i) => [a, 1 << i]));

export function buildSearchIndex(dataset: Dataset): SearchIndex {
  return new IndexBuilder(dataset).build();
}

/** One pass over the events; methods rather than per-event closures keep it allocation-light. */
class IndexBuilder {
  private readonly n: number;
  private readonly people = new Interner();
  private readonly foldedNames: string[] = [];
  private readonly claims = new Interner();
  private readonly outlets = new Interner();
  private readonly sourceIndex = new Map<string, number>();
  private readonly sourceOutlets: number[][] = [];
  private readonly sourceText: string[] = [];
  private readonly personSeg: Segments;
  private readonly outletSeg: Segments;
  // Stamps de-duplicate per event without allocating a Set each time.
  private readonly personStamp: number[] = [];
  private readonly sourceStamp: Int32Array;
  private readonly outletStamp: number[] = [];
  /** The current event's haystack parts, reused. */
  private readonly parts: string[] = [];

  constructor(private readonly dataset: Dataset) {
    this.n = dataset.events.length;
    this.personSeg = new Segments(this.n);
    this.outletSeg = new Segments(this.n);
    for (const person of dataset.people) {
      this.people.id(person.id);
      this.foldedNames.push(foldText(person.name));
    }
    for (const claim of dataset.claims) this.claims.id(claim.id);
    // Sources: interned once with their outlet ids and folded text.
    for (const source of dataset.sources) {
      this.sourceIndex.set(source.id, this.sourceOutlets.length);
      const ids = [this.outlets.id(source.outlet)];
      if (source.relays !== undefined && source.relays !== source.outlet) {
        ids.push(this.outlets.id(source.relays));
      }
      this.sourceOutlets.push(ids);
      this.sourceText.push(
        foldText([source.outlet, source.relays ?? "", source.title ?? ""].join("\n")),
      );
    }
    this.sourceStamp = new Int32Array(this.sourceOutlets.length).fill(-1);
  }

  private addPerson(i: number, id: string, indexed: boolean): void {
    const p = this.people.id(id);
    if (p >= this.foldedNames.length) {
      this.foldedNames.push(foldText(this.dataset.peopleById.get(id)?.name ?? id));
    }
    if (this.personStamp[p] === i) return;
    this.personStamp[p] = i;
    this.parts.push(this.foldedNames[p] ?? "");
    if (indexed) this.personSeg.push(p);
  }

  private addSources(i: number, ids: readonly string[]): void {
    for (const id of ids) {
      const s = this.sourceIndex.get(id);
      if (s === undefined || this.sourceStamp[s] === i) continue;
      this.sourceStamp[s] = i;
      this.parts.push(this.sourceText[s] ?? "");
      for (const o of this.sourceOutlets[s] ?? []) {
        if (this.outletStamp[o] === i) continue;
        this.outletStamp[o] = i;
        this.outletSeg.push(o);
      }
    }
  }

  build(): SearchIndex {
    const { n, parts } = this;
    const events = this.dataset.events;
    const kind = new Uint8Array(n);
    const stanceMask = new Uint8Array(n);
    const attributionMask = new Uint8Array(n);
    const claimSeg = new Segments(n);
    const claimStanceList: number[] = [];
    const haystacks: string[] = new Array<string>(n);

    for (let i = 0; i < n; i++) {
      const event = events[i];
      if (event === undefined) continue;
      kind[i] = KIND_INDEX.get(event.kind) ?? 0;
      parts.length = 0;
      parts.push(foldText(joinEventText(event)));

      for (const id of event.people) this.addPerson(i, id, true);
      // Speakers are searchable by name, but the people facet is the event's own list.
      for (const a of event.annotations) {
        if (a.speaker !== undefined) this.addPerson(i, a.speaker, false);
      }
      this.personSeg.close(i);

      let stances = 0;
      for (const link of event.claims) {
        const bit = STANCE_BIT.get(link.stance) ?? 0;
        stances |= bit;
        claimSeg.push(this.claims.id(link.claim));
        claimStanceList.push(bit);
      }
      stanceMask[i] = stances;
      claimSeg.close(i);

      let attributions = 0;
      for (const a of event.annotations) attributions |= ATTRIBUTION_BIT.get(a.attribution) ?? 0;
      attributionMask[i] = attributions;

      this.addSources(i, event.sources);
      for (const a of event.annotations) this.addSources(i, a.sources);
      for (const alt of event.altDates) this.addSources(i, alt.sources);
      this.outletSeg.close(i);

      // Newlines separate fields, and terms never contain whitespace, so no term can match
      // across two fields.
      haystacks[i] = parts.join("\n");
    }

    return {
      events,
      haystacks,
      kind,
      stanceMask,
      attributionMask,
      personIds: this.people.values,
      personStart: this.personSeg.start,
      personList: this.personSeg.build(),
      claimIds: this.claims.values,
      claimStart: claimSeg.start,
      claimList: claimSeg.build(),
      claimStance: Uint8Array.from(claimStanceList),
      outletNames: this.outlets.values,
      outletStart: this.outletSeg.start,
      outletList: this.outletSeg.build(),
      queryMemo: { terms: [], matches: null },
    };
  }
}

function joinEventText(event: TimelineEvent): string {
  const parts = [event.title, event.summary];
  if (event.place !== undefined) parts.push(event.place);
  for (const a of event.annotations) {
    parts.push(a.text);
    if (a.quote !== undefined) parts.push(a.quote);
  }
  return parts.join("\n");
}

/** The filters turned into index lookups. */
interface Compiled {
  /** null: no constraint; else one bit per selected kind index. */
  kinds: number | null;
  people: Uint8Array | null;
  stances: number | null;
  /** -1: no claim selected; else the claim's index (an unknown claim gets a never-used one). */
  claim: number;
  attributions: number | null;
  outlets: Uint8Array | null;
  /** null: no query; else 1 for each event matching every term. */
  query: Uint8Array | null;
}

/** Indexes built because the caller passed one for another dataset, kept for next time. */
const rebuilt = new WeakMap<readonly TimelineEvent[], SearchIndex>();

function usable(dataset: Dataset, index: SearchIndex): SearchIndex {
  if (index.events === dataset.events) return index;
  let fresh = rebuilt.get(dataset.events);
  if (fresh === undefined) {
    fresh = buildSearchIndex(dataset);
    rebuilt.set(dataset.events, fresh);
  }
  return fresh;
}

function compile(index: SearchIndex, filters: Filters): Compiled {
  const bits = (values: readonly string[], table: Map<string, number>) => {
    if (values.length === 0) return null;
    let mask = 0;
    for (const v of values) mask |= table.get(v) ?? 0;
    return mask;
  };
  const flags = (values: readonly string[], names: readonly string[]) => {
    if (values.length === 0) return null;
    const wanted = new Set(values);
    return Uint8Array.from(names, (name) => (wanted.has(name) ? 1 : 0));
  };
  let claim = -1;
  if (filters.claim !== null) {
    claim = index.claimIds.indexOf(filters.claim);
    // An unknown claim gets an index no link has, so nothing matches.
    if (claim === -1) claim = index.claimIds.length;
  }
  return {
    kinds: bits(filters.kinds, KIND_BIT),
    people: flags(filters.people, index.personIds),
    stances: bits(filters.stances, STANCE_BIT),
    claim,
    attributions: bits(filters.attributions, ATTRIBUTION_BIT),
    outlets: flags(filters.outlets, index.outletNames),
    query: queryMatches(index, queryTerms(filters.query)),
  };
}

/**
 * Which events match every term. Memoized for the last query; when the new query only
 * narrows the previous one (each old term is part of a new term, as when typing on), only
 * the previous matches are scanned again.
 */
function queryMatches(index: SearchIndex, terms: string[]): Uint8Array | null {
  if (terms.length === 0) return null;
  const memo = index.queryMemo;
  if (memo.matches !== null && sameTerms(memo.terms, terms)) return memo.matches;
  const narrows =
    memo.matches !== null && memo.terms.every((old) => terms.some((term) => term.includes(old)));
  const previous = narrows ? memo.matches : null;
  const { haystacks } = index;
  const matches = new Uint8Array(haystacks.length);
  for (let i = 0; i < haystacks.length; i++) {
    if (previous !== null && previous[i] === 0) continue;
    const haystack = haystacks[i] ?? "";
    let ok = 1;
    for (const term of terms) {
      if (!haystack.includes(term)) {
        ok = 0;
        break;
      }
    }
    matches[i] = ok;
  }
  memo.terms = terms;
  memo.matches = matches;
  return matches;
}

function sameTerms(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}

function anyFlagged(flags: Uint8Array, list: Uint32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[list[k] ?? 0] === 1) return true;
  return false;
}

/** The stances of event `i` that the stance facet looks at (0 when `claim` is not linked). */
function linkStances(index: SearchIndex, i: number, claim: number): number {
  if (claim === -1) return index.stanceMask[i] ?? 0;
  let mask = 0;
  const to = index.claimStart[i + 1] ?? 0;
  for (let k = index.claimStart[i] ?? 0; k < to; k++) {
    if (index.claimList[k] === claim) mask |= index.claimStance[k] ?? 0;
  }
  return mask;
}

/** The events that pass `filters`, in the dataset's time order. */
export function applyFilters(
  dataset: Dataset,
  index: SearchIndex,
  filters: Filters,
): TimelineEvent[] {
  if (!isFiltered(filters)) return dataset.events.slice();
  const ix = usable(dataset, index);
  const c = compile(ix, filters);
  const out: TimelineEvent[] = [];
  const events = dataset.events;
  for (let i = 0; i < events.length; i++) {
    if (c.query !== null && c.query[i] === 0) continue;
    if (c.kinds !== null && (c.kinds & (1 << (ix.kind[i] ?? 0))) === 0) continue;
    if (c.attributions !== null && (c.attributions & (ix.attributionMask[i] ?? 0)) === 0) continue;
    if (c.claim !== -1 || c.stances !== null) {
      const stances = linkStances(ix, i, c.claim);
      if (c.claim !== -1 && stances === 0) continue;
      if (c.stances !== null && (c.stances & stances) === 0) continue;
    }
    if (
      c.people !== null &&
      !anyFlagged(c.people, ix.personList, ix.personStart[i] ?? 0, ix.personStart[i + 1] ?? 0)
    )
      continue;
    if (
      c.outlets !== null &&
      !anyFlagged(c.outlets, ix.outletList, ix.outletStart[i] ?? 0, ix.outletStart[i + 1] ?? 0)
    )
      continue;
    const event = events[i];
    if (event !== undefined) out.push(event);
  }
  return out;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface FacetCounts {
  kinds: FacetCount[];
  people: FacetCount[];
  stances: FacetCount[];
  attributions: FacetCount[];
  outlets: FacetCount[];
}

// Facet numbers, used to find "the one facet an event fails".
const KINDS = 0;
const PEOPLE = 1;
const STANCES_F = 2;
const ATTRIBUTIONS_F = 3;
const OUTLETS = 4;

/**
 * For each value of each facet, how many events have that value and pass every OTHER
 * facet, the claim and the query (standard faceted search: a facet's own selection does
 * not shrink its counts). Lists hold the values that occur on at least one event plus any
 * selected value the dataset knows; vocabularies in vocabulary order, people in dataset
 * order, outlets by count (descending) then name.
 */
export function facetCounts(dataset: Dataset, index: SearchIndex, filters: Filters): FacetCounts {
  const ix = usable(dataset, index);
  const c = compile(ix, filters);
  const n = dataset.events.length;

  const kindCount = new Float64Array(EVENT_KINDS.length);
  const stanceCount = new Float64Array(STANCES.length);
  const attributionCount = new Float64Array(ATTRIBUTIONS.length);
  const personCount = new Float64Array(ix.personIds.length);
  const outletCount = new Float64Array(ix.outletNames.length);
  // What occurs in the dataset at all, whatever the filters.
  let kindsSeen = 0;
  let stancesSeen = 0;
  let attributionsSeen = 0;
  const personSeen = new Uint8Array(ix.personIds.length);
  const outletSeen = new Uint8Array(ix.outletNames.length);

  for (let i = 0; i < n; i++) {
    const kind = ix.kind[i] ?? 0;
    const kindBit = 1 << kind;
    const attributions = ix.attributionMask[i] ?? 0;
    const pFrom = ix.personStart[i] ?? 0;
    const pTo = ix.personStart[i + 1] ?? 0;
    const oFrom = ix.outletStart[i] ?? 0;
    const oTo = ix.outletStart[i + 1] ?? 0;
    kindsSeen |= kindBit;
    stancesSeen |= ix.stanceMask[i] ?? 0;
    attributionsSeen |= attributions;
    for (let k = pFrom; k < pTo; k++) personSeen[ix.personList[k] ?? 0] = 1;
    for (let k = oFrom; k < oTo; k++) outletSeen[ix.outletList[k] ?? 0] = 1;

    if (c.query !== null && c.query[i] === 0) continue;
    const stances = linkStances(ix, i, c.claim);
    if (c.claim !== -1 && stances === 0) continue;

    let fails = 0;
    let failed = -1;
    if (c.kinds !== null && (c.kinds & kindBit) === 0) {
      fails++;
      failed = KINDS;
    }
    if (c.people !== null && !anyFlagged(c.people, ix.personList, pFrom, pTo)) {
      fails++;
      failed = PEOPLE;
    }
    if (c.stances !== null && (c.stances & stances) === 0) {
      fails++;
      failed = STANCES_F;
    }
    if (fails < 2 && c.attributions !== null && (c.attributions & attributions) === 0) {
      fails++;
      failed = ATTRIBUTIONS_F;
    }
    if (fails < 2 && c.outlets !== null && !anyFlagged(c.outlets, ix.outletList, oFrom, oTo)) {
      fails++;
      failed = OUTLETS;
    }
    if (fails > 1) continue;
    const all = fails === 0;
    if (all || failed === KINDS) increment(kindCount, kind);
    if (all || failed === PEOPLE)
      for (let k = pFrom; k < pTo; k++) increment(personCount, ix.personList[k] ?? 0);
    if (all || failed === STANCES_F) addBits(stanceCount, stances);
    if (all || failed === ATTRIBUTIONS_F) addBits(attributionCount, attributions);
    if (all || failed === OUTLETS)
      for (let k = oFrom; k < oTo; k++) increment(outletCount, ix.outletList[k] ?? 0);
  }

  const vocabulary = <T extends string>(
    values: readonly T[],
    seen: number,
    selected: readonly string[],
    counts: Float64Array,
    labels: Record<T, string>,
  ): FacetCount[] =>
    values.flatMap((value, b) =>
      (seen & (1 << b)) !== 0 || selected.includes(value)
        ? [{ value, label: labels[value], count: counts[b] ?? 0 }]
        : [],
    );

  const listed = (
    names: readonly string[],
    seen: Uint8Array,
    selected: readonly string[],
    counts: Float64Array,
    label: (value: string) => string,
  ): FacetCount[] => {
    const chosen = new Set(selected);
    return names.flatMap((value, id) =>
      seen[id] === 1 || chosen.has(value)
        ? [{ value, label: label(value), count: counts[id] ?? 0 }]
        : [],
    );
  };

  const people = listed(
    ix.personIds,
    personSeen,
    filters.people,
    personCount,
    (id) => dataset.peopleById.get(id)?.name ?? id,
  );
  const outlets = listed(
    ix.outletNames,
    outletSeen,
    filters.outlets,
    outletCount,
    (name) => name,
  ).sort((a, b) => b.count - a.count || compareNames(a.value, b.value));

  return {
    kinds: vocabulary(EVENT_KINDS, kindsSeen, filters.kinds, kindCount, KIND_LABEL),
    people,
    stances: vocabulary(STANCES, stancesSeen, filters.stances, stanceCount, STANCE_LABEL),
    attributions: vocabulary(
      ATTRIBUTIONS,
      attributionsSeen,
      filters.attributions,
      attributionCount,
      ATTRIBUTION_LABEL,
    ),
    outlets,
  };
}

function increment(counts: Float64Array, at: number): void {
  counts[at] = (counts[at] ?? 0) + 1;
}

function addBits(counts: Float64Array, mask: number): void {
  for (let b = 0; mask !== 0; b++, mask >>= 1) if (mask & 1) increment(counts, b);
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
