// parseEdtf on years before 1 and around zero (EDTF's year 0000 is 1 BCE).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, iso, parsed } from "../test/parsedEdtf.ts";
import { PROPERTY_RUNS } from "../test/edtfText.ts";

describe("parseEdtf: negative years", () => {
  /** A year as EDTF writes it: "-0044", "0000", "2025". */
  const asYear = (year: number) => (year < 0 ? "-" : "") + String(Math.abs(year)).padStart(4, "0");

  it("orders the years across zero: -0044 < -0001 < 0000 < 0001", () => {
    expect(parsed("-0001").end).toBe(parsed("0000").start);
    expect(parsed("0000").end).toBe(parsed("0001").start);
    expect(parsed("-0044").end).toBe(parsed("-0043").start);
    expect(parsed("-0044-12-31").end).toBe(parsed("-0043-01-01").start);
  });

  it("gives every year from -9999 to 9998 the span up to where the next one starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9998 }), (year) => {
        const date = parsed(asYear(year));
        const next = parsed(asYear(year + 1));
        expect(date.end).toBe(next.start);
        const days = (date.end - date.start) / 86_400_000;
        expect(days).toBe(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365);
        // The same instant JavaScript's own reading of an expanded ISO year gives.
        const expanded = `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
        expect(date.start).toBe(iso(`${expanded}-01-01`));
      }),
      PROPERTY_RUNS,
    );
  });

  it("reads intervals and open ends with negative years", () => {
    expect(parsed("-0044-03-15/0010")).toMatchObject({
      interval: true,
      start: iso("-000044-03-15"),
      end: iso("0011-01-01"),
      precision: "day",
    });
    expect(parsed("-0044/-0043")).toMatchObject({
      start: iso("-000044-01-01"),
      end: iso("-000042-01-01"),
      precision: "year",
    });
    expect(parsed("../-0044-03-15")).toMatchObject({
      openStart: true,
      start: iso("-000044-03-15"),
      end: iso("-000044-03-16"),
    });
    expect(parsed("-0044~/..")).toMatchObject({
      openEnd: true,
      start: iso("-000044-01-01"),
      approximate: true,
    });
  });

  it("has 366 days in the years divisible by 4, counted astronomically (-0044, 0000)", () => {
    for (const year of ["-0044", "-0004", "0000", "-0400"]) {
      expect(parsed(`${year}-02-29`).precision).toBe("day");
    }
    for (const year of ["-0043", "-0001", "-0100", "-0300"]) {
      expect(errorOf(`${year}-02-29`)).toBe(
        `"${year}-02-29" is not a valid date: February ${year} has 28 days`,
      );
    }
  });
});
