// Human display of parsed EDTF dates, in the reader's language. Dates are UTC milliseconds
// and are shown in UTC, whatever time zone the reader's machine is in; Intl writes the
// calendar, the catalog writes the qualifiers ("c.", "on or before").

import { fill } from "../i18n/fill.ts";
import type { EdtfDate, EdtfPoint } from "../data/model.ts";
import { calendarFormat, type CalendarFormat, type CalendarPattern } from "./calendarFormat.ts";

/** The words around a date, each a template with `{date}` (and `{alternatives}`). */
export interface DateWords {
  /** "c. {date}" */
  approximate: string;
  /** "{date}?" */
  uncertain: string;
  /** "on or before {date}" */
  onOrBefore: string;
  /** The short form: "by {date}" */
  by: string;
  /** "from {date} on" */
  fromOn: string;
  /** The short form: "from {date}" */
  from: string;
  /** "{date} (some reports: {alternatives})" */
  someReports: string;
}

export interface DateFormat {
  readonly calendar: CalendarFormat;
  readonly words: DateWords;
  /** One point, compact: "13 Feb", "c. Mar 2025". */
  shortPoint(at: EdtfPoint): string;
  /** As written, at its precision: "2025", "March 2025", "13 Feb 2025", "29 Apr – 3 May 2025". */
  long(date: EdtfDate): string;
  /** Compact, for tick-like spaces: "2025", "Mar 2025", "13 Feb", "13–14 Mar". */
  short(date: EdtfDate): string;
  /** "13 Feb 2025 (some reports: 14 Feb 2025 or 15 Feb 2025)". */
  withAlts(date: EdtfDate, alts: readonly EdtfDate[]): string;
}

type Style = "long" | "short";

const PATTERNS: Record<
  Style,
  Record<"year" | "month" | "day" | "time" | "seconds", CalendarPattern>
> = {
  long: {
    year: "year",
    month: "monthLongYear",
    day: "dayYear",
    time: "dayYearTime",
    seconds: "dayYearTimeSeconds",
  },
  short: {
    year: "year",
    month: "monthYear",
    day: "day",
    time: "dayTime",
    seconds: "dayTimeSeconds",
  },
};

export function createDateFormat(locale: string, words: DateWords): DateFormat {
  const calendar = calendarFormat(locale);
  const alternatives = new Intl.ListFormat(locale, { type: "disjunction" });

  function patternOf(point: EdtfPoint, style: Style): CalendarPattern {
    const patterns = PATTERNS[style];
    if (point.precision === "minute") return patterns.time;
    if (point.precision === "second") return patterns.seconds;
    return patterns[point.precision];
  }

  /** The qualifiers `at` carries, around `text` (which `at` alone, or a range, wrote). */
  function qualify(text: string, at: EdtfPoint): string {
    const approximate = at.approximate ? fill(words.approximate, { date: text }) : text;
    return at.uncertain ? fill(words.uncertain, { date: approximate }) : approximate;
  }

  function point(at: EdtfPoint, style: Style): string {
    const hasTime = at.precision === "minute" || at.precision === "second";
    const text = calendar.format(wallTime(at), patternOf(at, style));
    return qualify(hasTime ? text + zone(at, style) : text, at);
  }

  function range(from: EdtfPoint, to: EdtfPoint, style: Style): string {
    if (from.start === to.start && from.end === to.end) return point(from, style);
    // Thin spaces around the dash, as Intl writes its own ranges.
    const both = `${point(from, style)}\u2009–\u2009${point(to, style)}`;
    // A qualifier on one end stays on that end: letting Intl share parts would smear it
    // over both. Ends that carry the same ones share them, written once ("c. 22–23 May"
    // rather than "c. 22 May – c. 23 May", which took two lines of a plot label).
    const sameQualifiers = from.approximate === to.approximate && from.uncertain === to.uncertain;
    if (!sameQualifiers || from.precision !== to.precision) return both;
    const hasTime = from.precision === "minute" || from.precision === "second";
    // Times name the zone once, at the end, and only when both ends share it.
    if (hasTime && (from.offsetMinutes ?? 0) !== (to.offsetMinutes ?? 0)) return both;
    const text = calendar.formatRange(wallTime(from), wallTime(to), patternOf(from, style));
    return qualify(hasTime ? text + zone(to, style) : text, from);
  }

  function format(date: EdtfDate, style: Style): string {
    const { from, to } = date;
    if (from && to) return from === to ? point(from, style) : range(from, to, style);
    if (to) return fill(style === "long" ? words.onOrBefore : words.by, { date: point(to, style) });
    if (from)
      return fill(style === "long" ? words.fromOn : words.from, { date: point(from, style) });
    // Not produced by parseEdtf; show what was written rather than nothing.
    return date.text;
  }

  return {
    calendar,
    words,
    shortPoint: (at) => point(at, "short"),
    long: (date) => format(date, "long"),
    short: (date) => format(date, "short"),
    withAlts(date, alts) {
      const main = format(date, "long");
      if (alts.length === 0) return main;
      const others = alternatives.format(alts.map((alt) => format(alt, "long")));
      return fill(words.someReports, { date: main, alternatives: others });
    },
  };
}

/**
 * The instant as the clock read where it happened: UTC moved by the offset the dataset
 * wrote (`23:30-12:00` stays 23:30 on the 13th, not 11:30 on the 14th). Order and
 * position on the timeline stay by instant; only what is written follows the clock.
 */
function wallTime(point: EdtfPoint): number {
  return point.start + (point.offsetMinutes ?? 0) * 60_000;
}

/** The offset, named in the long form only: " UTC", " UTC−12:00", " UTC+05:30". */
function zone(point: EdtfPoint, style: Style): string {
  if (style !== "long") return "";
  const offset = point.offsetMinutes ?? 0;
  if (offset === 0) return " UTC";
  const size = Math.abs(offset);
  const hours = String(Math.floor(size / 60)).padStart(2, "0");
  const minutes = String(size % 60).padStart(2, "0");
  return ` UTC${offset < 0 ? "−" : "+"}${hours}:${minutes}`;
}
