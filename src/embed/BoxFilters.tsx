// The story box's line naming what narrows it (boxFilters.ts). Always in the box, empty
// while the whole story shows (embed.css hides it then), so that a reader's search in the
// box's field is announced as its count changes.
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
    <p className="embed-filters" aria-live="polite">
      {line}
    </p>
  );
}
