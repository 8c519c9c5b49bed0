// The orders the normalized model keeps its lists in, written once: the fast path sorts by
// them and the test oracle (fixtures/oracle.ts) checks against them.
import type { ClaimHistoryEntry, Period, TimelineEvent } from "./model.ts";

/** Events in time order; equal dates keep their order in the file. */
export function byStartThenIndex(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.start - b.date.start || a.date.end - b.date.end || a.index - b.index;
}

/** Periods in time order: by start, then the shorter first; equal ones keep their order. */
export function byStartThenEnd(a: Period, b: Period): number {
  return a.start - b.start || a.end - b.end;
}

/** A claim's history in time order. */
export function byDate(a: ClaimHistoryEntry, b: ClaimHistoryEntry): number {
  return a.date.start - b.date.start;
}
