// Groups time-sorted events by the UTC month they start in, for the vertical phone layout
// (sticky month headers) and its overview strip.
import { formatUtc } from "./utcFormat.ts";
import type { TimelineEvent } from "../data/model.ts";

export interface MonthGroup {
  /** "2025-02" */
  key: string;
  /** "February 2025" */
  label: string;
  /** "Feb" (with the year when it changes: "Jan 2026") for the overview strip. */
  shortLabel: string;
  events: TimelineEvent[];
}

function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

function midMonth(key: string): number {
  const [year = 0, month = 1] = key.split("-").map(Number);
  return new Date(0).setUTCFullYear(year, month - 1, 15);
}

export function groupByMonth(events: readonly TimelineEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  let previousYear = "";
  for (const event of events) {
    const key = monthKey(event.date.start);
    let group = groups.at(-1);
    if (group?.key !== key) {
      const date = midMonth(key);
      const year = key.slice(0, 4);
      group = {
        key,
        label: formatUtc(date, "MMMM uuuu"),
        shortLabel: year === previousYear ? formatUtc(date, "MMM") : formatUtc(date, "MMM uuuu"),
        events: [],
      };
      previousYear = year;
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
  shortLabel: string;
  count: number;
  /** The month's group when it has events; empty months are drawn but cannot be jumped to. */
  group: MonthGroup | null;
}

/**
 * Every month from the first group to the last, empty ones included, so the strip shows
 * time as it passed rather than only the busy months. Spans longer than `maxBuckets`
 * months are shown a year per bucket, jumping to the year's first month with events.
 */
export function overviewBuckets(groups: readonly MonthGroup[], maxBuckets = 48): OverviewBucket[] {
  const first = groups[0];
  const last = groups.at(-1);
  if (first === undefined || last === undefined) return [];
  const [y0 = 0, m0 = 1] = first.key.split("-").map(Number);
  const [y1 = 0, m1 = 1] = last.key.split("-").map(Number);
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  return months <= maxBuckets ? monthBuckets(groups, y0, m0, months) : yearBuckets(groups, y0, y1);
}

function pad(year: number, month?: number): string {
  const y = String(year).padStart(4, "0");
  return month === undefined ? y : `${y}-${String(month).padStart(2, "0")}`;
}

function monthBuckets(
  groups: readonly MonthGroup[],
  y0: number,
  m0: number,
  months: number,
): OverviewBucket[] {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  return Array.from({ length: months }, (_, i) => {
    const year = y0 + Math.floor((m0 - 1 + i) / 12);
    const month = ((m0 - 1 + i) % 12) + 1;
    const key = pad(year, month);
    const group = byKey.get(key) ?? null;
    const showYear = i === 0 || month === 1;
    return {
      key,
      label: formatUtc(midMonth(key), "MMMM uuuu"),
      shortLabel: formatUtc(midMonth(key), showYear ? "MMM uuuu" : "MMM"),
      count: group?.events.length ?? 0,
      group,
    };
  });
}

function yearBuckets(groups: readonly MonthGroup[], y0: number, y1: number): OverviewBucket[] {
  return Array.from({ length: y1 - y0 + 1 }, (_, i) => {
    const key = pad(y0 + i);
    const inYear = groups.filter((group) => group.key.startsWith(`${key}-`));
    return {
      key,
      label: key,
      shortLabel: key,
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

function nextMonth(key: string): string {
  const [year = 0, month = 1] = key.split("-").map(Number);
  return month === 12 ? pad(year + 1, 1) : pad(year, month + 1);
}

function gapLabel(keys: readonly string[]): string {
  const first = keys[0] ?? "";
  const last = keys.at(-1) ?? first;
  const name = (key: string, pattern: string) => formatUtc(midMonth(key), pattern);
  if (keys.length === 1) return `Nothing in ${name(first, "MMMM uuuu")}`;
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  if (keys.length === 2 && sameYear)
    return `Nothing in ${name(first, "MMMM")} or ${name(last, "MMMM uuuu")}`;
  return `Nothing from ${name(first, sameYear ? "MMMM" : "MMMM uuuu")} to ${name(last, "MMMM uuuu")}`;
}

/**
 * The phone list's sections: each month with events, and between them each run of empty
 * months as one slim "nothing happened" section, so that silences stay visible in the list
 * as in the strip.
 */
export function monthSections(groups: readonly MonthGroup[]): MonthSection[] {
  const sections: MonthSection[] = [];
  let previous: MonthGroup | undefined;
  for (const group of groups) {
    if (previous !== undefined) {
      const keys: string[] = [];
      // Bounded: a dataset spanning centuries has at most a few thousand empty months.
      for (let key = nextMonth(previous.key); key < group.key; key = nextMonth(key)) keys.push(key);
      if (keys.length > 0)
        sections.push({ kind: "gap", key: keys[0] ?? "", keys, label: gapLabel(keys) });
    }
    sections.push({ kind: "month", key: group.key, label: group.label, group });
    previous = group;
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

/** The strip bucket a section belongs to (its first month's month, or year). */
export function bucketKeyOf(buckets: readonly OverviewBucket[], sectionKey: string): string | null {
  const yearly = buckets[0]?.key.length === 4;
  const key = yearly ? sectionKey.slice(0, 4) : sectionKey;
  return buckets.some((bucket) => bucket.key === key) ? key : null;
}

const PLURAL = new Intl.PluralRules("en");

/** "1 event", "0 events", "1,204 events". */
export function countEvents(n: number): string {
  return `${n.toLocaleString("en")} ${PLURAL.select(n) === "one" ? "event" : "events"}`;
}

/**
 * A strip button shows "Aug" (or "Feb 2025" where the year changes); its accessible name
 * must contain that text (WCAG 2.5.3) and say the rest. Returns the text to add, hidden,
 * after the visible label, so that the name reads "Aug 2025: 1 event".
 */
export function hiddenNameRest(
  bucket: Pick<OverviewBucket, "key" | "shortLabel" | "count">,
): string {
  const year = bucket.key.slice(0, 4);
  const yearShown = bucket.shortLabel.split(" ").includes(year);
  return `${yearShown ? "" : ` ${year}`}: ${countEvents(bucket.count)}`;
}
