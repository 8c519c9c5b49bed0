// TimelineJS dates to EDTF: precision from the fields present, end dates as intervals,
// negative years as TimelineJS shows them, and everything a date cannot carry reported.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "../edtf.ts";
import { propertyOptions } from "../../test/property.ts";
import { convert, event, expectValid, LINK } from "../../test/timelineJsInput.ts";

describe("timelineJsToDataset: dates", () => {
  it("takes the precision from the fields present", () => {
    const result = convert([
      event({ year: 2025 }),
      event({ year: 2025, month: 2 }),
      event({ year: "2025", month: "2", day: "13" }),
      event({ year: 2025, month: 2, day: 13, hour: 21, minute: 30 }),
      event({ year: 2025, month: 2, day: 13, hour: 9 }),
      event({ year: 2025, month: 2, day: 13, hour: 21, minute: 30, second: 5 }),
      event({ year: 812, month: 12, day: 25 }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.events.map((e) => e.date)).toEqual([
      "2025",
      "2025-02",
      "2025-02-13",
      "2025-02-13T21:30Z",
      "2025-02-13T09:00Z",
      "2025-02-13T21:30:05Z",
      "0812-12-25",
    ]);
    expect(result.notes).toContain("times were taken as UTC (TimelineJS stores no time zone)");
    expectValid(result.dataset);
  });

  it("makes an end date into an interval", () => {
    const result = convert([
      event({ year: 2025, month: 4, day: 29 }, { end_date: { year: 2025, month: 5, day: 3 } }),
      event({ year: 2025, month: 7 }, { end_date: { year: 2025, month: 7 } }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.events.map((e) => e.date)).toEqual(["2025-04-29/2025-05-03", "2025-07"]);
  });

  it("reads a negative year as TimelineJS shows it: -44 is 44 BCE, EDTF's -0043", () => {
    const result = convert([
      event({ year: -44, month: 3, day: 15 }),
      event({ year: -1 }),
      event({ year: -500, month: 6 }),
      event({ year: "-10000" }),
      event({ year: -44 }, { end_date: { year: 10 } }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.events.map((e) => e.date)).toEqual([
      "-0043-03-15",
      "0000",
      "-0499-06",
      "-9999",
      "-0043/0010",
    ]);
    expect(result.notes.filter((note) => note.startsWith("negative years were read"))).toEqual([
      'negative years were read as TimelineJS shows them: year -44 ("44 BCE") became -0043, as EDTF counts 0000 as 1 BCE and -0001 as 2 BCE',
    ]);
    expectValid(result.dataset);
  });

  it('takes year 0, which TimelineJS shows as "0", as 1 BCE and reports it', () => {
    const result = convert([event({ year: 0, month: 7 })]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          'start_date: year 0 is no year of BCE/CE (TimelineJS shows it as "0", between 1 BCE and 1): taken as 1 BCE (0000); check it',
      },
    ]);
    expect(result.dataset.events.map((e) => e.date)).toEqual(["0000-07"]);
  });

  it("reports years before 10000 BCE and leap days that EDTF's year does not have", () => {
    const result = convert([
      event({ year: -10001 }),
      event({ year: -44, month: 2, day: 29 }),
      event({ year: -45, month: 2, day: 29 }),
    ]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          "start_date: year -10001 (10001 BCE) is before 10000 BCE: outside format v1; left out",
      },
      {
        index: 1,
        message:
          'start_date: "-0043-02-29" is not a valid date: February -0043 has 28 days; left out',
      },
    ]);
    expect(result.dataset.events.map((e) => e.date)).toEqual(["-0044-02-29"]);
  });

  it("keeps the labels TimelineJS shows, and the order of the years (property)", () => {
    // TimelineJS's label for a year (Language.formatJSDate) and the BCE/CE label of an EDTF
    // year, counted astronomically as ISO 8601 does (0000 is 1 BCE).
    const timelineJsLabel = (year: number) => (year < 0 ? `${-year} BCE` : `${year}`);
    const edtfLabel = (year: number) => (year <= 0 ? `${1 - year} BCE` : `${year}`);
    const years = fc.integer({ min: -10_000, max: 9999 }).filter((year) => year !== 0);
    fc.assert(
      fc.property(years, years, (a, b) => {
        const [first, second] = convert([event({ year: a }), event({ year: b })]).dataset.events;
        expect(edtfLabel(Number(first?.date))).toBe(timelineJsLabel(a));
        expect(edtfLabel(Number(second?.date))).toBe(timelineJsLabel(b));
        const start = (text = "") => {
          const parsed = parseEdtf(text);
          return parsed.ok ? parsed.value.start : NaN;
        };
        expect(Math.sign(start(first?.date) - start(second?.date))).toBe(Math.sign(a - b));
      }),
      propertyOptions(20250213, 200),
    );
  });

  it("reports impossible, missing and partial dates", () => {
    const result = convert([
      event({ year: 2025, month: 2, day: 30 }),
      { text: { headline: "No date", text: LINK } },
      event({ month: 2 }),
      event({ year: "2025 AD" }),
      event({ year: 12025 }),
      event({ year: 2025, month: 5 }, { end_date: { year: 2025, month: 4 } }),
      event({ year: 2025, day: 3 }),
      event({ year: 2025, month: 1, day: 2, hour: 3, minute: 4, second: 5, millisecond: 600 }),
    ]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          'start_date: "2025-02-30" is not a valid date: February 2025 has 28 days; left out',
      },
      { index: 1, message: "start_date: is missing; left out" },
      { index: 2, message: "start_date: has no year; left out" },
      { index: 3, message: 'start_date: year "2025 AD" is not a whole number; left out' },
      { index: 4, message: "start_date: year 12025 is past 9999: outside format v1; left out" },
      {
        index: 5,
        message:
          "end_date: interval ends are out of order: the end 2025-04 is before the start 2025-05; the event keeps its start date 2025-05",
      },
      { index: 6, message: "start_date: day without the larger units is not carried" },
      {
        index: 7,
        message: "start_date: millisecond 600 is not carried (format v1 stops at seconds)",
      },
    ]);
    expect(result.dataset.events.map((e) => e.date)).toEqual([
      "2025-05",
      "2025",
      "2025-01-02T03:04:05Z",
    ]);
  });
});
