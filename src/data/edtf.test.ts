// parseEdtf on single dates: each precision's bounds, time zones and qualifiers. Intervals,
// negative years, errors and the property tests are in the edtf.*.test.ts beside this file.
import { describe, expect, it } from "vitest";
import type { EdtfPoint } from "./model.ts";
import { MINUTE, SECOND, iso, parsed, point } from "../test/parsedEdtf.ts";

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
