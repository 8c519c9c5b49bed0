// Everything filtering needs that depends only on the dataset, computed once: then
// applying filters and counting facets are single O(n) passes over typed arrays, fast
// enough for 100,000 events.
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  STANCES,
  type Dataset,
  type TimelineEvent,
} from "../data/model.ts";
import { at } from "./at.ts";
import { QueryMatches } from "./queryMatches.ts";
import { foldText } from "./searchText.ts";

/**
 * Arrays are indexed by the event's position in `dataset.events`. Lists (people, claim
 * links, outlets) are stored flat: event `i` owns `xList[xStart[i] .. xStart[i + 1])`.
 * Treat it as opaque; only the filtering modules read the fields.
 */
export interface SearchIndex {
  /** The events this index was built for: filtering another dataset with it is refused. */
  readonly events: readonly TimelineEvent[];
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
  /** Full-text matching over one folded haystack per event, remembering the last query. */
  readonly query: QueryMatches;
}

/** Each vocabulary value's bit, for masks of up to eight values in a Uint8Array. */
function bitTable(values: readonly string[]): ReadonlyMap<string, number> {
  return new Map(values.map((value, i) => [value, 1 << i]));
}
export const KIND_BIT = bitTable(EVENT_KINDS);
export const STANCE_BIT = bitTable(STANCES);
export const ATTRIBUTION_BIT = bitTable(ATTRIBUTIONS);
const KIND_INDEX = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));

/** A validated dataset has only vocabulary values: anything else is a bug, said loudly. */
function lookup(table: ReadonlyMap<string, number>, value: string): number {
  const found = table.get(value);
  if (found === undefined) throw new RangeError(`"${value}" is not in the vocabulary`);
  return found;
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
    this.parts.push(at(this.foldedNames, p));
    if (indexed) this.personSeg.push(p);
  }

  private addSources(i: number, ids: readonly string[]): void {
    for (const id of ids) {
      // Validation resolved every source reference; a test's hand-made dataset may not.
      const s = this.sourceIndex.get(id);
      if (s === undefined || this.sourceStamp[s] === i) continue;
      this.sourceStamp[s] = i;
      this.parts.push(at(this.sourceText, s));
      for (const o of at(this.sourceOutlets, s)) {
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
      const event = at(events, i);
      kind[i] = lookup(KIND_INDEX, event.kind);
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
        const bit = lookup(STANCE_BIT, link.stance);
        stances |= bit;
        claimSeg.push(this.claims.id(link.claim));
        claimStanceList.push(bit);
      }
      stanceMask[i] = stances;
      claimSeg.close(i);

      let attributions = 0;
      for (const a of event.annotations) attributions |= lookup(ATTRIBUTION_BIT, a.attribution);
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
      query: new QueryMatches(haystacks),
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
