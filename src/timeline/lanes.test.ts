import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { Claim, EventClaim, EventKind, Person, TimelineEvent } from "../data/model.ts";
import { assignLanes, laneOfEvent, NO_PERSON_KEY, NOT_LINKED_KEY, type Lane } from "./lanes.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

const DATE = (() => {
  const result = parseEdtf("2025-02-13");
  if (!result.ok) throw new Error(result.error);
  return result.value;
})();

function event(
  id: string,
  kind: EventKind,
  people: string[] = [],
  claims: EventClaim[] = [],
): TimelineEvent {
  return {
    id,
    index: 0,
    title: id,
    summary: "",
    date: DATE,
    altDates: [],
    kind,
    people,
    claims,
    annotations: [],
    sources: ["s"],
    tags: [],
  };
}

const people: Person[] = [
  { id: "ana", name: "Ana de Armas" },
  { id: "tom", name: "Tom Cruise" },
  { id: "bea", name: "Bea" },
];
const claims: Claim[] = [{ id: "romance", text: "", status: "unverified", history: [] }];
const dataset = {
  peopleById: new Map(people.map((p) => [p.id, p])),
  claimsById: new Map(claims.map((c) => [c.id, c])),
};

const events = [
  event("dinner", "sighting", ["ana", "tom"], [{ claim: "romance", stance: "supports" }]),
  event("premiere", "appearance", ["tom"]),
  event("denial", "denial", ["ana"], [{ claim: "romance", stance: "disputes" }]),
  event("report", "report", [], [{ claim: "romance", stance: "context" }]),
  event("heli", "sighting", ["bea", "ana"], [{ claim: "other", stance: "supports" }]),
];

function summary(
  lanes: Lane[],
  of: readonly TimelineEvent[] = events,
): [string, string, string[]][] {
  return lanes.map((lane) => [lane.key, lane.label, lane.indexes.map((i) => of[i]!.id)]);
}

describe("assignLanes by kind", () => {
  it("makes one lane per kind present, in the canonical order, keeping event order", () => {
    expect(summary(assignLanes(events, { by: "kind" }, dataset, ENGLISH))).toEqual([
      ["sighting", "Sighting", ["dinner", "heli"]],
      ["report", "Report", ["report"]],
      ["denial", "Denial", ["denial"]],
      ["appearance", "Appearance", ["premiere"]],
    ]);
  });

  it("makes no lanes for no events", () => {
    expect(assignLanes([], { by: "kind" }, dataset, ENGLISH)).toEqual([]);
  });
});

describe("assignLanes by person", () => {
  it("puts an event in the lane of each person, busiest first, then by name", () => {
    expect(summary(assignLanes(events, { by: "person" }, dataset, ENGLISH))).toEqual([
      ["ana", "Ana de Armas", ["dinner", "denial", "heli"]],
      ["tom", "Tom Cruise", ["dinner", "premiere"]],
      ["bea", "Bea", ["heli"]],
      [NO_PERSON_KEY, "No one named", ["report"]],
    ]);
  });

  it("breaks ties by name and falls back to the id for unknown people", () => {
    const tied = [event("a", "report", ["tom"]), event("b", "report", ["zed", "bea"])];
    expect(summary(assignLanes(tied, { by: "person" }, dataset, ENGLISH), tied)).toEqual([
      ["bea", "Bea", ["b"]],
      ["tom", "Tom Cruise", ["a"]],
      ["zed", "zed", ["b"]],
    ]);
  });

  it("counts a person named twice on one event once", () => {
    const once = [event("a", "report", ["ana", "ana"])];
    const lanes = assignLanes(once, { by: "person" }, dataset, ENGLISH);
    expect(summary(lanes, once)).toEqual([["ana", "Ana de Armas", ["a"]]]);
  });
});

describe("assignLanes by stance", () => {
  it("sorts events by their stance on the claim, the rest into Not linked", () => {
    expect(
      summary(assignLanes(events, { by: "stance", claim: "romance" }, dataset, ENGLISH)),
    ).toEqual([
      ["supports", "Supports", ["dinner"]],
      ["disputes", "Disputes", ["denial"]],
      ["context", "Context", ["report"]],
      [NOT_LINKED_KEY, "Not linked", ["premiere", "heli"]],
    ]);
  });

  it("keeps the three stance lanes even when empty, and drops an empty Not linked", () => {
    const linked = events.filter((e) => e.claims.some((c) => c.claim === "romance"));
    const lanes = assignLanes(
      linked.slice(0, 1),
      { by: "stance", claim: "romance" },
      dataset,
      ENGLISH,
    );
    expect(summary(lanes)).toEqual([
      ["supports", "Supports", ["dinner"]],
      ["disputes", "Disputes", []],
      ["context", "Context", []],
    ]);
  });
});

describe("laneOfEvent", () => {
  it("maps each event to its first lane", () => {
    const laneOf = laneOfEvent(assignLanes(events, { by: "person" }, dataset, ENGLISH), events);
    expect(Object.fromEntries(laneOf)).toEqual({
      dinner: "ana",
      denial: "ana",
      heli: "ana",
      premiere: "tom",
      report: NO_PERSON_KEY,
    });
  });

  it("handles 100,000 events", () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      event(`e${i}`, i % 2 ? "report" : "sighting", [`p${i % 50}`, `p${(i + 1) % 50}`]),
    );
    const lanes = assignLanes(many, { by: "person" }, dataset, ENGLISH);
    const laneOf = laneOfEvent(lanes, many);
    expect(lanes).toHaveLength(50);
    expect(laneOf.size).toBe(100_000);
  });
});
