import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { TimelineEvent } from "../data/model.ts";
import { assignLanes } from "./lanes.ts";
import { allItems, stretchVisible, visibleItems } from "./layoutItems.ts";
import {
  labelLeft,
  layoutTimeline,
  MARK_SIZE_PX,
  snappedSpan,
  ZOOM_LEVEL_RATIO,
} from "./layoutTimeline.ts";
import { markCentre } from "./markGeometry.ts";
import { propertyOptions } from "../test/property.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

function date(text: string) {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function event(
  id: string,
  when: string,
  kind: TimelineEvent["kind"] = "sighting",
  people: string[] = [],
): TimelineEvent {
  return {
    id,
    index: 0,
    title: id,
    summary: id,
    date: date(when),
    altDates: [],
    kind,
    people,
    claims: [],
    annotations: [],
    sources: ["s"],
    tags: [],
  };
}

const DAY = 86_400_000;
const lookups = { peopleById: new Map(), claimsById: new Map() };

describe("layoutTimeline", () => {
  const events = [
    event("a", "2025-02-13"),
    event("b", "2025-02-13"),
    event("c", "2025-03", "report"),
    event("d", "2025-05-01", "denial"),
  ];
  const lanes = assignLanes(events, { by: "kind" }, lookups, ENGLISH);
  const origin = Date.UTC(2025, 1, 1);

  it("gives each lane its own band, stacked top to bottom", () => {
    const layout = layoutTimeline({ events, lanes, spanMs: 120 * DAY, widthPx: 1200, origin });
    expect(layout.lanes.map((l) => l.key)).toEqual(["sighting", "report", "denial"]);
    for (let i = 1; i < layout.lanes.length; i++) {
      const previous = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBe(previous.y + previous.height);
    }
    expect(layout.height).toBe(layout.lanes.reduce((sum, l) => sum + l.height, 0));
  });

  it("stacks same-day marks in separate rows instead of on top of each other", () => {
    const layout = layoutTimeline({ events, lanes, spanMs: 120 * DAY, widthPx: 1200, origin });
    const [a, b] = ["a", "b"].map((id) => allItems(layout).marks.find((m) => m.event.id === id)!);
    expect(a!.y).not.toBe(b!.y);
    expect(a!.geometry.x0).toBe(b!.geometry.x0);
  });

  it("draws a month as a span of its whole length", () => {
    const layout = layoutTimeline({ events, lanes, spanMs: 120 * DAY, widthPx: 1200, origin });
    const march = allItems(layout).marks.find((m) => m.event.id === "c")!;
    expect(march.geometry.shape).toBe("span");
    expect(march.geometry.x1 - march.geometry.x0).toBeCloseTo(31 * 10, 5);
  });

  it("clusters a pile deeper than the lane's rows and keeps every event exactly once", () => {
    const crowd = Array.from({ length: 10 }, (_, i) => event(`e${i}`, "2025-02-13"));
    const crowdLanes = assignLanes(crowd, { by: "kind" }, lookups, ENGLISH);
    const layout = layoutTimeline({
      events: crowd,
      lanes: crowdLanes,
      spanMs: 120 * DAY,
      widthPx: 1200,
      origin,
    });
    const clustered = allItems(layout).clusters.flatMap((c) => c.members.map((i) => crowd[i]!.id));
    const placed = allItems(layout).marks.map((m) => m.event.id);
    expect(clustered.length).toBeGreaterThan(0);
    expect(new Set([...clustered, ...placed]).size).toBe(10);
    expect(clustered.length + placed.length).toBe(10);
  });

  it("repeats an event in each person's lane, with only the first one primary", () => {
    const shared = [event("x", "2025-02-13", "sighting", ["ana", "tom"])];
    const people = {
      ...lookups,
      peopleById: new Map([
        ["ana", { id: "ana", name: "Ana" }],
        ["tom", { id: "tom", name: "Tom" }],
      ]),
    };
    const byPerson = assignLanes(shared, { by: "person" }, people, ENGLISH);
    const layout = layoutTimeline({
      events: shared,
      lanes: byPerson,
      spanMs: 30 * DAY,
      widthPx: 600,
      origin,
    });
    expect(allItems(layout).marks.map((m) => [m.laneKey, m.primary])).toEqual([
      ["ana", true],
      ["tom", false],
    ]);
  });

  it("measures x from the origin, so panning is a shift and never a new layout", () => {
    const one = layoutTimeline({ events, lanes, spanMs: 120 * DAY, widthPx: 1200, origin });
    const shifted = layoutTimeline({
      events,
      lanes,
      spanMs: 120 * DAY,
      widthPx: 1200,
      origin: origin - 10 * DAY,
    });
    expect(allItems(shifted).marks.map((m) => m.geometry.x0 - 100)).toEqual(
      allItems(one).marks.map((m) => m.geometry.x0),
    );
    expect(allItems(shifted).marks.map((m) => m.y)).toEqual(allItems(one).marks.map((m) => m.y));
    expect(allItems(one).marks.find((m) => m.event.id === "a")!.geometry.x0).toBeCloseTo(
      12 * 10,
      5,
    );
  });
});

describe("visibleItems", () => {
  it("keeps only what intersects the visible pixels", () => {
    const events = [event("in", "2025-02-10"), event("out", "2025-06-10")];
    const lanes = assignLanes(events, { by: "kind" }, lookups, ENGLISH);
    const layout = layoutTimeline({
      events,
      lanes,
      spanMs: 30 * DAY,
      widthPx: 300,
      origin: Date.UTC(2025, 1, 1),
    });
    const visible = visibleItems(layout, 0, 300, MARK_SIZE_PX);
    expect(visible.marks.map((m) => m.event.id)).toEqual(["in"]);
  });
});

describe("zoom levels", () => {
  it("snap spans to the power of the level ratio at or above them", () => {
    for (const span of [3_600_000, 86_400_000, 1e10, 3.2e11]) {
      const snapped = snappedSpan(span);
      // At or above: a layout is stretched apart, never squeezed into its labels.
      expect(snapped / span).toBeGreaterThan(1 - 1e-9);
      expect(snapped / span).toBeLessThan(ZOOM_LEVEL_RATIO + 1e-9);
    }
    const inLevel = ZOOM_LEVEL_RATIO ** 100 * 0.9;
    expect(snappedSpan(inLevel)).toBe(snappedSpan(inLevel * 1.05));
  });

  it("stretching multiplies positions and leaves rows alone", () => {
    const events = [event("a", "2025-02-13"), event("b", "2025-03")];
    const lanes = assignLanes(events, { by: "kind" }, lookups, ENGLISH);
    const layout = layoutTimeline({
      events,
      lanes,
      spanMs: 60 * DAY,
      widthPx: 600,
      origin: Date.UTC(2025, 1, 1),
    });
    const all = allItems(layout);
    const stretched = stretchVisible(all, 1.1);
    expect(stretched.marks.map((m) => m.geometry.x0)).toEqual(
      allItems(layout).marks.map((m) => m.geometry.x0 * 1.1),
    );
    expect(stretched.marks.map((m) => m.y)).toEqual(allItems(layout).marks.map((m) => m.y));
    expect(stretchVisible(all, 1)).toBe(all);
  });
});

describe("labels", () => {
  it("keep their room: no label covers another mark or label in its row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.integer({ min: 20, max: 220 }), { minLength: 60, maxLength: 60 }),
        fc.double({ min: 1, max: 1.25, noNaN: true }),
        (days, widths, stretch) => {
          const events = days
            .map((d, i) =>
              event(`e${i}`, new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10)),
            )
            .sort((a, b) => a.date.start - b.date.start);
          const lanes = assignLanes(events, { by: "kind" }, lookups, ENGLISH);
          const labelPx = Float64Array.from(events, (_, i) => widths[i] ?? 50);
          const layout = layoutTimeline({
            events,
            lanes,
            spanMs: 120 * DAY,
            widthPx: 900,
            origin: Date.UTC(2025, 0, 1),
            labelPx,
            maxRows: 4,
          });
          // Drawn as the plot draws them, stretched apart within a zoom level.
          const { marks } = stretchVisible(allItems(layout), stretch);
          const rows = new Map<number, [number, number][]>();
          for (const mark of marks) {
            const left = Math.min(mark.geometry.x0, markCentre(mark.geometry) - MARK_SIZE_PX / 2);
            const right = labelLeft(mark.geometry) + mark.labelPx;
            rows.set(mark.y, [...(rows.get(mark.y) ?? []), [left, right]]);
          }
          for (const extents of rows.values()) {
            extents.sort((a, b) => a[0] - b[0]);
            for (let i = 1; i < extents.length; i++) {
              expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1] - 1e-6);
            }
          }
        },
      ),
      propertyOptions(20250213, 200),
    );
  });
});

describe("reachability", () => {
  // The plot lists a group's members when it is opened (ClusterMark), so an event is
  // reachable when it is drawn as a mark or is a member of a drawn group: in every lane
  // mode, at every zoom, whatever piles up on one day or overlaps.
  it("every event in a lane is drawn there as a mark or inside a group, at any zoom", () => {
    const kinds = ["sighting", "report", "denial"] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 40 }),
            length: fc.constantFrom(0, 0, 1, 5, 10),
            kind: fc.constantFrom(...kinds),
            people: fc.subarray(["ana", "tom"]),
          }),
          { minLength: 1, maxLength: 80 },
        ),
        fc.constantFrom<"kind" | "person">("kind", "person"),
        fc.constantFrom(0.05, 1, 10, 120, 2000),
        fc.constantFrom(2, 4),
        (specs, by, spanDays, maxRows) => {
          const events = specs
            .map((spec, i) => {
              const from = new Date(Date.UTC(2025, 0, 1 + spec.day)).toISOString().slice(0, 10);
              const to = new Date(Date.UTC(2025, 0, 1 + spec.day + spec.length))
                .toISOString()
                .slice(0, 10);
              return event(`e${i}`, spec.length === 0 ? from : `${from}/${to}`, spec.kind, [
                ...spec.people,
              ]);
            })
            .sort((a, b) => a.date.start - b.date.start);
          const lanes = assignLanes(events, { by }, lookups, ENGLISH);
          const layout = layoutTimeline({
            events,
            lanes,
            spanMs: spanDays * DAY,
            widthPx: 900,
            origin: Date.UTC(2025, 0, 1),
            labelPx: Float64Array.from(events, () => 120),
            maxRows,
          });
          const { marks, clusters } = allItems(layout);
          const reachable = new Map<string, Set<number>>();
          const reach = (lane: string, index: number) =>
            reachable.set(lane, (reachable.get(lane) ?? new Set()).add(index));
          for (const mark of marks) reach(mark.laneKey, events.indexOf(mark.event));
          for (const cluster of clusters) {
            for (const member of cluster.members) reach(cluster.laneKey, member);
          }
          for (const lane of lanes) {
            for (const index of lane.indexes) {
              expect(
                reachable.get(lane.key)?.has(index),
                `${events[index]!.id} in ${lane.key}`,
              ).toBe(true);
            }
          }
        },
      ),
      propertyOptions(20251130, 150),
    );
  });
});
