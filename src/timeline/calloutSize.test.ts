import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributionChip, calloutHeightPx, chipRows, sourceChip } from "./calloutSize.ts";
import { propertyOptions } from "../test/property.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

describe("callout chips", () => {
  it("name the relay of relayed reporting", () => {
    expect(sourceChip({ outlet: "Lado.mx", relays: "People" }, ENGLISH)).toBe(
      "Lado.mx · via People",
    );
    expect(sourceChip({ outlet: "The Sun" }, ENGLISH)).toBe("The Sun");
  });

  it("name the speaker with the attribution", () => {
    expect(attributionChip({ speaker: "Tom Cruise", attribution: "on-record" }, ENGLISH)).toBe(
      "Tom Cruise · On the record",
    );
    expect(attributionChip({ speaker: null, attribution: "anonymous" }, ENGLISH)).toBe(
      "Anonymous source",
    );
  });
});

describe("calloutHeightPx", () => {
  it("puts short chips on one row and wraps long ones", () => {
    expect(chipRows(["Photo", "TMZ"], 6.6)).toBe(1);
    expect(chipRows(["Ana de Armas · On the record", "Internewscast · via People"], 6.6)).toBe(2);
    expect(chipRows([], 6.6)).toBe(0);
  });

  it("grows with every row of chips, so no chip is ever cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 60 }), { maxLength: 8 }),
        fc.double({ min: 4, max: 10, noNaN: true }),
        (chips, charPx) => {
          const more = [...chips, "An extra outlet · via Somebody"];
          expect(calloutHeightPx(more, charPx)).toBeGreaterThanOrEqual(
            calloutHeightPx(chips, charPx),
          );
          expect(chipRows(chips, charPx)).toBeLessThanOrEqual(chips.length);
        },
      ),
      propertyOptions(20250213),
    );
  });
});
