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

  it("keeps room for every line of who said it, and cuts no other chip's room", () => {
    const speaker = "Ana de Armas · Declaración pública";
    // Bold, it is wider than the callout at 6.1 px a character: it wraps onto two lines.
    expect(chipRows([speaker], 6.1)).toBe(2);
    expect(chipRows([speaker, "PerthNow (BANG Showbiz) · vía Women's Wear Daily"], 6.1)).toBe(3);
    // The same words as an outlet take one row: an outlet ends in an ellipsis instead.
    expect(chipRows(["TMZ", speaker], 6.1)).toBe(2);
    expect(calloutHeightPx([speaker], 6.1)).toBeGreaterThan(calloutHeightPx(["TMZ"], 6.1));
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
          // A row a chip at most, and the lines of who said it (the first chip).
          const first = chipRows(chips.slice(0, 1), charPx);
          expect(chipRows(chips, charPx)).toBeLessThanOrEqual(
            first + Math.max(0, chips.length - 1),
          );
        },
      ),
      propertyOptions(20250213),
    );
  });
});
