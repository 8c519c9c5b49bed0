// How a facet and its values are named to readers, in the panel's lists and in the line of
// active filters: each facet by its heading; a kind, stance or attribution in the reader's
// language, a person by name, an outlet as written.
import type { Dataset } from "../data/model.ts";
import type { TextKey } from "../i18n/catalog.ts";
import type { Translator } from "../i18n/translator.ts";

export type ListFacet = "kinds" | "people" | "stances" | "attributions" | "outlets";

/** Each facet's heading: the panel's legend, and the facet's name in the active filters. */
export const FACET_HEADING: Readonly<Record<ListFacet, TextKey>> = {
  kinds: "filters.kind",
  people: "filters.person",
  stances: "filters.stance",
  attributions: "filters.attribution",
  outlets: "filters.outlet",
};

export function facetValueName(
  facet: ListFacet,
  value: string,
  dataset: Pick<Dataset, "peopleById">,
  tr: Pick<Translator, "t">,
): string {
  switch (facet) {
    case "kinds":
      return tr.t(`kind.${value}` as TextKey);
    case "stances":
      return tr.t(`stance.${value}` as TextKey);
    case "attributions":
      return tr.t(`attribution.${value}` as TextKey);
    case "people":
      return dataset.peopleById.get(value)?.name ?? value;
    case "outlets":
      return value;
  }
}
