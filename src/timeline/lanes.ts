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
import type { Translator } from "../i18n/translator.ts";

export type LaneMode = { by: "kind" } | { by: "person" } | { by: "stance"; claim: string };

export interface Lane {
  key: string;
  label: string;
  /**
   * Positions in the events passed to `assignLanes`, in input order (the caller passes
   * events sorted by time): the layout reads events by position, with no lookup by id.
   */
  indexes: number[];
}

/** Parentheses cannot occur in dataset ids, so these keys never collide with a person's. */
export const NO_PERSON_KEY = "(no-one)";
export const NOT_LINKED_KEY = "(not-linked)";

export function assignLanes(
  events: readonly TimelineEvent[],
  mode: LaneMode,
  dataset: Pick<Dataset, "peopleById" | "claimsById">,
  tr: Pick<Translator, "t">,
): Lane[] {
  switch (mode.by) {
    case "kind":
      return lanesByKind(events, tr);
    case "person":
      return lanesByPerson(events, dataset.peopleById, tr);
    case "stance":
      return lanesByStance(events, mode.claim, tr);
  }
}

function lanesByKind(events: readonly TimelineEvent[], tr: Pick<Translator, "t">): Lane[] {
  const ids = new Map<EventKind, number[]>();
  events.forEach((event, index) => push(ids, event.kind, index));
  return EVENT_KINDS.flatMap((kind) => {
    const indexes = ids.get(kind);
    return indexes ? [{ key: kind, label: tr.t(`kind.${kind}`), indexes }] : [];
  });
}

const byName = new Intl.Collator("en");

/** An event is about every person it names, so it appears in each of their lanes. */
function lanesByPerson(
  events: readonly TimelineEvent[],
  peopleById: Dataset["peopleById"],
  tr: Pick<Translator, "t">,
): Lane[] {
  const ids = new Map<string, number[]>();
  const nobody: number[] = [];
  events.forEach((event, index) => {
    if (event.people.length === 0) nobody.push(index);
    // A person listed twice on one event still counts the event once.
    for (const person of new Set(event.people)) push(ids, person, index);
  });
  const lanes = [...ids].map(([person, indexes]) => ({
    key: person,
    label: peopleById.get(person)?.name ?? person,
    indexes,
  }));
  lanes.sort(
    (a, b) =>
      b.indexes.length - a.indexes.length ||
      byName.compare(a.label, b.label) ||
      (a.key < b.key ? -1 : 1),
  );
  if (nobody.length > 0)
    lanes.push({ key: NO_PERSON_KEY, label: tr.t("lanes.noPerson"), indexes: nobody });
  return lanes;
}

/**
 * The three stance lanes are always there, empty or not: "nothing disputes this" is itself
 * something the reader should see. "Not linked" appears only when some event is.
 */
function lanesByStance(
  events: readonly TimelineEvent[],
  claim: string,
  tr: Pick<Translator, "t">,
): Lane[] {
  const ids = new Map<Stance, number[]>(STANCES.map((stance) => [stance, []]));
  const unlinked: number[] = [];
  events.forEach((event, index) => {
    const link = event.claims.find((c) => c.claim === claim);
    if (link) push(ids, link.stance, index);
    else unlinked.push(index);
  });
  const lanes: Lane[] = STANCES.map((stance) => ({
    key: stance,
    label: tr.t(`stance.${stance}`),
    indexes: ids.get(stance) ?? [],
  }));
  if (unlinked.length > 0)
    lanes.push({ key: NOT_LINKED_KEY, label: tr.t("stance.notLinked"), indexes: unlinked });
  return lanes;
}

function push<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Each event's first lane in lane order: where it is drawn in full, and scrolled to. */
export function laneOfEvent(
  lanes: readonly Lane[],
  events: readonly TimelineEvent[],
): Map<string, string> {
  const laneOf = new Map<string, string>();
  for (const lane of lanes) {
    for (const index of lane.indexes) {
      const id = events[index]?.id;
      if (id !== undefined && !laneOf.has(id)) laneOf.set(id, lane.key);
    }
  }
  return laneOf;
}
