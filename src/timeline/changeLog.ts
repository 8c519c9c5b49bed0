// How the record moved, in one list: corrections, events updated after they were added, and
// each change of a claim's status, newest first. Pure, so that the page's "Corrections and
// updates" section, an event's card and its detail panel say the same thing.
import type { ClaimStatus, Correction, Dataset, EdtfDate, TimelineEvent } from "../data/model.ts";

export type ChangeEntry =
  | { kind: "correction"; date: EdtfDate; text: string; eventId: string | undefined }
  /** An event updated with no correction to say how (the correction would say it). */
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

const sameDay = (a: EdtfDate, b: EdtfDate) => a.start < b.end && b.start < a.end;

/** The corrections naming `event`, newest first. */
function correctionsOf(dataset: Dataset, eventId: string): Correction[] {
  return dataset.corrections
    .filter((correction) => correction.event === eventId)
    .sort((a, b) => b.date.start - a.date.start);
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
    const explained = correctionsOf(dataset, event.id).some((c) => sameDay(c.date, updated));
    if (!explained) entries.push({ kind: "updated", date: updated, eventId: event.id });
  }
  for (const claim of dataset.claims) {
    let previous: ClaimStatus | null = null;
    for (const step of claim.history) {
      if (step.status !== previous) {
        entries.push({
          kind: "status",
          date: step.date,
          claimId: claim.id,
          status: step.status,
          previous,
          note: step.note,
        });
      }
      previous = step.status;
    }
  }
  // Newest first; on one day, the order written (sort is stable).
  return entries.sort((a, b) => b.date.start - a.date.start);
}

/**
 * What an event's card and panel say of its last update: when, and the newest correction
 * naming it, if any. Null for an event never updated.
 */
export function lastUpdate(
  dataset: Dataset,
  event: TimelineEvent,
): { date: EdtfDate; text: string | undefined } | null {
  if (event.updated === undefined) return null;
  return { date: event.updated, text: correctionsOf(dataset, event.id)[0]?.text };
}
