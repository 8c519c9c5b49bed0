// parseEdtf's refusals: each names what is wrong in one line, and never throws.
import { describe, expect, it } from "vitest";
import { parseEdtf } from "./edtf.ts";
import { errorOf } from "../test/parsedEdtf.ts";

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
