// Whether an event is new or updated since the reader's last visit, for its mark, its card
// and its list entry. Apart from sinceLastVisit.ts, which computes the sets, so that the
// plot (first paint) reads them without loading the change log.
import type { SinceLastVisit } from "./sinceLastVisit.ts";

export type NewsKind = "new" | "updated";

export function newsOf(news: SinceLastVisit | null, eventId: string): NewsKind | null {
  if (news === null) return null;
  if (news.newIds.has(eventId)) return "new";
  return news.updatedIds.has(eventId) ? "updated" : null;
}

/** A group's news, for a cluster of events: new if any member is, else updated if any is. */
export function newsOfGroup(
  news: SinceLastVisit | null,
  eventIds: Iterable<string>,
): NewsKind | null {
  let found: NewsKind | null = null;
  for (const id of eventIds) {
    const kind = newsOf(news, id);
    if (kind === "new") return "new";
    found ??= kind;
  }
  return found;
}
