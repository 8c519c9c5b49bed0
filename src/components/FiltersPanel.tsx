import { Suspense, useRef } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { isFiltered } from "../timeline/filters.ts";
import { loadFilterEngine } from "../store/filterEngine.ts";
import { withText } from "../i18n/withText.ts";
import { useFiltersDisclosure, type FiltersDisclosure } from "./useFiltersDisclosure.ts";
import { lazyPart } from "./lazyPart.ts";
import { ActiveFilters } from "./ActiveFilters.tsx";
import "./FiltersPanel.css";

// The facets and what counts them load together, when the panel first opens (a lazy part,
// as every part of the page that loads later).
const FacetLists = lazyPart<object>(
  withText(() =>
    Promise.all([import("./FacetLists.tsx"), loadFilterEngine()]).then(([module]) => ({
      default: module.FacetLists,
    })),
  ),
);

/**
 * Narrow screens: search and Filters in a row, the count and Reset below them while
 * something is filtered, the active filters, and the facets right below.
 */
export function FiltersPanel() {
  const { t } = useI18n();
  const disclosure = useFiltersDisclosure();
  return (
    <section className="filters" aria-label={t("filters.region")}>
      <div className="filters-bar">
        <FilterControls disclosure={disclosure} showCount />
      </div>
      <ActiveFilters disclosure={disclosure} />
      <FacetsPanel disclosure={disclosure} />
    </section>
  );
}

/** Wide screens: the search and filter controls, as part of the toolbar row. */
export function FiltersBar({ disclosure }: { disclosure: FiltersDisclosure }) {
  const { t } = useI18n();
  return (
    <div className="filters filters-inline" role="search" aria-label={t("filters.searchRegion")}>
      <FilterControls disclosure={disclosure} />
    </div>
  );
}

/**
 * Wide screens, below the toolbar row, the width of the page: the active filters while the
 * facets are closed, the facets while open.
 */
export function FiltersFacets({ disclosure }: { disclosure: FiltersDisclosure }) {
  const { t } = useI18n();
  return (
    <>
      <ActiveFilters disclosure={disclosure} />
      <section className="filters-facets" aria-label={t("filters.title")} hidden={!disclosure.open}>
        <FacetsPanel disclosure={disclosure} />
      </section>
    </>
  );
}

/**
 * `showCount`: the count ("Showing 16 of 29 events") shows while something is filtered
 * (phones, on a row of its own). In the wide reader bar it stays for screen readers only:
 * shown, it wrapped the bar onto a second row in every language as the first letter was
 * typed, moving the plot down; the stepper beside it says how many events remain, and
 * Reset that a filter is on.
 */
function FilterControls({
  disclosure,
  showCount = false,
}: {
  disclosure: FiltersDisclosure;
  showCount?: boolean;
}) {
  const { t, count, number } = useI18n();
  const searchRef = useRef<HTMLInputElement>(null);
  const total = useTimeline((s) => s.dataset.events.length);
  const filters = useTimeline((s) => s.filters);
  const setFilters = useTimeline((s) => s.setFilters);
  const resetFilters = useTimeline((s) => s.resetFilters);
  const shown = useFilteredEvents().length;
  return (
    <>
      <label className="search">
        <span className="visually-hidden">{t("search.label")}</span>
        <input
          ref={searchRef}
          type="search"
          placeholder={t("search.placeholder")}
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
        {t("filters.title")}
      </button>
      {/* Always in the page: it announces filter results (see showCount). */}
      <p
        className={
          showCount && isFiltered(filters) ? "filters-count" : "filters-count visually-hidden"
        }
        aria-live="polite"
      >
        {count("count.showing", total, { shown: number(shown) })}
      </p>
      {/* Only while there is something to reset: a disabled "Reset" said nothing to a
          reader and took the search field's room. The search field, just emptied, takes
          the focus the button had. */}
      {isFiltered(filters) && (
        <button
          type="button"
          className="filters-reset"
          aria-label={t("filters.resetLabel")}
          onClick={() => {
            resetFilters();
            searchRef.current?.focus();
          }}
        >
          {t("filters.reset")}
        </button>
      )}
    </>
  );
}

function FacetsPanel({ disclosure }: { disclosure: FiltersDisclosure }) {
  const { t } = useI18n();
  const { open, panelId } = disclosure;
  return (
    <div id={panelId} className="filters-panel" hidden={!open}>
      {open && (
        <Suspense fallback={<p role="status">{t("loading.filters")}</p>}>
          <FacetLists />
        </Suspense>
      )}
    </div>
  );
}
