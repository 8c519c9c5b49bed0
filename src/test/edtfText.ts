// Generated EDTF text for the parser's property tests: single dates of every precision and
// qualifier, bounded and open intervals, and intervals whose ends share a year so that
// overlapping and out-of-order ends come up often. All of it is text the edtf package (the
// oracle in edtf.oracle.test.ts) reads too.
import fc from "fast-check";
import type { Precision } from "../data/model.ts";
import { propertyOptions } from "./property.ts";

function daysIn(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** A year as EDTF writes it: four digits, and a minus before negative ones ("-0044"). */
const yearText = (year: number): string => (year < 0 ? "-" : "") + pad(Math.abs(year), 4);

/** The year of a generated side, sign included. */
const yearOf = (side: string): string => /^-?\d{4}/.exec(side)?.[0] ?? "";

const pointText = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 1000, max: 2999 }),
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: -9999, max: 99 }),
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom<Precision>("year", "month", "day", "minute", "second"),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    // The oracle only knows offsets from -12:00 to +14:00 and refuses "-00:00".
    zone: fc.constantFrom(
      ..."Z +00:00 +01:00 -05:00 +05:30 +05:45 -03:30 -09:30 +12:45 +14:00 -12:00".split(" "),
    ),
    qualifier: fc.constantFrom("", "?", "~", "%"),
  })
  .map((p) => {
    const day = Math.min(p.day, daysIn(p.year, p.month));
    const date = [yearText(p.year), pad(p.month), pad(day)];
    switch (p.precision) {
      case "year":
        return date[0] + p.qualifier;
      case "month":
        return date.slice(0, 2).join("-") + p.qualifier;
      case "day":
        return date.join("-") + p.qualifier;
      case "minute":
        return `${date.join("-")}T${pad(p.hour)}:${pad(p.minute)}${p.zone}`;
      case "second":
        return `${date.join("-")}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${p.zone}`;
    }
  });

export const validText = fc.oneof(
  pointText,
  fc.tuple(pointText, pointText).map(([a, b]) => `${a}/${b}`),
  // Same year on both sides, so overlapping and out-of-order ends come up often.
  fc.tuple(pointText, pointText).map(([a, b]) => `${a}/${yearOf(a)}${b.slice(yearOf(b).length)}`),
  pointText.map((b) => `../${b}`),
  pointText.map((a) => `${a}/..`),
);

/** The EDTF parser's property tests all run this many cases from this seed. */
export const PROPERTY_RUNS = propertyOptions(20250213, 500);
