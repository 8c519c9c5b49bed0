import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propertyOptions } from "../test/property.ts";
import { calendarFormat } from "./calendarFormat.ts";

const at = (year: number, month = 0, day = 1) => new Date(0).setUTCFullYear(year, month, day);

describe("calendarFormat", () => {
  const english = calendarFormat("en-001");

  it("writes the shapes the timeline uses, in UTC", () => {
    const t = Date.UTC(2025, 1, 3, 7, 5);
    expect(english.format(t, "dayYear")).toBe("3 Feb 2025");
    expect(english.format(t, "monthLongYear")).toBe("February 2025");
    expect(english.format(t, "dayTime")).toBe("3 Feb, 07:05");
    expect(english.format(Date.UTC(2025, 8, 30, 23, 59), "time")).toBe("23:59");
  });

  it("names the era of years before 1000, so no year reads as another", () => {
    expect(english.format(at(0), "year")).toBe("1 BC");
    expect(english.format(at(-43, 2, 15), "dayYear")).toBe("15 Mar 44 BC");
    expect(english.format(at(50, 2, 1), "monthYear")).toBe("Mar 50 AD");
    expect(english.format(at(999, 11, 31), "year")).toBe("999 AD");
    expect(english.format(at(1000), "year")).toBe("1000");
    expect(calendarFormat("es").format(at(-43, 2, 15), "year")).toBe("44 a. C.");
  });

  it("agrees with Intl's UTC calendar for any instant, in any of our locales", () => {
    const locales = ["en-001", "es", "pt-BR", "fr", "de", "it", "ar"];
    fc.assert(
      fc.property(
        fc.integer({ min: at(1000), max: Date.UTC(2999, 11, 31) }),
        fc.constantFrom(...locales),
        (t, locale) => {
          const intl = new Intl.DateTimeFormat(locale, {
            timeZone: "UTC",
            year: "numeric",
            month: "long",
          });
          expect(calendarFormat(locale).format(t, "monthLongYear")).toBe(intl.format(t));
        },
      ),
      propertyOptions(20261130),
    );
  });
});
