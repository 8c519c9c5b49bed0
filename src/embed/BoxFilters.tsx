// The story box's line naming what narrows it (boxFilters.ts). Always in the box, empty
// while the whole story shows (embed.css hides it then), so that a reader's search in the
// box's field is announced as its count changes.
import { useMemo } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { boxFilterLine } from "./boxFilters.ts";

export function BoxFilters({ searchField }: { searchField: boolean }) {
  const tr = useI18n();
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  const shown = useFilteredEvents().length;
  const line = useMemo(
    () => boxFilterLine({ filters, shown, searchField }, dataset, tr),
    [filters, shown, searchField, dataset, tr],
  );
  return (
    <p className="embed-filters" aria-live="polite">
      {line}
    </p>
  );
}
