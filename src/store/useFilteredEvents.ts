import { useMemo } from "react";
import type { TimelineEvent } from "../data/model.ts";
import { isFiltered } from "../timeline/filters.ts";
import { useTimeline } from "./TimelineStoreContext.tsx";

/**
 * The events that pass the current filters, in time order; recomputed only when they change.
 * All of them while the filtering code is still loading (the moment after a first filter).
 */
export function useFilteredEvents(): TimelineEvent[] {
  const dataset = useTimeline((s) => s.dataset);
  const engine = useTimeline((s) => s.filterEngine);
  const filters = useTimeline((s) => s.filters);
  return useMemo(
    () => (isFiltered(filters) && engine !== null ? engine.apply(filters) : dataset.events),
    [dataset, engine, filters],
  );
}
