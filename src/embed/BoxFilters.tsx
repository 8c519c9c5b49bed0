// The story box's line naming what narrows it (boxFilters.ts). Always in the box, empty and
// visually hidden while the whole story shows, never `display: none`: a live region must be
// in the accessibility tree before its text changes for a reader's search to be announced.
import { useMemo } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { boxFilterLine } from "./boxFilters.ts";

/** `shown`: how many events pass the filters (the box has them already: filtered once). */
export function BoxFilters({ searchField, shown }: { searchField: boolean; shown: number }) {
  const tr = useI18n();
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  // Until the filtering code has loaded, every event is shown: no count to give yet.
  const filtering = useTimeline((s) => s.filterEngine !== null);
  const line = useMemo(
    () => (filtering ? boxFilterLine({ filters, shown, searchField }, dataset, tr) : null),
    [filtering, filters, shown, searchField, dataset, tr],
  );
  return (
    <p
      className={line === null ? "embed-filters visually-hidden" : "embed-filters"}
      aria-live="polite"
    >
      {line}
    </p>
  );
}
