// The facet values a view is narrowed by, named for one line under the reader bar: a link
// that checks some opens on the story with that line, not with every facet between the
// reader and the timeline. The search is not among them: its field says it.
import type { Dataset } from "../data/model.ts";
import type { Translator } from "../i18n/translator.ts";
import { FACET_HEADING, facetValueName, type ListFacet } from "./facetValueName.ts";
import type { Filters } from "./filters.ts";

export interface ActiveFilter {
  /** Which filter it is: a facet's value, or the claim the stances are on. */
  facet: ListFacet | "claim";
  value: string;
  /** "Kind", in the reader's language. */
  heading: string;
  /** "Statement": the value as the reader reads it. */
  valueName: string;
  /** "Kind: Statement". */
  name: string;
}

/** Facets in the panel's order. */
const FACETS: readonly ListFacet[] = ["kinds", "people", "stances", "attributions", "outlets"];

export function activeFilters(
  filters: Filters,
  dataset: Pick<Dataset, "peopleById" | "claimsById">,
  tr: Pick<Translator, "t">,
): ActiveFilter[] {
  const { t } = tr;
  const found: ActiveFilter[] = [];
  for (const facet of FACETS) {
    // The claim the stances are on comes first among them, as in the panel.
    if (facet === "stances" && filters.claim !== null) {
      const claim = dataset.claimsById.get(filters.claim)?.text ?? filters.claim;
      found.push(named("claim", filters.claim, t("filters.claim"), claim));
    }
    for (const value of filters[facet] as readonly string[]) {
      const valueName = facetValueName(facet, value, dataset, tr);
      found.push(named(facet, value, t(FACET_HEADING[facet]), valueName));
    }
  }
  return found;

  function named(
    facet: ActiveFilter["facet"],
    value: string,
    heading: string,
    valueName: string,
  ): ActiveFilter {
    return {
      facet,
      value,
      heading,
      valueName,
      name: t("filters.chip", { facet: heading, value: valueName }),
    };
  }
}

/** `filters` without `filter`: what removing its chip leaves. */
export function withoutFilter(filters: Filters, filter: ActiveFilter): Partial<Filters> {
  if (filter.facet === "claim") return { claim: null };
  const values = filters[filter.facet] as readonly string[];
  return { [filter.facet]: values.filter((value) => value !== filter.value) } as Partial<Filters>;
}
