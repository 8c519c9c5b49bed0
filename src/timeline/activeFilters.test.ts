import { describe, expect, it } from "vitest";
import { activeFilters, withoutFilter } from "./activeFilters.ts";
import { EMPTY_FILTERS, type Filters } from "./filters.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { createTranslator } from "../i18n/translator.ts";
import french from "../i18n/catalogs/fr.ts";
import { dataset } from "../test/filtersFixture.ts";

const filtered = (changes: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...changes });

describe("activeFilters", () => {
  it("names nothing when only a search narrows the view: its field says it", () => {
    expect(activeFilters(filtered({ query: "London" }), dataset, ENGLISH)).toEqual([]);
  });

  it("names each checked value under its facet's heading, in the panel's order", () => {
    const filters = filtered({
      outlets: ["Page Six"],
      kinds: ["sighting", "denial"],
      people: ["ana"],
      claim: "romance",
      stances: ["disputes"],
      attributions: ["anonymous"],
      query: "London",
    });
    expect(activeFilters(filters, dataset, ENGLISH).map((filter) => filter.name)).toEqual([
      "Kind: Sighting",
      "Kind: Denial",
      "Person: Ana de Armas",
      "Claim: They are a couple.",
      "Stance: Disputes",
      "Attribution: Anonymous source",
      "Outlet: Page Six",
    ]);
  });

  it("speaks the reader's language", () => {
    const tr = createTranslator("fr", french);
    const names = activeFilters(filtered({ kinds: ["denial"] }), dataset, tr);
    expect(names.map((filter) => filter.name)).toEqual(["Type : Démenti"]);
  });

  it("keeps an unknown person or claim by its id rather than dropping it", () => {
    const filters = filtered({ people: ["ghost"], claim: "gone" });
    expect(activeFilters(filters, dataset, ENGLISH).map((filter) => filter.name)).toEqual([
      "Person: ghost",
      "Claim: gone",
    ]);
  });

  it("removes one value and leaves the rest, or the claim alone", () => {
    const filters = filtered({
      kinds: ["sighting", "denial"],
      claim: "romance",
      stances: ["supports"],
    });
    const [sighting, , claim] = activeFilters(filters, dataset, ENGLISH);
    expect(withoutFilter(filters, sighting!)).toEqual({ kinds: ["denial"] });
    expect(withoutFilter(filters, claim!)).toEqual({ claim: null });
  });
});
