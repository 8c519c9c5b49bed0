// Faceted filtering and full-text search over a dataset's events: what the reader has
// narrowed the timeline to, and the events that pass. The parts live beside this file:
// searchText (folding), searchIndex (built once per dataset), queryMatches, filterMatch
// (the one predicate) and facetCounts, which only the lazy filter panel loads. What narrows
// (filterEngine.ts) loads the first time anything is narrowed: unfiltered, the first load
// carries only the filters' shape.
import type { Attribution, EventKind, Stance } from "../data/model.ts";

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

/**
 * Whether a query has a search term (queryTerms is not empty): a character that folding
 * keeps (neither a space nor a combining mark). Tested here, not by folding the query, so
 * that the first load of an unfiltered page leaves the search code out.
 */
const HAS_TERM = /[^\s\p{M}]/u;

/** Whether `query` narrows anything (a blank or marks-only query does not). */
export function hasSearchTerm(query: string): boolean {
  return HAS_TERM.test(query);
}

export function isFiltered(filters: Filters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.people.length > 0 ||
    filters.stances.length > 0 ||
    filters.claim !== null ||
    filters.attributions.length > 0 ||
    filters.outlets.length > 0 ||
    hasSearchTerm(filters.query)
  );
}
