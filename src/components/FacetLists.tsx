// The filter facets (kind, person, stance, attribution, outlet) with their counts. Not
// part of the first load: most readers never open Filters (FiltersPanel loads this).
import { useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { facetCounts, type FacetCount } from "../timeline/facetCounts.ts";
import { FACET_HEADING, type ListFacet } from "../timeline/facetValueName.ts";
import type { Filters } from "../timeline/filters.ts";
import "./FacetLists.css";

const OUTLETS_SHOWN = 10;

/** The facet lists with their counts: loaded and counted only once the panel opens. */
export function FacetLists() {
  const tr = useI18n();
  const { t } = tr;
  const dataset = useTimeline((s) => s.dataset);
  const engine = useTimeline((s) => s.filterEngine);
  const filters = useTimeline((s) => s.filters);
  const setFilters = useTimeline((s) => s.setFilters);
  const prepareFilters = useTimeline((s) => s.prepareFilters);
  const counts = useMemo(
    () => (engine === null ? null : facetCounts(dataset, engine.index(), filters, tr)),
    [dataset, engine, filters, tr],
  );
  // Loaded with this panel (FiltersPanel), so it is here a moment after the panel is.
  useEffect(() => prepareFilters(), [prepareFilters]);

  const toggle = (facet: ListFacet, value: string) => {
    const current = filters[facet] as readonly string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ [facet]: next } as Partial<Filters>);
  };

  if (counts === null) return null;
  return (
    <>
      <Facet
        legend={t(FACET_HEADING.kinds)}
        facet="kinds"
        items={counts.kinds}
        selected={filters.kinds}
        onToggle={toggle}
      />
      <Facet
        legend={t(FACET_HEADING.people)}
        facet="people"
        items={counts.people}
        selected={filters.people}
        onToggle={toggle}
      />
      <fieldset className="facet">
        <legend>{t(FACET_HEADING.stances)}</legend>
        <label className="facet-claim">
          <Template
            text={t("filters.stanceOn")}
            values={{
              claim: (
                <select
                  value={filters.claim ?? ""}
                  onChange={(e) =>
                    setFilters({ claim: e.target.value === "" ? null : e.target.value })
                  }
                >
                  <option value="">{t("filters.anyClaim")}</option>
                  {dataset.claims.map((claim) => (
                    <option key={claim.id} value={claim.id}>
                      {claim.text}
                    </option>
                  ))}
                </select>
              ),
            }}
          />
        </label>
        <FacetOptions
          facet="stances"
          items={counts.stances}
          selected={filters.stances}
          onToggle={toggle}
        />
      </fieldset>
      <Facet
        legend={t(FACET_HEADING.attributions)}
        facet="attributions"
        items={counts.attributions}
        selected={filters.attributions}
        onToggle={toggle}
      />
      <OutletFacet items={counts.outlets} selected={filters.outlets} onToggle={toggle} />
    </>
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
  const { t, number } = useI18n();
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
            {item.label}{" "}
            <span className="facet-count">
              {t("filters.valueCount", { count: number(item.count) })}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function OutletFacet({ items, selected, onToggle }: Omit<FacetProps, "facet">) {
  const { t, count } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all
    ? items
    : items.filter((item, i) => i < OUTLETS_SHOWN || selected.includes(item.value));
  return (
    <fieldset className="facet">
      <legend>{t(FACET_HEADING.outlets)}</legend>
      <FacetOptions facet="outlets" items={shown} selected={selected} onToggle={onToggle} />
      {items.length > OUTLETS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t("filters.fewerOutlets") : count("count.showAllOutlets", items.length)}
        </button>
      )}
    </fieldset>
  );
}
