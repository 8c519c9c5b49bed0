// The filter predicate, written once. For each event it says which facets the event fails,
// as bits: applyFilters keeps the events that fail none, and facetCounts also counts, for
// each facet, the events that fail only that one (a facet's own selection does not shrink
// its counts).
import type { Dataset } from "../data/model.ts";
import { atU32, atU8 } from "./at.ts";
import type { Filters } from "./filters.ts";
import { queryTerms } from "./searchText.ts";
import { ATTRIBUTION_BIT, KIND_BIT, STANCE_BIT, type SearchIndex } from "./searchIndex.ts";

export const KINDS_FAILED = 1;
export const PEOPLE_FAILED = 2;
export const STANCES_FAILED = 4;
export const ATTRIBUTIONS_FAILED = 8;
export const OUTLETS_FAILED = 16;
/** Fails the query or the selected claim, which no facet's count leaves out. */
export const OUTSIDE = 32;

/** Whether `failed` has more than one bit set: a second failure ends the checks. */
function twoOrMore(failed: number): boolean {
  return (failed & (failed - 1)) !== 0;
}

export class FilterMatcher {
  /** null: no constraint; else one bit per selected value. */
  private readonly kinds: number | null;
  private readonly stanceBits: number | null;
  private readonly attributions: number | null;
  /** null: no constraint; else 1 for each selected person (by interned id). */
  private readonly people: Uint8Array | null;
  private readonly outlets: Uint8Array | null;
  /** -1: no claim selected; else the claim's index (an unknown claim gets a never-used one). */
  private readonly claim: number;
  /** null: no query; else 1 for each event matching every term. */
  private readonly query: Uint8Array | null;

  constructor(
    dataset: Dataset,
    private readonly index: SearchIndex,
    filters: Filters,
  ) {
    if (index.events !== dataset.events) {
      throw new Error("the search index was built for another dataset's events");
    }
    const bits = (values: readonly string[], table: ReadonlyMap<string, number>) => {
      if (values.length === 0) return null;
      let mask = 0;
      // A value outside the vocabulary (from a hand-edited URL) selects nothing.
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
    this.kinds = bits(filters.kinds, KIND_BIT);
    this.people = flags(filters.people, index.personIds);
    this.stanceBits = bits(filters.stances, STANCE_BIT);
    this.claim = claim;
    this.attributions = bits(filters.attributions, ATTRIBUTION_BIT);
    this.outlets = flags(filters.outlets, index.outletNames);
    this.query = index.query.matches(queryTerms(filters.query));
  }

  /**
   * What event `i` fails: OUTSIDE, or the bits of the facets it fails, checked cheapest
   * first until `enough` of them have failed (1 to filter, 2 to count).
   */
  failures(i: number, enough: 1 | 2): number {
    const ix = this.index;
    if (this.query !== null && this.query[i] === 0) return OUTSIDE;
    const stances = this.claim !== -1 || this.stanceBits !== null ? this.stances(i) : 0;
    if (this.claim !== -1 && stances === 0) return OUTSIDE;
    let failed = 0;
    if (this.kinds !== null && (this.kinds & (1 << atU8(ix.kind, i))) === 0) {
      failed |= KINDS_FAILED;
      if (enough === 1) return failed;
    }
    if (this.stanceBits !== null && (this.stanceBits & stances) === 0) {
      failed |= STANCES_FAILED;
      if (enough === 1 || twoOrMore(failed)) return failed;
    }
    if (this.attributions !== null && (this.attributions & atU8(ix.attributionMask, i)) === 0) {
      failed |= ATTRIBUTIONS_FAILED;
      if (enough === 1 || twoOrMore(failed)) return failed;
    }
    if (this.people !== null && !anyFlagged(this.people, ix.personList, ix.personStart, i)) {
      failed |= PEOPLE_FAILED;
      if (enough === 1 || twoOrMore(failed)) return failed;
    }
    if (this.outlets !== null && !anyFlagged(this.outlets, ix.outletList, ix.outletStart, i)) {
      failed |= OUTLETS_FAILED;
    }
    return failed;
  }

  /** The stances of event `i` that the stance facet looks at (0 when the claim is not linked). */
  stances(i: number): number {
    const ix = this.index;
    if (this.claim === -1) return atU8(ix.stanceMask, i);
    let mask = 0;
    const to = atU32(ix.claimStart, i + 1);
    for (let k = atU32(ix.claimStart, i); k < to; k++) {
      if (ix.claimList[k] === this.claim) mask |= atU8(ix.claimStance, k);
    }
    return mask;
  }
}

/** Whether any item of event `i`'s segment of a flat list is flagged. */
function anyFlagged(flags: Uint8Array, list: Uint32Array, start: Uint32Array, i: number): boolean {
  const to = atU32(start, i + 1);
  for (let k = atU32(start, i); k < to; k++) if (flags[atU32(list, k)] === 1) return true;
  return false;
}
