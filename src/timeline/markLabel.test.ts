import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import { arbitraryEdtf } from "../data/convert/arbitraryDataset.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

const formatEdtfShort = ENGLISH.dates.short;
import { dateLabelChars, DEFAULT_CHAR_PX, LABEL_MAX_PX, labelWidthPx } from "./markLabel.ts";
import { propertyOptions } from "../test/property.ts";

function date(text: string) {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("dateLabelChars", () => {
  it("is never shorter than the date the label shows", () => {
    fc.assert(
      fc.property(arbitraryEdtf(), (text) => {
        const parsed = parseEdtf(text);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        expect(dateLabelChars(parsed.value)).toBeGreaterThanOrEqual(
          formatEdtfShort(parsed.value).length,
        );
      }),
      propertyOptions(20250213, 500),
    );
  });

  it("stays close to it, so that labels do not waste the room they keep", () => {
    for (const text of ["2025-02-13", "2025-03", "2025", "../2025-02-20", "2025-02-17~"]) {
      const value = date(text);
      expect(dateLabelChars(value) - formatEdtfShort(value).length, text).toBeLessThanOrEqual(4);
    }
  });
});

describe("labelWidthPx", () => {
  it("grows with the title and the character width, up to a cap", () => {
    const day = date("2025-02-13");
    expect(labelWidthPx(day, "Soho dinner")).toBeLessThan(labelWidthPx(day, "Soho dinner, later"));
    expect(labelWidthPx(day, "Soho dinner", 7)).toBeGreaterThan(
      labelWidthPx(day, "Soho dinner", DEFAULT_CHAR_PX),
    );
    expect(labelWidthPx(day, "x".repeat(500))).toBe(LABEL_MAX_PX);
  });
});
