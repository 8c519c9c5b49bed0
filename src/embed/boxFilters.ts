// What narrows a story box, said to its readers in one line: "Showing 4 of 29 events ·
// Kind: Statement · Person: Tom Cruise". A journalist's snippet may check facets
// (`data-kind`, `data-person` …) and set a search (`data-q`); a reader who sees fewer events
// than the story has must be told so, and by what, or the box passes a selection off as the
// whole story. Readers cannot take these off (the box has no settings); "Open the full
// timeline" can. A reader's own search, in the box's field, is named by that field.
import type { Dataset } from "../data/model.ts";
import { orList } from "../i18n/listFormat.ts";
import type { Translator } from "../i18n/translator.ts";
import { activeFilters } from "../timeline/activeFilters.ts";
import { hasSearchTerm, isFiltered, type Filters } from "../timeline/filters.ts";

export interface BoxView {
  filters: Filters;
  /** Events that pass the filters. */
  shown: number;
  /** `data-controls="search"`: the box shows a search field, which says its own query. */
  searchField: boolean;
}

/** The line, or null when the box shows the whole story. */
export function boxFilterLine(
  { filters, shown, searchField }: BoxView,
  dataset: Pick<Dataset, "events" | "peopleById" | "claimsById">,
  tr: Pick<Translator, "t" | "count" | "number" | "locale">,
): string | null {
  if (!isFiltered(filters)) return null;
  const { t } = tr;
  const parts = [tr.count("count.showing", dataset.events.length, { shown: tr.number(shown) })];
  // One part a facet, its values as alternatives ("Kind: Statement or Denial"): within a
  // facet any value passes, which a row of "Kind: …" parts would not say.
  const byFacet = new Map<string, { heading: string; values: string[] }>();
  for (const filter of activeFilters(filters, dataset, tr)) {
    const group = byFacet.get(filter.facet);
    if (group === undefined)
      byFacet.set(filter.facet, { heading: filter.heading, values: [filter.valueName] });
    else group.values.push(filter.valueName);
  }
  for (const { heading, values } of byFacet.values()) {
    parts.push(t("filters.chip", { facet: heading, value: orList(tr.locale, values) }));
  }
  if (!searchField && hasSearchTerm(filters.query)) {
    parts.push(t("filters.chip", { facet: t("filters.search"), value: filters.query.trim() }));
  }
  return parts.join(" · ");
}
