// The browser's memory of a reader's last visit to one dataset (timeline/lastVisit.ts), in
// localStorage: no cookie, nothing sent anywhere. Storage may be missing or refuse access
// (privacy settings, a sandboxed frame, a full quota), and reading or writing it may throw:
// then the page silently remembers nothing, and every visit is a first one.
import type { LastVisit, Seen } from "../timeline/lastVisit.ts";
import { lastVisitKey } from "./lastVisitKey.ts";

export function readLastVisit(datasetUrl: string): LastVisit | null {
  try {
    const text = window.localStorage.getItem(lastVisitKey(datasetUrl));
    return text === null ? null : parseLastVisit(JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

export function writeLastVisit(datasetUrl: string, visit: LastVisit): void {
  try {
    window.localStorage.setItem(lastVisitKey(datasetUrl), JSON.stringify(visit));
  } catch {
    // Not remembered: the next visit is a first one.
  }
}

/** What was stored, if it has the shape written above (anything else is forgotten). */
export function parseLastVisit(value: unknown): LastVisit | null {
  if (typeof value !== "object" || value === null) return null;
  const { previous, current } = value as Record<string, unknown>;
  const currentSeen = parseSeen(current);
  if (currentSeen === null) return null;
  if (previous === null) return { previous: null, current: currentSeen };
  const previousSeen = parseSeen(previous);
  return previousSeen === null ? null : { previous: previousSeen, current: currentSeen };
}

function parseSeen(value: unknown): Seen | null {
  if (typeof value !== "object" || value === null) return null;
  const { at, seen } = value as Record<string, unknown>;
  return typeof at === "number" &&
    Number.isFinite(at) &&
    typeof seen === "number" &&
    Number.isFinite(seen)
    ? { at, seen }
    : null;
}
