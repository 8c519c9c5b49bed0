import { useId, useMemo, useState } from "react";
import { nounFor } from "../timeline/plural.ts";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { facetCounts, isFiltered, type FacetCount, type Filters } from "../timeline/filters.ts";

type ListFacet = "kinds" | "people" | "stances" | "attributions" | "outlets";

const OUTLETS_SHOWN = 10;

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
  const dataset = useTimeline((s) => s.dataset);
  const index = useTimeline((s) => s.searchIndex);
  const filters = useTimeline((s) => s.filters);
  const setFilters = useTimeline((s) => s.setFilters);
  const { open, panelId } = disclosure;
  // Counts need the search index; nobody sees them until the panel opens.
  const counts = useMemo(
    () => (open ? facetCounts(dataset, index(), filters) : null),
    [open, dataset, index, filters],
  );

  const toggle = (facet: ListFacet, value: string) => {
    const current = filters[facet] as readonly string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ [facet]: next } as Partial<Filters>);
  };

  return (
    <div id={panelId} className="filters-panel" hidden={counts === null}>
      {counts !== null && (
        <>
          <Facet
            legend="Kind"
            facet="kinds"
            items={counts.kinds}
            selected={filters.kinds}
            onToggle={toggle}
          />
          <Facet
            legend="Person"
            facet="people"
            items={counts.people}
            selected={filters.people}
            onToggle={toggle}
          />
          <fieldset className="facet">
            <legend>Stance</legend>
            <label className="facet-claim">
              on{" "}
              <select
                value={filters.claim ?? ""}
                onChange={(e) =>
                  setFilters({ claim: e.target.value === "" ? null : e.target.value })
                }
              >
                <option value="">any claim</option>
                {dataset.claims.map((claim) => (
                  <option key={claim.id} value={claim.id}>
                    {claim.text}
                  </option>
                ))}
              </select>
            </label>
            <FacetOptions
              facet="stances"
              items={counts.stances}
              selected={filters.stances}
              onToggle={toggle}
            />
          </fieldset>
          <Facet
            legend="Attribution"
            facet="attributions"
            items={counts.attributions}
            selected={filters.attributions}
            onToggle={toggle}
          />
          <OutletFacet items={counts.outlets} selected={filters.outlets} onToggle={toggle} />
        </>
      )}
    </div>
  );
}

interface FacetProps {
  facet: ListFacet;
  items: FacetCount[];
  selected: readonly string[];
  onToggle: (facet: ListFacet, value: string) => void;
}

function Facet({ legend, ...props }: FacetProps & { legend: string }) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <FacetOptions {...props} />
    </fieldset>
  );
}

function FacetOptions({ facet, items, selected, onToggle }: FacetProps) {
  return (
    <ul className="facet-options">
      {items.map((item) => (
        <li key={item.value}>
          <label>
            <input
              type="checkbox"
              checked={selected.includes(item.value)}
              onChange={() => onToggle(facet, item.value)}
            />{" "}
            {/* The count never wraps apart from itself: "(5)", not "(5" and ")". */}
            {item.label} <span className="facet-count">({item.count.toLocaleString("en")})</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function OutletFacet({ items, selected, onToggle }: Omit<FacetProps, "facet">) {
  const [all, setAll] = useState(false);
  const shown = all
    ? items
    : items.filter((item, i) => i < OUTLETS_SHOWN || selected.includes(item.value));
  return (
    <fieldset className="facet">
      <legend>Outlet</legend>
      <FacetOptions facet="outlets" items={shown} selected={selected} onToggle={onToggle} />
      {items.length > OUTLETS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? "Show fewer outlets" : `Show all ${items.length} outlets`}
        </button>
      )}
    </fieldset>
  );
}
