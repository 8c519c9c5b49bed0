// The facet values a view is narrowed by, named for one line under the reader bar: a link
// that checks some opens on the story with that line, not with every facet between the
// reader and the timeline. The search is not among them: its field says it.
import type { Dataset } from "../data/model.ts";
import type { TextKey } from "../i18n/catalog.ts";
import type { Translator } from "../i18n/translator.ts";
import { facetValueName, type ListFacet } from "./facetValueName.ts";
import type { Filters } from "./filters.ts";

export interface ActiveFilter {
  /** Which filter it is: a facet's value, or the claim the stances are on. */
  facet: ListFacet | "claim";
  value: string;
  /** "Kind: Statement", in the reader's language. */
  name: string;
}

/** Facets in the panel's order, each with its heading. */
const FACETS: readonly (readonly [ListFacet, TextKey])[] = [
  ["kinds", "filters.kind"],
  ["people", "filters.person"],
  ["stances", "filters.stance"],
  ["attributions", "filters.attribution"],
  ["outlets", "filters.outlet"],
];

export function activeFilters(
  filters: Filters,
  dataset: Pick<Dataset, "peopleById" | "claimsById">,
  tr: Pick<Translator, "t">,
): ActiveFilter[] {
  const { t } = tr;
  const found: ActiveFilter[] = [];
  for (const [facet, heading] of FACETS) {
    // The claim the stances are on comes first among them, as in the panel.
    if (facet === "stances" && filters.claim !== null) {
      const claim = dataset.claimsById.get(filters.claim)?.text ?? filters.claim;
      const name = t("filters.chip", { facet: t("filters.claim"), value: claim });
      found.push({ facet: "claim", value: filters.claim, name });
    }
    for (const value of filters[facet] as readonly string[]) {
      const name = t("filters.chip", {
        facet: t(heading),
        value: facetValueName(facet, value, dataset, tr),
      });
      found.push({ facet, value, name });
    }
  }
  return found;
}

/** `filters` without `filter`: what removing its chip leaves. */
export function withoutFilter(filters: Filters, filter: ActiveFilter): Partial<Filters> {
  if (filter.facet === "claim") return { claim: null };
  const values = filters[filter.facet] as readonly string[];
  return { [filter.facet]: values.filter((value) => value !== filter.value) } as Partial<Filters>;
}
