import { afterEach, describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { EdtfDate } from "../data/model.ts";
import { formatEdtf, formatEdtfShort, formatWithAltDates } from "./formatDate.ts";

function date(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`test date ${text} does not parse: ${result.error}`);
  return result.value;
}

// [written, formatEdtf, formatEdtfShort]
const CASES: [string, string, string][] = [
  ["2025", "2025", "2025"],
  ["2025-03", "March 2025", "Mar 2025"],
  ["2025-02-13", "13 Feb 2025", "13 Feb"],
  ["2025-02-13T21:30Z", "13 Feb 2025, 21:30 UTC", "13 Feb, 21:30"],
  ["2025-02-13T21:30:15Z", "13 Feb 2025, 21:30:15 UTC", "13 Feb, 21:30:15"],
  // A time reads as the clock did where it happened, with its offset in the long form.
  ["2025-02-13T21:30+01:00", "13 Feb 2025, 21:30 UTC+01:00", "13 Feb, 21:30"],
  ["2025-02-13T21:30-05:00", "13 Feb 2025, 21:30 UTC−05:00", "13 Feb, 21:30"],
  ["2025-02-13T23:30-12:00", "13 Feb 2025, 23:30 UTC−12:00", "13 Feb, 23:30"],
  ["2025-02-13T00:15+05:30", "13 Feb 2025, 00:15 UTC+05:30", "13 Feb, 00:15"],
  // Qualifiers.
  ["2025-03~", "c. March 2025", "c. Mar 2025"],
  ["2025-02-13?", "13 Feb 2025?", "13 Feb?"],
  ["2025-02-13%", "c. 13 Feb 2025?", "c. 13 Feb?"],
  ["2025?", "2025?", "2025?"],
  // Intervals, sharing what both ends share.
  ["2025-03-13/2025-03-14", "13–14 Mar 2025", "13–14 Mar"],
  ["2025-04-29/2025-05-03", "29 Apr – 3 May 2025", "29 Apr – 3 May"],
  ["2024-12-30/2025-01-02", "30 Dec 2024 – 2 Jan 2025", "30 Dec – 2 Jan"],
  ["2025-03/2025-05", "March–May 2025", "Mar–May 2025"],
  ["2024-11/2025-02", "November 2024 – February 2025", "Nov 2024 – Feb 2025"],
  ["2024/2025", "2024–2025", "2024–2025"],
  ["2025-02-13/2025-02-13", "13 Feb 2025", "13 Feb"],
  ["2025-02-13T21:30Z/2025-02-13T23:00Z", "13 Feb 2025, 21:30–23:00 UTC", "13 Feb, 21:30–23:00"],
  [
    "2025-02-13T21:30Z/2025-02-14T01:00Z",
    "13 Feb 2025, 21:30 – 14 Feb 2025, 01:00 UTC",
    "13 Feb, 21:30 – 14 Feb, 01:00",
  ],
  // Different precisions or qualified ends are written out in full.
  ["2025-02/2025-03-10", "February 2025 – 10 Mar 2025", "Feb 2025 – 10 Mar"],
  ["2025-04-29~/2025-05-03", "c. 29 Apr 2025 – 3 May 2025", "c. 29 Apr – 3 May"],
  ["2025-04-29/2025-05-03?", "29 Apr 2025 – 3 May 2025?", "29 Apr – 3 May?"],
  // Open ends.
  ["../2025-02-20", "on or before 20 Feb 2025", "by 20 Feb"],
  ["../2025-02-20~", "on or before c. 20 Feb 2025", "by c. 20 Feb"],
  ["2025-07/..", "from July 2025 on", "from Jul 2025"],
  ["2025-02-13T21:30Z/..", "from 13 Feb 2025, 21:30 UTC on", "from 13 Feb, 21:30"],
  // Years before 100 are not read as 19xx, and year 0 is not "year 1 BC".
  ["0050-03-01", "1 Mar 0050", "1 Mar"],
  ["0000", "0000", "0000"],
  ["9999-12-31", "31 Dec 9999", "31 Dec"],
];

describe("formatEdtf", () => {
  it.each(CASES)("%s → %s", (text, long) => {
    expect(formatEdtf(date(text))).toBe(long);
  });
});

describe("formatEdtfShort", () => {
  it.each(CASES)("%s → %s", (text, _long, short) => {
    expect(formatEdtfShort(date(text))).toBe(short);
  });
});

describe("formatWithAltDates", () => {
  it("adds one alternative", () => {
    expect(formatWithAltDates(date("2025-02-13"), [date("2025-02-14")])).toBe(
      "13 Feb 2025 (some reports: 14 Feb 2025)",
    );
  });

  it("joins several alternatives with “or”", () => {
    expect(
      formatWithAltDates(date("2025-02-13"), [
        date("2025-02-14"),
        date("2025-02-15?"),
        date("2025-02"),
      ]),
    ).toBe("13 Feb 2025 (some reports: 14 Feb 2025 or 15 Feb 2025? or February 2025)");
  });

  it("is the plain date without alternatives", () => {
    expect(formatWithAltDates(date("2025-02-13"), [])).toBe("13 Feb 2025");
  });
});

describe("time zone independence", () => {
  const original = process.env["TZ"];
  afterEach(() => {
    if (original === undefined) delete process.env["TZ"];
    else process.env["TZ"] = original;
  });

  // Far east and west of UTC, a half-hour zone, and São Paulo, whose clocks used to jump
  // at midnight (2018-11-04 00:00 did not exist there).
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "America/Sao_Paulo"])(
    "formats the same in %s",
    (zone) => {
      const texts = [...CASES.map(([text]) => text), "2018-11-04", "2018-11-04T00:30Z"];
      process.env["TZ"] = "UTC";
      const inUtc = texts.map((text) => [formatEdtf(date(text)), formatEdtfShort(date(text))]);
      process.env["TZ"] = zone;
      // Guard against a runtime that ignores TZ changes, which would make this test vacuous.
      expect(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset()).not.toBe(0);
      const inZone = texts.map((text) => [formatEdtf(date(text)), formatEdtfShort(date(text))]);
      expect(inZone).toEqual(inUtc);
    },
  );
});
