// How the record moved, in one list: corrections, events updated after they were added, and
// each change of a claim's status, newest first. Pure, so that the page's "Corrections and
// updates" section, an event's card and its detail panel, and the build's feeds
// (scripts/feeds.ts) say the same thing.
import type {
  Claim,
  ClaimHistoryEntry,
  ClaimStatus,
  Correction,
  Dataset,
  EdtfDate,
  TimelineEvent,
} from "../data/model.ts";

export type ChangeEntry =
  | { kind: "correction"; date: EdtfDate; text: string; eventId: string | undefined }
  /** An event updated with no correction of that day to say how (the correction would). */
  | { kind: "updated"; date: EdtfDate; eventId: string }
  /** A claim's status as its history first records it, and each time it changes. */
  | {
      kind: "status";
      date: EdtfDate;
      claimId: string;
      status: ClaimStatus;
      previous: ClaimStatus | null;
      note: string | undefined;
    };

/** A claim's history entries that set or changed its status, each with the status before. */
export function statusChanges(
  claim: Claim,
): { entry: ClaimHistoryEntry; before: ClaimStatus | null }[] {
  const out: { entry: ClaimHistoryEntry; before: ClaimStatus | null }[] = [];
  let before: ClaimStatus | null = null;
  for (const entry of claim.history) {
    if (entry.status !== before) out.push({ entry, before });
    before = entry.status;
  }
  return out;
}

const dayOf = (ms: number) => Math.floor(ms / 86_400_000);

/**
 * The correction that says what an update of `event` changed: one naming the event on the
 * update's day, or else the latest naming it before then.
 */
export function correctionFor(
  event: TimelineEvent,
  updated: EdtfDate,
  corrections: readonly Correction[],
): Correction | undefined {
  const naming = corrections.filter((c) => c.event === event.id && c.date.start <= updated.end);
  const sameDay = naming.filter((c) => dayOf(c.date.start) === dayOf(updated.start));
  const pool = sameDay.length > 0 ? sameDay : naming;
  return pool.reduce<Correction | undefined>(
    (latest, c) => (latest === undefined || c.date.start >= latest.date.start ? c : latest),
    undefined,
  );
}

export function changeLog(dataset: Dataset): ChangeEntry[] {
  const entries: ChangeEntry[] = dataset.corrections.map((correction) => ({
    kind: "correction",
    date: correction.date,
    text: correction.text,
    eventId: correction.event,
  }));
  for (const event of dataset.events) {
    const { updated } = event;
    if (updated === undefined) continue;
    // A correction of that day explains it, and the log lists that correction already.
    const explained = correctionFor(event, updated, dataset.corrections);
    if (explained === undefined || dayOf(explained.date.start) !== dayOf(updated.start)) {
      entries.push({ kind: "updated", date: updated, eventId: event.id });
    }
  }
  for (const claim of dataset.claims) {
    for (const { entry, before } of statusChanges(claim)) {
      entries.push({
        kind: "status",
        date: entry.date,
        claimId: claim.id,
        status: entry.status,
        previous: before,
        note: entry.note,
      });
    }
  }
  // Newest first; on one day, the order written (sort is stable).
  return entries.sort((a, b) => b.date.start - a.date.start);
}

/**
 * What an event's card and panel say of its last update: when, and the correction that says
 * what changed, if any. Null for an event never updated.
 */
export function lastUpdate(
  dataset: Dataset,
  event: TimelineEvent,
): { date: EdtfDate; text: string | undefined } | null {
  if (event.updated === undefined) return null;
  return {
    date: event.updated,
    text: correctionFor(event, event.updated, dataset.corrections)?.text,
  };
}
