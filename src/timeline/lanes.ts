// Rows of the timeline, grouped by what the reader is asking: what kind of thing happened,
// who it was about, or how it bears on one claim. One pass over the events, so it costs
// O(n) plus sorting the lanes themselves.

import {
  EVENT_KINDS,
  STANCES,
  type Dataset,
  type EventKind,
  type Stance,
  type TimelineEvent,
} from "../data/model.ts";
import { KIND_LABEL, STANCE_LABEL } from "./labels.ts";

export type LaneMode = { by: "kind" } | { by: "person" } | { by: "stance"; claim: string };

export interface Lane {
  key: string;
  label: string;
  /** In input order (the caller passes events sorted by time). */
  eventIds: string[];
}

/** Parentheses cannot occur in dataset ids, so these keys never collide with a person's. */
export const NO_PERSON_KEY = "(no-one)";
export const NOT_LINKED_KEY = "(not-linked)";

export function assignLanes(
  events: readonly TimelineEvent[],
  mode: LaneMode,
  dataset: Pick<Dataset, "peopleById" | "claimsById">,
): Lane[] {
  switch (mode.by) {
    case "kind":
      return lanesByKind(events);
    case "person":
      return lanesByPerson(events, dataset.peopleById);
    case "stance":
      return lanesByStance(events, mode.claim);
  }
}

function lanesByKind(events: readonly TimelineEvent[]): Lane[] {
  const ids = new Map<EventKind, string[]>();
  for (const event of events) push(ids, event.kind, event.id);
  return EVENT_KINDS.flatMap((kind) => {
    const eventIds = ids.get(kind);
    return eventIds ? [{ key: kind, label: KIND_LABEL[kind], eventIds }] : [];
  });
}

const byName = new Intl.Collator("en");

/** An event is about every person it names, so it appears in each of their lanes. */
function lanesByPerson(
  events: readonly TimelineEvent[],
  peopleById: Dataset["peopleById"],
): Lane[] {
  const ids = new Map<string, string[]>();
  const nobody: string[] = [];
  for (const event of events) {
    if (event.people.length === 0) nobody.push(event.id);
    // A person listed twice on one event still counts the event once.
    for (const person of new Set(event.people)) push(ids, person, event.id);
  }
  const lanes = [...ids].map(([person, eventIds]) => ({
    key: person,
    label: peopleById.get(person)?.name ?? person,
    eventIds,
  }));
  lanes.sort(
    (a, b) =>
      b.eventIds.length - a.eventIds.length ||
      byName.compare(a.label, b.label) ||
      (a.key < b.key ? -1 : 1),
  );
  if (nobody.length > 0)
    lanes.push({ key: NO_PERSON_KEY, label: "No one named", eventIds: nobody });
  return lanes;
}

/**
 * The three stance lanes are always there, empty or not: "nothing disputes this" is itself
 * something the reader should see. "Not linked" appears only when some event is.
 */
function lanesByStance(events: readonly TimelineEvent[], claim: string): Lane[] {
  const ids = new Map<Stance, string[]>(STANCES.map((stance) => [stance, []]));
  const unlinked: string[] = [];
  for (const event of events) {
    const link = event.claims.find((c) => c.claim === claim);
    if (link) push(ids, link.stance, event.id);
    else unlinked.push(event.id);
  }
  const lanes: Lane[] = STANCES.map((stance) => ({
    key: stance,
    label: STANCE_LABEL[stance],
    eventIds: ids.get(stance) ?? [],
  }));
  if (unlinked.length > 0)
    lanes.push({ key: NOT_LINKED_KEY, label: "Not linked", eventIds: unlinked });
  return lanes;
}

function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Each event's first lane in lane order: where it is drawn in full, and scrolled to. */
export function laneOfEvent(lanes: readonly Lane[]): Map<string, string> {
  const laneOf = new Map<string, string>();
  for (const lane of lanes) {
    for (const id of lane.eventIds) if (!laneOf.has(id)) laneOf.set(id, lane.key);
  }
  return laneOf;
}
