import fc from "fast-check";
// @ts-expect-error -- the edtf package ships no type declarations; the part we use is typed below.
import untypedEdtf from "edtf";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "./edtf.ts";
import type { EdtfDate, EdtfPoint, Precision } from "./model.ts";
import { propertyOptions } from "../test/property.ts";

function parsed(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected ${text} to parse, got: ${result.error}`);
  return result.value;
}

function errorOf(text: string): string {
  const result = parseEdtf(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected`);
  return result.error;
}

/** Midnight UTC of an ISO date, read by Date.parse (expanded years: "-000044-03-15"). */
function iso(date: string): number {
  const ms = Date.parse(`${date}T00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Date.parse cannot read ${date}`);
  return ms;
}

const MINUTE = 60_000;
const SECOND = 1_000;

function point(
  start: number,
  end: number,
  precision: Precision,
  flags: Partial<Pick<EdtfPoint, "uncertain" | "approximate" | "offsetMinutes">> = {},
): EdtfPoint {
  return { start, end, precision, uncertain: false, approximate: false, ...flags };
}

describe("parseEdtf: single dates", () => {
  const cases: [string, EdtfPoint][] = [
    ["2025", point(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), "year")],
    ["2025-02", point(Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1), "month")],
    ["2024-02", point(Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1), "month")],
    ["2025-12", point(Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1), "month")],
    ["2025-02-13", point(Date.UTC(2025, 1, 13), Date.UTC(2025, 1, 14), "day")],
    ["2024-02-29", point(Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1), "day")],
    ["2025-12-31", point(Date.UTC(2025, 11, 31), Date.UTC(2026, 0, 1), "day")],
    [
      "2025-02-13T21:30Z",
      point(Date.UTC(2025, 1, 13, 21, 30), Date.UTC(2025, 1, 13, 21, 30) + MINUTE, "minute", {
        offsetMinutes: 0,
      }),
    ],
    [
      "2025-02-13T21:30:15Z",
      point(
        Date.UTC(2025, 1, 13, 21, 30, 15),
        Date.UTC(2025, 1, 13, 21, 30, 15) + SECOND,
        "second",
        { offsetMinutes: 0 },
      ),
    ],
    [
      "2025-02-13T21:30+01:00",
      point(Date.UTC(2025, 1, 13, 20, 30), Date.UTC(2025, 1, 13, 20, 30) + MINUTE, "minute", {
        offsetMinutes: 60,
      }),
    ],
    [
      "2025-02-13T21:30:15-05:00",
      point(Date.UTC(2025, 1, 14, 2, 30, 15), Date.UTC(2025, 1, 14, 2, 30, 15) + SECOND, "second", {
        offsetMinutes: -300,
      }),
    ],
    [
      "2025-02-13T21:30-12:00",
      point(Date.UTC(2025, 1, 14, 9, 30), Date.UTC(2025, 1, 14, 9, 31), "minute", {
        offsetMinutes: -720,
      }),
    ],
    [
      "2025-02-13T21:30+14:00",
      point(Date.UTC(2025, 1, 13, 7, 30), Date.UTC(2025, 1, 13, 7, 31), "minute", {
        offsetMinutes: 840,
      }),
    ],
    [
      "2025-02-13T00:15+05:30",
      point(Date.UTC(2025, 1, 12, 18, 45), Date.UTC(2025, 1, 12, 18, 46), "minute", {
        offsetMinutes: 330,
      }),
    ],
    ["2025?", point(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), "year", { uncertain: true })],
    ["2025-03~", point(Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1), "month", { approximate: true })],
    [
      "2025-02-13%",
      point(Date.UTC(2025, 1, 13), Date.UTC(2025, 1, 14), "day", {
        uncertain: true,
        approximate: true,
      }),
    ],
    // Date.UTC itself would read these years as 1900–1999, so the expectations use ISO strings.
    ["0000", point(Date.parse("0000-01-01T00:00Z"), Date.parse("0001-01-01T00:00Z"), "year")],
    ["0000-02-29", point(Date.parse("0000-02-29T00:00Z"), Date.parse("0000-03-01T00:00Z"), "day")],
    ["0050-03", point(Date.parse("0050-03-01T00:00Z"), Date.parse("0050-04-01T00:00Z"), "month")],
    ["0099", point(Date.parse("0099-01-01T00:00Z"), Date.parse("0100-01-01T00:00Z"), "year")],
    ["9999", point(Date.UTC(9999, 0, 1), Date.UTC(10000, 0, 1), "year")],
    // Negative years are astronomical (0000 = 1 BC, -0001 = 2 BC, -0044 = 45 BC), as in
    // ISO 8601's expanded years, which Date.parse reads ("-000044-03-15T00:00Z").
    ["-0044-03-15", point(iso("-000044-03-15"), iso("-000044-03-16"), "day")],
    ["-0044-03", point(iso("-000044-03-01"), iso("-000044-04-01"), "month")],
    ["-0044", point(iso("-000044-01-01"), iso("-000043-01-01"), "year")],
    ["-0001", point(iso("-000001-01-01"), iso("0000-01-01"), "year")],
    ["-0044-02-29", point(iso("-000044-02-29"), iso("-000044-03-01"), "day")],
    ["-0350", point(iso("-000350-01-01"), iso("-000349-01-01"), "year")],
    ["-9999-12-31", point(iso("-009999-12-31"), iso("-009998-01-01"), "day")],
    ["-0044?", point(iso("-000044-01-01"), iso("-000043-01-01"), "year", { uncertain: true })],
    [
      "-0044-03~",
      point(iso("-000044-03-01"), iso("-000044-04-01"), "month", { approximate: true }),
    ],
    [
      "-0044-03-15%",
      point(iso("-000044-03-15"), iso("-000044-03-16"), "day", {
        uncertain: true,
        approximate: true,
      }),
    ],
    [
      "-0044-03-15T12:30+01:00",
      point(Date.parse("-000044-03-15T11:30Z"), Date.parse("-000044-03-15T11:31Z"), "minute", {
        offsetMinutes: 60,
      }),
    ],
  ];

  it.each(cases)("%s", (text, expected) => {
    const date = parsed(text);
    expect(date).toEqual({
      text,
      interval: false,
      from: expected,
      to: expected,
      start: expected.start,
      end: expected.end,
      openStart: false,
      openEnd: false,
      precision: expected.precision,
      uncertain: expected.uncertain,
      approximate: expected.approximate,
    });
    expect(date.from).toBe(date.to);
  });
});

describe("parseEdtf: intervals", () => {
  it("2025-04-29/2025-05-03 covers both days in full", () => {
    const date = parsed("2025-04-29/2025-05-03");
    expect(date).toMatchObject({
      interval: true,
      start: Date.UTC(2025, 3, 29),
      end: Date.UTC(2025, 4, 4),
      openStart: false,
      openEnd: false,
      precision: "day",
      uncertain: false,
      approximate: false,
    });
    expect(date.from).toEqual(point(Date.UTC(2025, 3, 29), Date.UTC(2025, 3, 30), "day"));
    expect(date.to).toEqual(point(Date.UTC(2025, 4, 3), Date.UTC(2025, 4, 4), "day"));
  });

  it("../2025-02-20 is open at the start (on or before)", () => {
    const date = parsed("../2025-02-20");
    expect(date).toMatchObject({
      interval: true,
      from: null,
      start: Date.UTC(2025, 1, 20),
      end: Date.UTC(2025, 1, 21),
      openStart: true,
      openEnd: false,
      precision: "day",
    });
  });

  it("2025-07/.. is open at the end", () => {
    const date = parsed("2025-07/..");
    expect(date).toMatchObject({
      interval: true,
      to: null,
      start: Date.UTC(2025, 6, 1),
      end: Date.UTC(2025, 7, 1),
      openStart: false,
      openEnd: true,
      precision: "month",
    });
  });

  it("takes the finest precision and any qualifier of either side", () => {
    expect(parsed("2025~/2025-06-15")).toMatchObject({
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2025, 5, 16),
      precision: "day",
      uncertain: false,
      approximate: true,
    });
    expect(parsed("2025-02-13T21:30Z/2025-02-14?")).toMatchObject({
      start: Date.UTC(2025, 1, 13, 21, 30),
      end: Date.UTC(2025, 1, 15),
      precision: "minute",
      uncertain: true,
      approximate: false,
    });
    expect(parsed("../2025-02%")).toMatchObject({ uncertain: true, approximate: true });
  });

  it("accepts times on both sides, with different zones", () => {
    expect(parsed("2025-02-13T21:30Z/2025-02-13T23:00:30+01:00")).toMatchObject({
      start: Date.UTC(2025, 1, 13, 21, 30),
      end: Date.UTC(2025, 1, 13, 22, 0, 31),
      precision: "second",
    });
  });

  it("accepts equal and overlapping ends", () => {
    expect(parsed("2025-02-13/2025-02-13")).toMatchObject({
      start: Date.UTC(2025, 1, 13),
      end: Date.UTC(2025, 1, 14),
    });
    expect(parsed("2025-02-10/2025-02")).toMatchObject({
      start: Date.UTC(2025, 1, 10),
      end: Date.UTC(2025, 2, 1),
    });
    expect(parsed("2025/2025-03")).toMatchObject({
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2025, 3, 1),
    });
  });
});

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

describe("parseEdtf: errors", () => {
  const SUBSET =
    "is not an EDTF date in the supported subset (e.g. 2025, 2025-02, 2025-02-13, " +
    "2025-02-13T21:30Z, 2025-04-29/2025-05-03, ../2025-02-20, -0044-03-15)";

  const cases: [string, string][] = [
    ["2025-13", '"2025-13" is not a valid date: month 13 does not exist'],
    ["2025-00", '"2025-00" is not a valid date: month 00 does not exist'],
    ["2025-02-30", '"2025-02-30" is not a valid date: February 2025 has 28 days'],
    ["2023-02-29", '"2023-02-29" is not a valid date: February 2023 has 28 days'],
    ["1900-02-29", '"1900-02-29" is not a valid date: February 1900 has 28 days'],
    ["2025-04-31", '"2025-04-31" is not a valid date: April 2025 has 30 days'],
    ["2025-01-00", '"2025-01-00" is not a valid date: day 00 does not exist'],
    ["2025-02-13T24:00Z", '"2025-02-13T24:00Z" is not a valid date: hour 24 does not exist'],
    ["2025-02-13T21:60Z", '"2025-02-13T21:60Z" is not a valid date: minute 60 does not exist'],
    [
      "2025-02-13T21:30:60Z",
      '"2025-02-13T21:30:60Z" is not a valid date: second 60 does not exist',
    ],
    [
      "2025-05-03/2025-04-29",
      "interval ends are out of order: the end 2025-04-29 is before the start 2025-05-03",
    ],
    [
      "2025-02-14/2025-02-13T23:59Z",
      "interval ends are out of order: the end 2025-02-13T23:59Z is before the start 2025-02-14",
    ],
    ["2025-XX", 'unspecified digits ("X") are not supported'],
    ["20XX", 'unspecified digits ("X") are not supported'],
    ["2025-21", "seasons (21–41) are not supported"],
    ["2025-41", "seasons (21–41) are not supported"],
    ["2025-21/2025-22", "seasons (21–41) are not supported"],
    ["[2024,2025]", "sets ([..] / {..}) are not supported"],
    ["{2024..2025}", "sets ([..] / {..}) are not supported"],
    ["[..2025]", "sets ([..] / {..}) are not supported"],
    ["Y170000002", 'extended years ("Y…") are not supported'],
    ["Y-17E7", 'extended years ("Y…") are not supported'],
    ["2025/-2024", "interval ends are out of order: the end -2024 is before the start 2025"],
    ["-0043/-0044", "interval ends are out of order: the end -0044 is before the start -0043"],
    ["-0000", 'year "-0000" does not exist: year zero is 0000'],
    ["-0000-03-15", 'year "-0000" does not exist: year zero is 0000'],
    ["-10000", "years must have 4 digits (-9999 to 9999)"],
    ["-044", `"-044" ${SUBSET}`],
    ["--2025", `"--2025" ${SUBSET}`],
    ["-", `"-" ${SUBSET}`],
    ["-0044-3-15", `"-0044-3-15" ${SUBSET}`],
    ["-0044-13", '"-0044-13" is not a valid date: month 13 does not exist'],
    ["../..", 'open interval on both sides ("../..") is not supported'],
    ["", "empty date"],
    ["   ", "empty date"],
    ["2025-02-13T21:30Z?", "qualifier on a time is not supported"],
    ["2025-02-13T21:30:15+01:00~", "qualifier on a time is not supported"],
    [
      "2025-02-13T21:30",
      '"2025-02-13T21:30": a time needs a time zone, "Z" or an offset such as +01:00',
    ],
    [
      "2025-02-13T21:30:15",
      '"2025-02-13T21:30:15": a time needs a time zone, "Z" or an offset such as +01:00',
    ],
    ["2025-02-13T21:30+01", 'time zone offset "+01" must be written as ±HH:MM, e.g. +01:00'],
    ["2025-02-13T", `"2025-02-13T" ${SUBSET}`],
    ["2025-02-13T21:30+0100", 'time zone offset "+0100" must be written as ±HH:MM, e.g. +01:00'],
    [
      "2025-02-13T21:30+14:30",
      'time zone offset "+14:30" does not exist (offsets run from -12:00 to +14:00)',
    ],
    [
      "2025-02-13T21:30-12:30",
      'time zone offset "-12:30" does not exist (offsets run from -12:00 to +14:00)',
    ],
    ["2025-02T21:30Z", '"2025-02T21:30Z": a time needs a full date (YYYY-MM-DD)'],
    ["2025-02-13T21:30:15.5Z", "fractional seconds are not supported"],
    ["10000", "years must have 4 digits (-9999 to 9999)"],
    ["2025?-02", "a qualifier (?, ~ or %) is only supported once, at the end of a date"],
    ["?2025-02-13", "a qualifier (?, ~ or %) is only supported once, at the end of a date"],
    ["2025??", "a qualifier (?, ~ or %) is only supported once, at the end of a date"],
    ["/2025", 'unknown interval ends ("/2025") are not supported; write ".." for an open end'],
    ["2025/", 'unknown interval ends ("2025/") are not supported; write ".." for an open end'],
    ["hello", `"hello" ${SUBSET}`],
    ["2025-2-13", `"2025-2-13" ${SUBSET}`],
    ["25", `"25" ${SUBSET}`],
    [" 2025", `" 2025" ${SUBSET}`],
    ["2025-02-13/2025-02-14/2025-02-15", `"2025-02-13/2025-02-14/2025-02-15" ${SUBSET}`],
    ["2025-02-13/2025-2", `"2025-2" ${SUBSET}`],
    ["February 13, 2025", `"February 13, 2025" ${SUBSET}`],
    ["2025-02-13\n2025", `"2025-02-13\\n2025" ${SUBSET}`],
  ];

  it.each(cases)("%j", (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it("keeps long input short in messages", () => {
    expect(errorOf("x".repeat(500))).toBe(`"${"x".repeat(40)}…" ${SUBSET}`);
  });

  it("rejects non-string input from untyped callers without throwing", () => {
    for (const value of [undefined, null, 2025, {}, 10n]) {
      expect(parseEdtf(value as unknown as string)).toEqual({
        ok: false,
        error: "a date must be written as text",
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The edtf package (edtf.js) as an independent oracle for the bounds.
//
// How it lines up with us (read from node_modules/edtf/src/date.js and interval.js):
// - A date's `min` is its first instant and `max` its last millisecond (our end - 1),
//   except for dates with a time: those are "atomic", min === max === the instant written,
//   with no minute/second length. We compare their start and derive the end ourselves.
// - `precision` is 1/2/3 for year/month/day and 0 for anything with a time.
// - Qualifiers never change min/max; they show up as non-zero bitmasks.
// - An interval demands lower.min < upper.min and throws "invalid upper bound" otherwise,
//   so it rejects equal or overlapping ends ("2025/2025", "2025-02/2025") that we accept.
// - Open ends: min is -Infinity (../B) or max is Infinity (A/..).
// ---------------------------------------------------------------------------------------------

interface Bitmask {
  value: number;
}
interface OracleDate {
  min: number;
  max: number;
  precision: number;
  uncertain: Bitmask;
  approximate: Bitmask;
}
interface OracleInterval {
  min: number;
  max: number;
}
const oracle = untypedEdtf as (text: string) => OracleDate & OracleInterval;

const ORACLE_PRECISION: Record<Precision, number> = {
  year: 1,
  month: 2,
  day: 3,
  minute: 0,
  second: 0,
};

/** The oracle's end of one side, in our exclusive convention. */
function oracleEnd(side: string, date: OracleDate): number {
  if (date.precision > 0) return date.max + 1;
  return date.min + (/T\d\d:\d\d:\d\d/.test(side) ? SECOND : MINUTE);
}

function expectSideMatchesOracle(ours: EdtfPoint | null, side: string): void {
  expect(ours).not.toBeNull();
  if (!ours) return;
  const theirs = oracle(side);
  expect(ours.start).toBe(theirs.min);
  expect(ours.end).toBe(oracleEnd(side, theirs));
  expect(ORACLE_PRECISION[ours.precision]).toBe(theirs.precision);
  expect(ours.uncertain).toBe(theirs.uncertain.value !== 0);
  expect(ours.approximate).toBe(theirs.approximate.value !== 0);
}

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

const validText = fc.oneof(
  pointText,
  fc.tuple(pointText, pointText).map(([a, b]) => `${a}/${b}`),
  // Same year on both sides, so overlapping and out-of-order ends come up often.
  fc.tuple(pointText, pointText).map(([a, b]) => `${a}/${yearOf(a)}${b.slice(yearOf(b).length)}`),
  pointText.map((b) => `../${b}`),
  pointText.map((a) => `${a}/..`),
);

const PROPERTY_RUNS = propertyOptions(20250213, 500);

describe("parseEdtf against the edtf package", () => {
  it("agrees on bounds, precision and qualifiers", () => {
    fc.assert(
      fc.property(validText, (text) => {
        const ours = parseEdtf(text);
        const [first = "", second] = text.split("/");

        if (second === undefined) {
          expect(ours.ok).toBe(true);
          if (!ours.ok) return;
          expectSideMatchesOracle(ours.value.from, first);
          expect(ours.value.to).toBe(ours.value.from);
          return;
        }

        if (first === ".." || second === "..") {
          expect(ours.ok).toBe(true);
          if (!ours.ok) return;
          const whole = oracle(text);
          if (first === "..") {
            expectSideMatchesOracle(ours.value.to, second);
            expect(whole.min).toBe(-Infinity);
            expect(ours.value.start).toBe(oracle(second).min);
          } else {
            expectSideMatchesOracle(ours.value.from, first);
            expect(whole.max).toBe(Infinity);
            expect(ours.value.start).toBe(whole.min);
          }
          return;
        }

        const from = oracle(first);
        const to = oracle(second);
        // Ours: out of order only when the end lies wholly before the start.
        expect(ours.ok).toBe(oracleEnd(second, to) > from.min);
        if (from.min >= to.min) expect(() => oracle(text)).toThrow(/invalid upper bound/);
        if (!ours.ok) {
          expect(ours.error).toMatch(/^interval ends are out of order: /);
          return;
        }
        expectSideMatchesOracle(ours.value.from, first);
        expectSideMatchesOracle(ours.value.to, second);
        expect(ours.value.start).toBe(from.min);
        expect(ours.value.end).toBe(oracleEnd(second, to));
        if (from.min < to.min) expect(oracle(text).min).toBe(ours.value.start);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe("parseEdtf never throws", () => {
  function expectWellFormed(text: string): void {
    const result = parseEdtf(text);
    if (result.ok) {
      expect(result.value.text).toBe(text);
      expect(Number.isFinite(result.value.start)).toBe(true);
      expect(Number.isFinite(result.value.end)).toBe(true);
      expect(result.value.start).toBeLessThan(result.value.end);
    } else {
      expect(typeof result.error).toBe("string");
      expect(result.error.length).toBeGreaterThan(0);
      expect(result.error).not.toMatch(/[\n\r]/);
      // That message is the safety net for bugs in the parser; it must never be reached.
      expect(result.error).not.toMatch(/could not be read as a date$/);
    }
  }

  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string(), expectWellFormed), PROPERTY_RUNS);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), expectWellFormed),
      PROPERTY_RUNS,
    );
  });

  it("on strings made of EDTF characters", () => {
    const unit = fc.constantFrom(..."0123456789-/:.TZ+?~%X.Y[]{},S E".split(""));
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), expectWellFormed), PROPERTY_RUNS);
  });

  it("on mutated valid dates", () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("insert", "delete", "replace"),
      char: fc.oneof(
        fc.constantFrom(..."0123456789-/:TZ+?~%X.".split("")),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      ),
    });
    const mutated = fc
      .tuple(validText, fc.array(edit, { minLength: 1, maxLength: 4 }))
      .map(([text, edits]) =>
        edits.reduce((current, { at, kind, char }) => {
          const i = at % (current.length + 1);
          const rest = current.slice(kind === "insert" ? i : i + 1);
          return current.slice(0, i) + (kind === "delete" ? "" : char) + rest;
        }, text),
      );
    fc.assert(fc.property(mutated, expectWellFormed), PROPERTY_RUNS);
  });
});
