import { lazy, Suspense, useId, useState } from "react";
import { nounFor } from "../timeline/plural.ts";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { isFiltered } from "../timeline/filters.ts";
import "./FiltersPanel.css";

const FacetLists = lazy(() =>
  import("./FacetLists.tsx").then((module) => ({ default: module.FacetLists })),
);

/** Whether the facets show; a filtered view opens with them shown. */
export function useFiltersDisclosure(): FiltersDisclosure {
  const filters = useTimeline((s) => s.filters);
  const [open, setOpen] = useState(() => isFiltered(filters));
  const panelId = useId();
  return { open, toggle: () => setOpen((was) => !was), panelId };
}

export interface FiltersDisclosure {
  open: boolean;
  toggle: () => void;
  panelId: string;
}

/** Narrow screens: search, Filters, count and reset, with the facets right below. */
export function FiltersPanel() {
  const disclosure = useFiltersDisclosure();
  return (
    <section className="filters" aria-label="Filters and search">
      <div className="filters-bar">
        <FilterControls disclosure={disclosure} />
      </div>
      <FacetsPanel disclosure={disclosure} />
    </section>
  );
}

/** Wide screens: the search and filter controls, as part of the toolbar row. */
export function FiltersBar({ disclosure }: { disclosure: FiltersDisclosure }) {
  return (
    <div className="filters filters-inline" role="search" aria-label="Search and filter events">
      <FilterControls disclosure={disclosure} />
    </div>
  );
}

/** Wide screens: the facets, below the toolbar row, the width of the page. */
export function FiltersFacets({ disclosure }: { disclosure: FiltersDisclosure }) {
  return (
    <section className="filters-facets" aria-label="Filters" hidden={!disclosure.open}>
      <FacetsPanel disclosure={disclosure} />
    </section>
  );
}

function FilterControls({ disclosure }: { disclosure: FiltersDisclosure }) {
  const total = useTimeline((s) => s.dataset.events.length);
  const filters = useTimeline((s) => s.filters);
  const setFilters = useTimeline((s) => s.setFilters);
  const resetFilters = useTimeline((s) => s.resetFilters);
  const shown = useFilteredEvents().length;
  return (
    <>
      <label className="search">
        <span className="visually-hidden">Search events</span>
        <input
          type="search"
          placeholder="Search titles, quotes, outlets…"
          value={filters.query}
          onChange={(e) => setFilters({ query: e.target.value })}
        />
      </label>
      <button
        type="button"
        aria-expanded={disclosure.open}
        aria-controls={disclosure.panelId}
        onClick={disclosure.toggle}
      >
        Filters
      </button>
      {/* Unfiltered, the stepper already says how many events there are: the count is
          kept for screen readers (it announces filter results) but not shown twice. */}
      <p
        className={isFiltered(filters) ? "filters-count" : "filters-count visually-hidden"}
        aria-live="polite"
      >
        Showing {shown.toLocaleString("en")} of {total.toLocaleString("en")}{" "}
        {nounFor(total, "event", "events")}
      </p>
      {/* Always present, so that focus is not lost when a reset empties the filters. */}
      <button
        type="button"
        className="filters-reset"
        aria-disabled={!isFiltered(filters)}
        aria-label="Reset filters"
        onClick={resetFilters}
      >
        Reset
      </button>
    </>
  );
}

function FacetsPanel({ disclosure }: { disclosure: FiltersDisclosure }) {
  const { open, panelId } = disclosure;
  return (
    <div id={panelId} className="filters-panel" hidden={!open}>
      {open && (
        <Suspense fallback={<p role="status">Loading the filters…</p>}>
          <FacetLists />
        </Suspense>
      )}
    </div>
  );
}
