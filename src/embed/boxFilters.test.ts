import { describe, expect, it } from "vitest";
import { boxFilterLine } from "./boxFilters.ts";
import { EMPTY_FILTERS, type Filters } from "../timeline/filters.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { createTranslator } from "../i18n/translator.ts";
import arabic from "../i18n/catalogs/ar.ts";
import { dataset } from "../test/filtersFixture.ts";

const filtered = (changes: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...changes });
const total = dataset.events.length;

describe("boxFilterLine", () => {
  it("says nothing when the box shows the whole story", () => {
    const view = { filters: EMPTY_FILTERS, shown: total, searchField: false };
    expect(boxFilterLine(view, dataset, ENGLISH)).toBeNull();
    const blank = { filters: filtered({ query: "   " }), shown: total, searchField: false };
    expect(boxFilterLine(blank, dataset, ENGLISH)).toBeNull();
  });

  it("gives the count against the whole story, then each filter the snippet set", () => {
    const filters = filtered({ kinds: ["statement"], people: ["tom"], query: " helicopter " });
    expect(boxFilterLine({ filters, shown: 1, searchField: false }, dataset, ENGLISH)).toBe(
      `Showing 1 of ${total} events · Kind: Statement · Person: Tom Cruise · Search: helicopter`,
    );
  });

  it("gives a facet's values once, as the alternatives they are", () => {
    const filters = filtered({ kinds: ["statement", "denial"], people: ["tom", "ana"] });
    expect(boxFilterLine({ filters, shown: 3, searchField: false }, dataset, ENGLISH)).toBe(
      `Showing 3 of ${total} events · Kind: Statement or Denial · Person: Tom Cruise or Ana de Armas`,
    );
  });

  it("leaves the reader's own search to the box's search field, but counts its result", () => {
    const searching = filtered({ query: "London" });
    expect(
      boxFilterLine({ filters: searching, shown: 2, searchField: true }, dataset, ENGLISH),
    ).toBe(`Showing 2 of ${total} events`);
    const both = filtered({ kinds: ["denial"], query: "London" });
    expect(boxFilterLine({ filters: both, shown: 0, searchField: true }, dataset, ENGLISH)).toBe(
      `Showing 0 of ${total} events · Kind: Denial`,
    );
  });

  it("speaks the reader's language, plural forms and digits included", () => {
    const tr = createTranslator("ar", arabic);
    const line = boxFilterLine(
      { filters: filtered({ kinds: ["denial"] }), shown: 1, searchField: false },
      dataset,
      tr,
    );
    expect(line).toContain(tr.number(total));
    expect(line).toContain(
      tr.t("filters.chip", { facet: tr.t("filters.kind"), value: tr.t("kind.denial") }),
    );
    expect(line).not.toMatch(/Showing|Kind/);
  });
});
