import { useMemo } from "react";
import type { TimelineEvent } from "../data/model.ts";
import { applyFilters, isFiltered } from "../timeline/filters.ts";
import { useTimeline } from "./TimelineStoreContext.tsx";

/** The events that pass the current filters, in time order; recomputed only when they change. */
export function useFilteredEvents(): TimelineEvent[] {
  const dataset = useTimeline((s) => s.dataset);
  const index = useTimeline((s) => s.searchIndex);
  const filters = useTimeline((s) => s.filters);
  return useMemo(
    () => (isFiltered(filters) ? applyFilters(dataset, index(), filters) : dataset.events),
    [dataset, index, filters],
  );
}
