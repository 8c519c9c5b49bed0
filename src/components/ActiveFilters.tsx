// The line naming what narrows the view while the facets are closed. A link that checks
// facets opens on the story with this line rather than with every facet between the
// reader and the timeline; each value is a button that takes it off.
import { useMemo, useRef } from "react";
import { flushSync } from "react-dom";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { activeFilters, withoutFilter, type ActiveFilter } from "../timeline/activeFilters.ts";
import type { FiltersDisclosure } from "./useFiltersDisclosure.ts";
import "./ActiveFilters.css";

export function ActiveFilters({ disclosure }: { disclosure: FiltersDisclosure }) {
  const tr = useI18n();
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  const setFilters = useTimeline((s) => s.setFilters);
  const listRef = useRef<HTMLUListElement>(null);
  const active = useMemo(() => activeFilters(filters, dataset, tr), [filters, dataset, tr]);
  // With the facets open, their boxes say it.
  if (disclosure.open || active.length === 0) return null;

  const remove = (filter: ActiveFilter, at: number) => {
    flushSync(() => setFilters(withoutFilter(filters, filter)));
    // The keyboard stays in the line: on the value now in this one's place, else the one
    // before it; with none left, on the button that opens the facets.
    const left = listRef.current?.querySelectorAll("button") ?? [];
    const next =
      left[Math.min(at, left.length - 1)] ??
      document.querySelector<HTMLElement>(`[aria-controls="${disclosure.panelId}"]`);
    next?.focus();
  };

  return (
    <ul ref={listRef} className="active-filters" aria-label={tr.t("filters.active")}>
      {active.map((filter, i) => (
        <li key={`${filter.facet}:${filter.value}`}>
          <button
            type="button"
            aria-label={tr.t("filters.remove", { filter: filter.name })}
            onClick={() => remove(filter, i)}
          >
            {filter.name}
            <span aria-hidden="true" className="active-filter-x">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
