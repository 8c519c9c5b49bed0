import { useMemo } from "react";
import type { TimelineEvent } from "../data/model.ts";
import { applyFilters } from "../timeline/filters.ts";
import { useTimeline } from "./TimelineStoreContext.tsx";

/** The events that pass the current filters, in time order; recomputed only when they change. */
export function useFilteredEvents(): TimelineEvent[] {
  const dataset = useTimeline((s) => s.dataset);
  const index = useTimeline((s) => s.searchIndex);
  const filters = useTimeline((s) => s.filters);
  return useMemo(() => applyFilters(dataset, index, filters), [dataset, index, filters]);
}
