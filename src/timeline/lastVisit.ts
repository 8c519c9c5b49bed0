// When "your last visit" was: the rule that decides which visit the note compares with, so
// that a reload, or coming back from another tab, does not erase the note a reader has not
// had time to read. Pure: the stored record and the clock in, the record to store out
// (the browser's storage is src/store/lastVisitStorage.ts).
//
// A visit lasts while the page is open and for SAME_VISIT_MS after the reader last left it
// (closed the tab, went to another one, reloaded). Opening the page after that starts a new
// visit, compared with what the previous one had seen when the reader last left it.

/** One moment a reader had the page, and what they had seen by then (sinceLastVisit.ts). */
export interface Seen {
  /** When, UTC ms: the note's "since {date}". */
  at: number;
  /** What was seen by then: `seenUpTo(dataset, at)`, compared with each change's date. */
  seen: number;
}

export interface LastVisit {
  /** The visit this one is compared with; null on a first visit or once all is marked seen. */
  previous: Seen | null;
  /** This visit, as of the last time the page was opened or left. */
  current: Seen;
}

/** Half an hour: a reload or a quick look elsewhere is the same visit. */
export const SAME_VISIT_MS = 30 * 60_000;

/** The page opened at `now.at`: a new visit, or the same one resumed. */
export function openVisit(stored: LastVisit | null, now: Seen): LastVisit {
  if (stored === null) return { previous: null, current: now };
  // A clock set back makes `now` earlier than the stored visit: a new visit, not a resumed one.
  const resumed = now.at >= stored.current.at && now.at - stored.current.at <= SAME_VISIT_MS;
  return { previous: resumed ? stored.previous : stored.current, current: now };
}

/** The reader left (or hid) the page at `now.at`: the visit runs until then. */
export function leaveVisit(visit: LastVisit, now: Seen): LastVisit {
  return { previous: visit.previous, current: now };
}

/** "Mark all as seen": nothing to compare with until the next visit. */
export function markAllSeen(now: Seen): LastVisit {
  return { previous: null, current: now };
}
