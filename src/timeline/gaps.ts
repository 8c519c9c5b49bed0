// Silences in the story: where consecutive events shown are far apart, the timeline and the
// phone list say how long nothing happened ("2 months later"), so a quiet spell reads as
// one rather than disappearing between two cards.
import { utcMonth } from "d3-time";
import type { TimelineEvent } from "../data/model.ts";

const DAY = 86_400_000;

/** Gaps longer than this are labelled. */
export const DEFAULT_GAP_DAYS = 30;

export type GapUnit = "week" | "month" | "year";

export interface Gap {
  /** The event after the silence. */
  beforeId: string;
  /** When the silence starts (the latest end so far) and ends (the next event's start), UTC ms. */
  from: number;
  to: number;
  /** The silence in the largest unit that keeps it honest: whole weeks, months or years. */
  amount: number;
  unit: GapUnit;
}

/**
 * Every silence longer than `minDays` between events sorted by start. A silence runs from
 * the latest end seen so far, so a long span that overlaps later events is not a gap.
 */
export function findGaps(events: readonly TimelineEvent[], minDays = DEFAULT_GAP_DAYS): Gap[] {
  const gaps: Gap[] = [];
  let latestEnd = -Infinity;
  for (const event of events) {
    const { start, end } = event.date;
    if (latestEnd !== -Infinity && start - latestEnd > minDays * DAY) {
      gaps.push({ beforeId: event.id, from: latestEnd, to: start, ...measure(latestEnd, start) });
    }
    latestEnd = Math.max(latestEnd, end);
  }
  return gaps;
}

/**
 * Whole calendar units, rounded down so the label never overstates the silence: under two
 * months in weeks, under two years in months, then in years.
 */
export function measure(from: number, to: number): { amount: number; unit: GapUnit } {
  const months =
    utcMonth.count(new Date(from), new Date(to)) - (dayOfMonth(to) < dayOfMonth(from) ? 1 : 0);
  if (months < 2) return { amount: Math.floor((to - from) / (7 * DAY)), unit: "week" };
  if (months < 24) return { amount: months, unit: "month" };
  return { amount: Math.floor(months / 12), unit: "year" };
}

/** The instant within its month, so that 31 Jan → 28 Feb counts as less than a month. */
function dayOfMonth(ms: number): number {
  return ms - utcMonth.floor(new Date(ms)).getTime();
}

const units = new Map<string, Intl.NumberFormat>();

/**
 * "2 months later" in the reader's language: Intl names the unit with the right plural
 * (Arabic's six forms included); `later` places it in the catalog's sentence.
 */
export function gapLabel(
  gap: Pick<Gap, "amount" | "unit">,
  locale: string,
  later: (span: string) => string,
): string {
  const key = `${locale}|${gap.unit}`;
  let format = units.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit: gap.unit, unitDisplay: "long" });
    units.set(key, format);
  }
  return later(format.format(gap.amount));
}
