// How many characters a short date takes in the reader's language, without writing it:
// label widths are estimated for every event at every zoom level (markLabel.ts), too many
// dates to format. Each language's widest month and its qualifier words ("c.", "aprox.",
// "hasta") are measured instead, so that a Spanish label keeps room for "aprox. 27 jul".
import type { EdtfPoint, Precision } from "../data/model.ts";
import { needsEra } from "./calendarFormat.ts";
import type { DateFormat } from "./formatDate.ts";

export interface DateChars {
  /** At least the characters of the point's short form: "13 Feb" 6, "aprox. 28 sept" 14. */
  point(at: EdtfPoint): number;
  /** What "by {date}" and "from {date}" add to the date. */
  readonly by: number;
  readonly from: number;
}

export function dateCharsOf({ words, shortPoint }: DateFormat): DateChars {
  const extra = (template: string) => template.length - "{date}".length;
  // Measured on first need: a pattern's formatter costs more than a small dataset's dates.
  const widest: Record<string, number> = {};
  // Day 28 of each month: two digits, and the longest month name. Times are written with
  // two-digit hours (h23), so midnight is as wide as any. A year before 1000 has its era.
  const widestOf = (precision: Precision, year: number) =>
    (widest[precision + year] ??= Math.max(
      ...Array.from({ length: 12 }, (_, month) => {
        const start = new Date(0).setUTCFullYear(year, month, 28);
        return shortPoint({ start, end: start, precision, uncertain: false, approximate: false })
          .length;
      }),
    ));
  return {
    point: (at) =>
      widestOf(at.precision, needsEra(at.start) ? -999 : 2000) +
      (at.approximate ? extra(words.approximate) : 0) +
      (at.uncertain ? extra(words.uncertain) : 0),
    by: extra(words.by),
    from: extra(words.from),
  };
}
