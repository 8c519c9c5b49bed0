// How a facet's value is named to readers, in the panel's lists and in the line of active
// filters: a kind, stance or attribution in the reader's language, a person by name, an
// outlet as written.
import type { Dataset } from "../data/model.ts";
import type { TextKey } from "../i18n/catalog.ts";
import type { Translator } from "../i18n/translator.ts";

export type ListFacet = "kinds" | "people" | "stances" | "attributions" | "outlets";

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
