// Node-side timings of filtering and search for `npm run bench`: building the search index,
// one facet change (applyFilters and facetCounts together, as the page runs them on each
// click) and one query typed from scratch. They used to be upper bounds in a unit test,
// where a slow CI machine made them flaky and a fast one made them meaningless.
import type { Dataset } from "../../src/data/model.ts";
import { facetCounts } from "../../src/timeline/facetCounts.ts";
import { applyFilters, buildSearchIndex } from "../../src/timeline/filterEngine.ts";
import { EMPTY_FILTERS, type Filters } from "../../src/timeline/filters.ts";
import { ENGLISH } from "../../src/i18n/I18nContext.ts";

export interface FilterTimes {
  buildMs: number;
  /** applyFilters + facetCounts with five facets and a claim selected. */
  facetsMs: number;
  /** applyFilters + facetCounts with a three-term query on a fresh index (no memo to reuse). */
  queryMs: number;
  /** How many events each of the two passed: a guard against timing an empty result. */
  facetMatches: number;
  queryMatches: number;
}

/** Filters that touch every facet, picked from the dataset so that some events pass. */
function busyFilters(dataset: Dataset): Filters {
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet))].slice(0, 3);
  return {
    ...EMPTY_FILTERS,
    kinds: ["sighting", "report", "statement"],
    people: dataset.people.slice(0, 4).map((p) => p.id),
    claim: dataset.claims[0]?.id ?? null,
    stances: ["supports", "disputes"],
    attributions: [],
    outlets,
  };
}

const QUERY = "report rumor london";

/** One measurement of each step, on a fresh index. */
export function timeFilters(dataset: Dataset): FilterTimes {
  let t = performance.now();
  const index = buildSearchIndex(dataset);
  const buildMs = performance.now() - t;

  const filters = busyFilters(dataset);
  t = performance.now();
  const facetMatches = applyFilters(dataset, index, filters).length;
  facetCounts(dataset, index, filters, ENGLISH);
  const facetsMs = performance.now() - t;

  const query = { ...EMPTY_FILTERS, query: QUERY };
  t = performance.now();
  const queryMatches = applyFilters(dataset, index, query).length;
  facetCounts(dataset, index, query, ENGLISH);
  const queryMs = performance.now() - t;

  return { buildMs, facetsMs, queryMs, facetMatches, queryMatches };
}
