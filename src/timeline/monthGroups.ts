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
      shortLabel: key,
      count: inYear.reduce((sum, group) => sum + group.events.length, 0),
      group: inYear[0] ?? null,
    };
  });
}
