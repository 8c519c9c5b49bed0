import { afterEach, describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { EdtfDate } from "../data/model.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

import { createDateFormat } from "./formatDate.ts";

const { long: formatEdtf, short: formatEdtfShort, withAlts: formatWithAltDates } = ENGLISH.dates;

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
  ["2025-04-29/2025-05-03", "29 Apr – 3 May 2025", "29 Apr – 3 May"],
  ["2024-12-30/2025-01-02", "30 Dec 2024 – 2 Jan 2025", "30 Dec 2024 – 2 Jan 2025"],
  ["2025-03/2025-05", "March – May 2025", "Mar – May 2025"],
  ["2024-11/2025-02", "November 2024 – February 2025", "Nov 2024 – Feb 2025"],
  ["2024/2025", "2024–2025", "2024–2025"],
  ["2025-02-13/2025-02-13", "13 Feb 2025", "13 Feb"],
  ["2025-02-13T21:30Z/2025-02-13T23:00Z", "13 Feb 2025, 21:30–23:00 UTC", "13 Feb, 21:30–23:00"],
  [
    "2025-02-13T21:30Z/2025-02-14T01:00Z",
    "13 Feb 2025, 21:30 – 14 Feb 2025, 01:00 UTC",
    "13 Feb, 21:30 – 14 Feb, 01:00",
  ],
  // Different precisions, or ends qualified differently, are written out in full.
  ["2025-02/2025-03-10", "February 2025 – 10 Mar 2025", "Feb 2025 – 10 Mar"],
  ["2025-04-29~/2025-05-03", "c. 29 Apr 2025 – 3 May 2025", "c. 29 Apr – 3 May"],
  ["2025-04-29/2025-05-03?", "29 Apr 2025 – 3 May 2025?", "29 Apr – 3 May?"],
  ["2025-05-22~/2025-05-23?", "c. 22 May 2025 – 23 May 2025?", "c. 22 May – 23 May?"],
  // Ends qualified alike share their qualifiers, written once.
  ["2025-05-22~/2025-05-23~", "c. 22–23 May 2025", "c. 22–23 May"],
  ["2025-05-22?/2025-05-23?", "22–23 May 2025?", "22–23 May?"],
  ["2025-05-22%/2025-05-23%", "c. 22–23 May 2025?", "c. 22–23 May?"],
  ["2025-04-29~/2025-05-03~", "c. 29 Apr – 3 May 2025", "c. 29 Apr – 3 May"],
  ["2025-03~/2025-05~", "c. March – May 2025", "c. Mar – May 2025"],
  // Open ends.
  ["../2025-02-20", "on or before 20 Feb 2025", "by 20 Feb"],
  ["../2025-02-20~", "on or before c. 20 Feb 2025", "by c. 20 Feb"],
  ["2025-07/..", "from July 2025 on", "from Jul 2025"],
  ["2025-02-13T21:30Z/..", "from 13 Feb 2025, 21:30 UTC on", "from 13 Feb, 21:30"],
  // Years before 1000 carry their era, so 50 is not read as 1950; year 0 is 1 BC.
  ["0050-03-01", "1 Mar 50 AD", "1 Mar"],
  ["0000", "1 BC", "1 BC"],
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
    ).toBe("13 Feb 2025 (some reports: 14 Feb 2025, 15 Feb 2025? or February 2025)");
  });

  it("is the plain date without alternatives", () => {
    expect(formatWithAltDates(date("2025-02-13"), [])).toBe("13 Feb 2025");
  });
});

describe("in every interface language", () => {
  // Intl is the oracle: the calendar part of every date is exactly what Intl writes in
  // UTC; only the qualifiers come from the catalog.
  const words = {
    approximate: "~{date}",
    uncertain: "{date}?",
    onOrBefore: "<={date}",
    by: "<{date}",
    fromOn: ">={date}",
    from: ">{date}",
    someReports: "{date} [{alternatives}]",
  };
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
  const DAY_YEAR = { day: "numeric", month: "short", year: "numeric" } as const;

  it.each(["es", "pt-BR", "fr", "de", "it", "ar"])(
    "writes %s dates, ranges and qualifiers as Intl does",
    (locale) => {
      const dates = createDateFormat(locale, words);
      const day = Date.UTC(2025, 1, 13);
      expect(dates.long(date("2025-02-13"))).toBe(intl(locale, DAY_YEAR).format(day));
      expect(dates.long(date("2025-03"))).toBe(
        intl(locale, { month: "long", year: "numeric" }).format(Date.UTC(2025, 2, 1)),
      );
      expect(dates.long(date("2025-04-29/2025-05-03"))).toBe(
        intl(locale, DAY_YEAR).formatRange(Date.UTC(2025, 3, 29), Date.UTC(2025, 4, 3)),
      );
      expect(dates.long(date("2025-02-13~"))).toBe(`~${intl(locale, DAY_YEAR).format(day)}`);
      expect(dates.long(date("../2025-02-13"))).toBe(`<=${intl(locale, DAY_YEAR).format(day)}`);
      expect(dates.withAlts(date("2025-02-13"), [date("2025-02-14"), date("2025-02-15")])).toBe(
        `${intl(locale, DAY_YEAR).format(day)} [${new Intl.ListFormat(locale, {
          type: "disjunction",
        }).format(
          [Date.UTC(2025, 1, 14), Date.UTC(2025, 1, 15)].map((ms) =>
            intl(locale, DAY_YEAR).format(ms),
          ),
        )}]`,
      );
    },
  );

  it("writes the Spanish range the way Spanish readers expect", () => {
    expect(createDateFormat("es", words).long(date("2025-04-29/2025-05-03"))).toBe(
      "29 abr\u2009–\u20093 may 2025",
    );
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
