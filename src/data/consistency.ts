// Rules that compare parts of one record with each other: a claim's status against its
// history, the history's order, an event's stances on one claim, an event's added and
// updated dates, a period's ends, and the dataset's translations against each other and its
// own language. Plain functions over
// values already read (dates parsed), with no zod: the schema (schema.ts) turns what they
// find into problems at their paths, and the fast path (fastPath.ts) refuses on any, so
// that both enforce exactly the same rules.
import type { ClaimStatus, EdtfDate, Stance } from "./model.ts";

export interface Contradiction {
  /** Relative to the record checked, e.g. ["history", 2, "date"]. */
  path: (string | number)[];
  message: string;
}

/** Most records contradict nothing: they share this empty answer instead of a new array. */
const NONE: readonly Contradiction[] = Object.freeze([]);

interface HistoryEntry {
  date: EdtfDate;
  status: ClaimStatus;
}

/**
 * A claim whose history runs backwards, or whose status is not where its history ends.
 * Order is by start, as the timeline draws it; equal starts are in order.
 */
export function claimContradictions(
  status: ClaimStatus,
  history: readonly HistoryEntry[] | undefined,
): readonly Contradiction[] {
  const latest = history?.at(-1);
  if (history === undefined || latest === undefined) return NONE;
  const found: Contradiction[] = [];
  history.forEach((entry, i) => {
    const before = history[i - 1];
    if (before !== undefined && entry.date.start < before.date.start) {
      found.push({
        path: ["history", i, "date"],
        message: `is earlier than the entry before it (${before.date.text}): a claim's history is listed in date order`,
      });
    }
  });
  if (latest.status !== status) {
    found.push({
      path: ["status"],
      message: `is "${status}" but the last entry of its history (history[${history.length - 1}]) says "${latest.status}"`,
    });
  }
  return found.length === 0 ? NONE : found;
}

const OPPOSITE: Partial<Record<Stance, Stance>> = { supports: "disputes", disputes: "supports" };

/** An event that both supports and disputes one claim (context beside either is fine). */
export function stanceContradictions(
  links: readonly { claim: string; stance: Stance }[] | undefined,
): readonly Contradiction[] {
  if (links === undefined || links.length < 2) return NONE;
  const found: Contradiction[] = [];
  links.forEach(({ claim, stance }, i) => {
    const opposite = OPPOSITE[stance];
    if (opposite === undefined) return;
    const earlier = links.findIndex((l, j) => j < i && l.claim === claim && l.stance === opposite);
    if (earlier !== -1) {
      found.push({
        path: ["claims", i, "stance"],
        message: `${stance} claim "${claim}", which this event also ${opposite} (claims[${earlier}]): an event takes one side of a claim`,
      });
    }
  });
  return found.length === 0 ? NONE : found;
}

/**
 * Why `date` cannot say when the dataset gained or changed an event (`added`, `updated`), or
 * null: that is one day or one moment (2025-05-16, 2025-05-16T09:30Z), not a year, a month or
 * an interval.
 */
export function changeDateProblem(date: EdtfDate): string | null {
  if (!date.interval && date.precision !== "year" && date.precision !== "month") return null;
  return `${JSON.stringify(date.text)} is not one day or moment: added and updated say on which day (or at what moment) the dataset changed, e.g. 2025-05-16 or 2025-05-16T09:30Z`;
}

/**
 * An event updated before it was added. "Before" is wholly before, as for an interval's
 * ends: an update on the day of the addition, at any time of it, is in order.
 */
export function changeContradictions(
  added: EdtfDate | undefined,
  updated: EdtfDate | undefined,
): readonly Contradiction[] {
  if (added === undefined || updated === undefined || updated.end > added.start) return NONE;
  return [
    {
      path: ["updated"],
      message: `${JSON.stringify(updated.text)} is before the event was added (${added.text}): an event is updated on or after the day it is added`,
    },
  ];
}

/** Why a period's date cannot be drawn as a band (it has an open end), or null. */
export function openEndProblem(date: EdtfDate): string | null {
  if (!date.openStart && !date.openEnd) return null;
  return `${JSON.stringify(date.text)} has an open end: a period needs both ends (it is drawn as a band)`;
}

/**
 * Translations that name the dataset's own language, or a language named before them.
 * Language tags are compared without case, as BCP 47 does ("pt-BR" is "pt-br"); items
 * whose language is not a string are someone else's to report and are skipped.
 */
export function translationContradictions(
  ownLanguage: unknown,
  languages: readonly unknown[],
): readonly Contradiction[] {
  if (languages.length === 0) return NONE;
  const own = typeof ownLanguage === "string" ? ownLanguage.toLowerCase() : null;
  const first = new Map<string, number>();
  const found: Contradiction[] = [];
  languages.forEach((language, i) => {
    if (typeof language !== "string") return;
    const key = language.toLowerCase();
    const earlier = first.get(key);
    if (key === own) {
      found.push({
        path: ["translations", i, "language"],
        message: `"${language}" is the dataset's own language: translations list the other editions`,
      });
    } else if (earlier !== undefined) {
      found.push({
        path: ["translations", i, "language"],
        message: `"${language}" is listed already (translations[${earlier}]): one edition per language`,
      });
    } else {
      first.set(key, i);
    }
  });
  return found.length === 0 ? NONE : found;
}
