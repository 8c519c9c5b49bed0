// "New since your last visit": what changed in a dataset after the moment a reader had seen
// it, from the same change log as the page's "Corrections and updates" (changeLog.ts), so the
// note and the log never disagree. Pure: the dataset and two numbers in, sets and counts out.
//
// Changes are dated in EDTF, mostly by the day ("2025-11-12"), and a visit is a moment. A
// change counts as after a moment when the span its date covers ends after it: an event
// added "on 12 Nov" is news to a reader who last looked at 10:00 that day, since nobody can
// tell whether it came before or after. What a visit has seen is then not the moment it
// ended but `seenUpTo`: that moment, or the end of the day of any change already made by
// then, if later. So a change of 12 Nov seen on 12 Nov is not news again on 13 Nov. A date
// coarser than a day (a claim's history may say "2025-11") counts by its first day, so that
// it does not stay news, or keep everything else from being news, for a month.
import type { ClaimStatus, Dataset, EdtfDate } from "../data/model.ts";
import { changeLog } from "./changeLog.ts";

export interface CorrectionSince {
  date: EdtfDate;
  text: string;
  eventId: string | undefined;
}

export interface StatusChangeSince {
  date: EdtfDate;
  claimId: string;
  status: ClaimStatus;
  previous: ClaimStatus | null;
}

export interface SinceLastVisit {
  /** Events the dataset gained after the visit. */
  newIds: ReadonlySet<string>;
  /** Events changed after the visit (updated, or named by a later correction), not new ones. */
  updatedIds: ReadonlySet<string>;
  corrections: readonly CorrectionSince[];
  statusChanges: readonly StatusChangeSince[];
}

const DAY_MS = 86_400_000;

/** When a change dated `date` counts as made by: the end of its day (see above). */
export function changedBy(date: EdtfDate): number {
  return Math.min(date.end, date.start + DAY_MS);
}

/** Whether a change dated `date` may have come after `seen` (see the top of this file). */
export function isAfter(date: EdtfDate, seen: number): boolean {
  return changedBy(date) > seen;
}

/** What changed in `dataset` after `seen` (a `seenUpTo` of the reader's last visit). */
export function sinceLastVisit(dataset: Dataset, seen: number): SinceLastVisit {
  const newIds = new Set<string>();
  const updatedIds = new Set<string>();
  for (const event of dataset.events) {
    if (event.added !== undefined && isAfter(event.added, seen)) newIds.add(event.id);
    else if (event.updated !== undefined && isAfter(event.updated, seen)) updatedIds.add(event.id);
  }
  const corrections: CorrectionSince[] = [];
  const statusChanges: StatusChangeSince[] = [];
  for (const entry of changeLog(dataset)) {
    if (!isAfter(entry.date, seen)) continue;
    if (entry.kind === "correction") {
      const { date, text, eventId } = entry;
      corrections.push({ date, text, eventId });
      // A correction says the event changed, even where its `updated` was not written.
      if (eventId !== undefined && !newIds.has(eventId)) updatedIds.add(eventId);
    } else if (entry.kind === "status") {
      const { date, claimId, status, previous } = entry;
      statusChanges.push({ date, claimId, status, previous });
    }
    // "updated" entries are the events' own `updated`, counted above.
  }
  return { newIds, updatedIds, corrections, statusChanges };
}

/** Whether there is anything to tell. */
export function hasNews(since: SinceLastVisit): boolean {
  return (
    since.newIds.size +
      since.updatedIds.size +
      since.corrections.length +
      since.statusChanges.length >
    0
  );
}

/**
 * What a reader leaving at `now` has seen: `now`, or the end of the day (or month…) of a
 * change already made by then, if later. A change dated after `now` (a typo, a clock behind)
 * is not counted as seen, so it cannot silence everything until its date.
 */
export function seenUpTo(dataset: Dataset, now: number): number {
  let seen = now;
  const consider = (date: EdtfDate | undefined) => {
    if (date !== undefined && date.start <= now) seen = Math.max(seen, changedBy(date));
  };
  for (const event of dataset.events) {
    consider(event.added);
    consider(event.updated);
  }
  for (const entry of changeLog(dataset)) consider(entry.date);
  return seen;
}
