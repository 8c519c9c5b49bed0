import { useId, useMemo, useState } from "react";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { facetCounts, isFiltered, type FacetCount, type Filters } from "../timeline/filters.ts";

type ListFacet = "kinds" | "people" | "stances" | "attributions" | "outlets";

const OUTLETS_SHOWN = 10;

/** Facets with counts, free-text search and reset; every change lands in the URL. */
export function FiltersPanel() {
  const dataset = useTimeline((s) => s.dataset);
  const index = useTimeline((s) => s.searchIndex);
  const filters = useTimeline((s) => s.filters);
  const setFilters = useTimeline((s) => s.setFilters);
  const resetFilters = useTimeline((s) => s.resetFilters);
  const shown = useFilteredEvents().length;
  const [open, setOpen] = useState(isFiltered(filters));
  // Counts need the search index; nobody sees them until the panel opens.
  const counts = useMemo(
    () => (open ? facetCounts(dataset, index(), filters) : null),
    [open, dataset, index, filters],
  );
  const panelId = useId();

  const toggle = (facet: ListFacet, value: string) => {
    const current = filters[facet] as readonly string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ [facet]: next } as Partial<Filters>);
  };

  return (
    <section className="filters" aria-label="Filters and search">
      <div className="filters-bar">
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
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          Filters
        </button>
        <p className="filters-count" aria-live="polite">
          Showing {shown} of {dataset.events.length} events
        </p>
        {/* Always present, so that focus is not lost when a reset empties the filters. */}
        <button type="button" aria-disabled={!isFiltered(filters)} onClick={resetFilters}>
          Reset filters
        </button>
      </div>
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
    </section>
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
            {item.label} <span className="facet-count">({item.count})</span>
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
