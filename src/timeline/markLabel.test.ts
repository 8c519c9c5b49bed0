import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import { arbitraryEdtf } from "../data/convert/arbitraryDataset.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { LANGUAGES } from "../i18n/languages.ts";
import { loadTranslator } from "../i18n/loadTranslator.ts";
import { dateCharsOf } from "./dateChars.ts";
import {
  BOLD_RATIO,
  dateLabelChars,
  DEFAULT_CHAR_PX,
  LABEL_MAX_PX,
  labelWidthPx,
} from "./markLabel.ts";
import { propertyOptions } from "../test/property.ts";

const translators = await Promise.all(LANGUAGES.map(loadTranslator));
const english = dateCharsOf(ENGLISH.dates);

function date(text: string) {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("dateLabelChars", () => {
  it.each(translators.map((tr) => [tr.language, tr] as const))(
    "is never shorter than the date the label shows (%s)",
    (_, tr) => {
      const chars = dateCharsOf(tr.dates);
      fc.assert(
        fc.property(arbitraryEdtf(), (text) => {
          const parsed = parseEdtf(text);
          fc.pre(parsed.ok);
          if (!parsed.ok) return;
          expect(dateLabelChars(parsed.value, chars)).toBeGreaterThanOrEqual(
            tr.dates.short(parsed.value).length,
          );
        }),
        propertyOptions(20250213, 300),
      );
    },
  );

  it.each(translators.map((tr) => [tr.language, tr] as const))(
    "stays close to it, so that labels do not waste the room they keep (%s)",
    (_, tr) => {
      const chars = dateCharsOf(tr.dates);
      for (const text of ["2025-02-13", "2025-03", "2025", "../2025-02-20", "2025-07-27~"]) {
        const value = date(text);
        const written = tr.dates.short(value);
        expect(dateLabelChars(value, chars) - written.length, written).toBeLessThanOrEqual(4);
      }
    },
  );

  it("counts each language's own words: Spanish 'aprox.' is longer than English 'c.'", async () => {
    const spanish = dateCharsOf((await loadTranslator("es")).dates);
    const approximate = date("2025-07-27~");
    // The widest month stands for all, and the bold date is counted wider.
    expect(dateLabelChars(approximate, spanish)).toBe(
      Math.ceil("aprox. 28 sept".length * BOLD_RATIO),
    );
    expect(dateLabelChars(approximate, english)).toBe(Math.ceil("c. 28 Sept".length * BOLD_RATIO));
  });
});

describe("labelWidthPx", () => {
  it("grows with the title and the character width, up to a cap", () => {
    const day = date("2025-02-13");
    expect(labelWidthPx(day, "Soho dinner", english)).toBeLessThan(
      labelWidthPx(day, "Soho dinner, later", english),
    );
    expect(labelWidthPx(day, "Soho dinner", english, 7)).toBeGreaterThan(
      labelWidthPx(day, "Soho dinner", english, DEFAULT_CHAR_PX),
    );
    expect(labelWidthPx(day, "x".repeat(500), english)).toBe(LABEL_MAX_PX);
  });
});
