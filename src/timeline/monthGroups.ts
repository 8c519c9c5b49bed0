// Groups time-sorted events by the UTC month they start in, for the vertical phone layout
// (sticky month headers) and its overview strip. Months are keyed "2025-02" ("-0044-03"
// before year 0), and named by Intl in the reader's language.
import type { TimelineEvent } from "../data/model.ts";
import type { Translator } from "../i18n/translator.ts";
import type { CalendarFormat } from "./calendarFormat.ts";

export interface MonthGroup {
  /** "2025-02" */
  key: string;
  /** "February 2025" */
  label: string;
  /** "Feb" (with the year when it changes: "Jan 2026") for the overview strip. */
  shortLabel: string;
  events: TimelineEvent[];
}

/** Months counted from year 0: keys sort and step as numbers, across year 0 too. */
function monthIndexOf(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function yearOf(index: number): number {
  return Math.floor(index / 12);
}

function keyOf(index: number): string {
  const month = String(index - yearOf(index) * 12 + 1).padStart(2, "0");
  return `${yearKey(yearOf(index))}-${month}`;
}

function yearKey(year: number): string {
  return `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;
}

function indexOfKey(key: string): number {
  const match = /^(-?\d+)-(\d\d)$/.exec(key);
  return match === null ? 0 : Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The 15th: safely inside the month whatever a formatter does at its edges. */
function midMonth(index: number): number {
  return new Date(0).setUTCFullYear(yearOf(index), index - yearOf(index) * 12, 15);
}

export function groupByMonth(
  events: readonly TimelineEvent[],
  calendar: CalendarFormat,
): MonthGroup[] {
  const groups: MonthGroup[] = [];
  let previousYear: number | null = null;
  let previousIndex: number | null = null;
  for (const event of events) {
    const index = monthIndexOf(event.date.start);
    let group = groups.at(-1);
    if (group === undefined || index !== previousIndex) {
      const date = midMonth(index);
      const year = yearOf(index);
      group = {
        key: keyOf(index),
        label: calendar.format(date, "monthLongYear"),
        shortLabel: calendar.format(date, year === previousYear ? "monthShort" : "monthYear"),
        events: [],
      };
      previousYear = year;
      previousIndex = index;
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}

export interface OverviewBucket {
  key: string;
  /** "August 2025" (or "2031" for a year bucket): what the strip's button is about. */
  label: string;
  /** "Aug", or "Aug 2025" where the year changes; "2031" for a year bucket. */
  shortLabel: string;
  /** The month's short name alone ("Aug"), what a narrow strip shows; the year for a year bucket. */
  stripLabel: string;
  /** The year as the reader writes it ("2025", "44 BC"). */
  yearLabel: string;
  /** Whether shortLabel already names the year. */
  showsYear: boolean;
  count: number;
  /** The month's group when it has events; empty months are drawn but cannot be jumped to. */
  group: MonthGroup | null;
}

/**
 * Every month from the first group to the last, empty ones included, so the strip shows
 * time as it passed rather than only the busy months. Spans longer than `maxBuckets`
 * months are shown a year per bucket, jumping to the year's first month with events.
 */
export function overviewBuckets(
  groups: readonly MonthGroup[],
  calendar: CalendarFormat,
  maxBuckets = 48,
): OverviewBucket[] {
  const first = groups[0];
  const last = groups.at(-1);
  if (first === undefined || last === undefined) return [];
  const i0 = indexOfKey(first.key);
  const i1 = indexOfKey(last.key);
  const months = i1 - i0 + 1;
  return months <= maxBuckets
    ? monthBuckets(groups, calendar, i0, months)
    : yearBuckets(groups, calendar, yearOf(i0), yearOf(i1));
}

function monthBuckets(
  groups: readonly MonthGroup[],
  calendar: CalendarFormat,
  i0: number,
  months: number,
): OverviewBucket[] {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  return Array.from({ length: months }, (_, i) => {
    const index = i0 + i;
    const key = keyOf(index);
    const group = byKey.get(key) ?? null;
    const date = midMonth(index);
    const showsYear = i === 0 || index % 12 === 0;
    return {
      key,
      label: calendar.format(date, "monthLongYear"),
      shortLabel: calendar.format(date, showsYear ? "monthYear" : "monthShort"),
      stripLabel: calendar.format(date, "monthShort"),
      yearLabel: calendar.format(date, "year"),
      showsYear,
      count: group?.events.length ?? 0,
      group,
    };
  });
}

function yearBuckets(
  groups: readonly MonthGroup[],
  calendar: CalendarFormat,
  y0: number,
  y1: number,
): OverviewBucket[] {
  return Array.from({ length: y1 - y0 + 1 }, (_, i) => {
    const year = y0 + i;
    const key = yearKey(year);
    const inYear = groups.filter((group) => yearOf(indexOfKey(group.key)) === year);
    const name = calendar.format(midMonth(year * 12), "year");
    return {
      key,
      label: name,
      shortLabel: name,
      stripLabel: name,
      yearLabel: name,
      showsYear: true,
      count: inYear.reduce((sum, group) => sum + group.events.length, 0),
      group: inYear[0] ?? null,
    };
  });
}

/** A month with events, or a run of months without any, in the order they passed. */
export type MonthSection =
  | { kind: "month"; key: string; label: string; group: MonthGroup }
  | {
      kind: "gap";
      /** The first empty month's key: the section's anchor. */
      key: string;
      /** Every empty month in the run, in order. */
      keys: string[];
      /** "Nothing in August or September 2025", "Nothing from May 2024 to March 2026". */
      label: string;
    };

function gapLabel(indexes: readonly number[], tr: Translator): string {
  const first = indexes[0] ?? 0;
  const last = indexes.at(-1) ?? first;
  const { calendar } = tr.dates;
  const month = (index: number) => calendar.format(midMonth(index), "monthLong");
  const monthYear = (index: number) => calendar.format(midMonth(index), "monthLongYear");
  if (indexes.length === 1) return tr.t("gap.nothingIn", { month: monthYear(first) });
  const sameYear = yearOf(first) === yearOf(last);
  if (indexes.length === 2 && sameYear)
    return tr.t("gap.nothingInEither", { first: month(first), last: monthYear(last) });
  return tr.t("gap.nothingFromTo", {
    first: sameYear ? month(first) : monthYear(first),
    last: monthYear(last),
  });
}

/**
 * The phone list's sections: each month with events, and between them each run of empty
 * months as one slim "nothing happened" section, so that silences stay visible in the list
 * as in the strip.
 */
export function monthSections(groups: readonly MonthGroup[], tr: Translator): MonthSection[] {
  const sections: MonthSection[] = [];
  let previous: number | null = null;
  for (const group of groups) {
    const index = indexOfKey(group.key);
    if (previous !== null && index > previous + 1) {
      const after = previous + 1;
      // Bounded: a dataset spanning centuries has at most a few thousand empty months.
      const indexes = Array.from({ length: index - after }, (_, i) => after + i);
      const keys = indexes.map(keyOf);
      sections.push({ kind: "gap", key: keys[0] ?? "", keys, label: gapLabel(indexes, tr) });
    }
    sections.push({ kind: "month", key: group.key, label: group.label, group });
    previous = index;
  }
  return sections;
}

/** The section a strip button jumps to: the month's own, or the silence that holds it. */
export function sectionKeyOf(sections: readonly MonthSection[], bucketKey: string): string | null {
  for (const section of sections) {
    const keys = section.kind === "gap" ? section.keys : [section.key];
    // A year bucket ("2031") holds its months ("2031-04").
    if (keys.some((key) => key === bucketKey || key.startsWith(`${bucketKey}-`)))
      return section.key;
  }
  return null;
}

const YEAR_KEY = /^-?\d+$/;

/** The strip bucket a section belongs to (its first month's month, or year). */
export function bucketKeyOf(buckets: readonly OverviewBucket[], sectionKey: string): string | null {
  const yearly = YEAR_KEY.test(buckets[0]?.key ?? "");
  const key = yearly ? sectionKey.slice(0, sectionKey.lastIndexOf("-")) : sectionKey;
  return buckets.some((bucket) => bucket.key === key) ? key : null;
}

/**
 * A strip button shows "Aug" (or "2031" for a year); its accessible name must contain that
 * text (WCAG 2.5.3) and say the rest. Returns the text to add, hidden, after the visible
 * label, so that the name reads "Aug 2025: 1 event".
 */
export function hiddenNameRest(
  bucket: Pick<OverviewBucket, "key" | "yearLabel" | "count">,
  tr: Translator,
): string {
  const year = YEAR_KEY.test(bucket.key) ? "" : ` ${bucket.yearLabel}`;
  return `${year}: ${tr.count("count.events", bucket.count)}`;
}
