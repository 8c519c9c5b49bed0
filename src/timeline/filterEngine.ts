// What narrows the timeline: the search index and the one filter predicate, applied. Loaded
// the first time a reader (or a link) filters anything (see src/store/filterEngine.ts), so
// that an unfiltered first load does not carry it.
import type { Dataset, TimelineEvent } from "../data/model.ts";
import { at } from "./at.ts";
import { FilterMatcher } from "./filterMatch.ts";
import { isFiltered, type Filters } from "./filters.ts";
import type { SearchIndex } from "./searchIndex.ts";

export { buildSearchIndex, type SearchIndex } from "./searchIndex.ts";

/**
 * The events that pass `filters`, in the dataset's time order. `index` must be the one
 * built for `dataset`: another dataset's index throws rather than answer for the wrong events.
 */
export function applyFilters(
  dataset: Dataset,
  index: SearchIndex,
  filters: Filters,
): TimelineEvent[] {
  if (!isFiltered(filters)) return dataset.events.slice();
  const matcher = new FilterMatcher(dataset, index, filters);
  const events = dataset.events;
  const out: TimelineEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    if (matcher.failures(i, 1) === 0) out.push(at(events, i));
  }
  return out;
}
