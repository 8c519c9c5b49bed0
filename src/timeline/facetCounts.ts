// How many events each facet value would show: standard faceted search, where a facet's
// own selection does not shrink its counts.
import { ATTRIBUTIONS, EVENT_KINDS, STANCES, type Dataset } from "../data/model.ts";
import { atF64, atU32, atU8 } from "./at.ts";
import {
  ATTRIBUTIONS_FAILED,
  FilterMatcher,
  KINDS_FAILED,
  OUTLETS_FAILED,
  PEOPLE_FAILED,
  STANCES_FAILED,
} from "./filterMatch.ts";
import { facetValueName, type ListFacet } from "./facetValueName.ts";
import type { Filters } from "./filters.ts";
import type { Translator } from "../i18n/translator.ts";
import type { SearchIndex } from "./searchIndex.ts";

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

/**
 * For each value of each facet, how many events have that value and pass every OTHER
 * facet, the claim and the query. Lists hold the values that occur on at least one event
 * plus any selected value the dataset knows; vocabularies in vocabulary order, people in
 * dataset order, outlets by count (descending) then name.
 */
export function facetCounts(
  dataset: Dataset,
  index: SearchIndex,
  filters: Filters,
  tr: Pick<Translator, "t">,
): FacetCounts {
  const matcher = new FilterMatcher(dataset, index, filters);
  const ix = index;
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
    const kind = atU8(ix.kind, i);
    const attributions = atU8(ix.attributionMask, i);
    const pFrom = atU32(ix.personStart, i);
    const pTo = atU32(ix.personStart, i + 1);
    const oFrom = atU32(ix.outletStart, i);
    const oTo = atU32(ix.outletStart, i + 1);
    kindsSeen |= 1 << kind;
    stancesSeen |= atU8(ix.stanceMask, i);
    attributionsSeen |= attributions;
    for (let k = pFrom; k < pTo; k++) personSeen[atU32(ix.personList, k)] = 1;
    for (let k = oFrom; k < oTo; k++) outletSeen[atU32(ix.outletList, k)] = 1;

    // Counted in every facet when it fails none, in one facet when it fails only that one;
    // OUTSIDE (query, claim) is neither.
    const failed = matcher.failures(i, 2);
    const all = failed === 0;
    if (all || failed === KINDS_FAILED) increment(kindCount, kind);
    if (all || failed === PEOPLE_FAILED)
      for (let k = pFrom; k < pTo; k++) increment(personCount, atU32(ix.personList, k));
    if (all || failed === STANCES_FAILED) addBits(stanceCount, matcher.stances(i));
    if (all || failed === ATTRIBUTIONS_FAILED) addBits(attributionCount, attributions);
    if (all || failed === OUTLETS_FAILED)
      for (let k = oFrom; k < oTo; k++) increment(outletCount, atU32(ix.outletList, k));
  }

  const vocabulary = (
    facet: ListFacet,
    values: readonly string[],
    seen: number,
    selected: readonly string[],
    counts: Float64Array,
  ): FacetCount[] =>
    values.flatMap((value, b) =>
      (seen & (1 << b)) !== 0 || selected.includes(value)
        ? [{ value, label: facetValueName(facet, value, dataset, tr), count: atF64(counts, b) }]
        : [],
    );

  const listed = (
    facet: ListFacet,
    names: readonly string[],
    seen: Uint8Array,
    selected: readonly string[],
    counts: Float64Array,
  ): FacetCount[] => {
    const chosen = new Set(selected);
    return names.flatMap((value, id) =>
      seen[id] === 1 || chosen.has(value)
        ? [{ value, label: facetValueName(facet, value, dataset, tr), count: atF64(counts, id) }]
        : [],
    );
  };

  const people = listed("people", ix.personIds, personSeen, filters.people, personCount);
  const outlets = listed("outlets", ix.outletNames, outletSeen, filters.outlets, outletCount).sort(
    (a, b) => b.count - a.count || compareNames(a.value, b.value),
  );

  return {
    kinds: vocabulary("kinds", EVENT_KINDS, kindsSeen, filters.kinds, kindCount),
    people,
    stances: vocabulary("stances", STANCES, stancesSeen, filters.stances, stanceCount),
    attributions: vocabulary(
      "attributions",
      ATTRIBUTIONS,
      attributionsSeen,
      filters.attributions,
      attributionCount,
    ),
    outlets,
  };
}

function increment(counts: Float64Array, i: number): void {
  counts[i] = atF64(counts, i) + 1;
}

function addBits(counts: Float64Array, mask: number): void {
  for (let b = 0; mask !== 0; b++, mask >>= 1) if (mask & 1) increment(counts, b);
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
