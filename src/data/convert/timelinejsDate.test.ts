// TimelineJS dates to EDTF: precision from the fields present, end dates as intervals, and
// everything a date cannot carry reported.
import { describe, expect, it } from "vitest";
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

  it("reports a negative year and leaves that event out", () => {
    const result = convert([event({ year: -500 }), event({ year: 2025 })]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          "start_date: year -500 is negative: dates before the year 0 are outside format v1; left out",
      },
    ]);
    expect(result.dataset.events.map((e) => e.date)).toEqual(["2025"]);
    expectValid(result.dataset);
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
