// Where the browser keeps a reader's last visit to a dataset (lastVisitStorage.ts), apart
// from the reading and writing: the full page asks, before it draws, whether any visit is
// remembered at all, and this much is all it needs for that.

/** Versioned: a later shape gets a new key instead of misreading this one. */
const PREFIX = "rumor-timeline:last-visit:v1:";

/** One key per dataset URL: two datasets, or two editions of one, are remembered apart. */
export function lastVisitKey(datasetUrl: string): string {
  return PREFIX + datasetUrl;
}

/**
 * Whether this browser remembers a visit to any dataset: only then can a page say what is
 * new since the last one. False where storage is missing or refuses access.
 */
export function remembersAnyVisit(): boolean {
  try {
    return Object.keys(window.localStorage).some((key) => key.startsWith(PREFIX));
  } catch {
    return false;
  }
}
