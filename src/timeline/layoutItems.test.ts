import { ENGLISH } from "../i18n/I18nContext.ts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { TimelineEvent } from "../data/model.ts";
import { reportEvent } from "../test/reportEvent.ts";
import { assignLanes } from "./lanes.ts";
import { allItems, placeOf, visibleItems } from "./layoutItems.ts";
import { layoutTimeline, type LayoutInput, type TimelineLayout } from "./layoutTimeline.ts";
import { markGeometry } from "./markGeometry.ts";

// Counts the geometry worked out for marks: each mark object made costs one call, plus one
// per alternative date, so the count says how many marks were made rather than reused.
vi.mock("./markGeometry.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./markGeometry.ts")>();
  return { ...actual, markGeometry: vi.fn(actual.markGeometry) };
});

const DAY = 86_400_000;

function withAltDate(event: TimelineEvent, when: string): TimelineEvent {
  const parsed = parseEdtf(when);
  if (!parsed.ok) throw new Error(parsed.error);
  return { ...event, altDates: [{ date: parsed.value, sources: ["s"] }] };
}

const events = [
  reportEvent("a", "2025-02-13"),
  withAltDate(reportEvent("b", "2025-02-20"), "2025-02-21"),
  reportEvent("c", "2025-03"),
  reportEvent("d", "2025-05-01"),
];
const input: LayoutInput = {
  events,
  lanes: assignLanes(
    events,
    { by: "kind" },
    { peopleById: new Map(), claimsById: new Map() },
    ENGLISH,
  ),
  spanMs: 120 * DAY,
  widthPx: 1200,
  origin: Date.UTC(2025, 1, 1),
};
/** Geometry calls for all four marks: one each, and one for b's alternative date. */
const ALL_MARKS_CALLS = 5;

beforeEach(() => {
  vi.mocked(markGeometry).mockClear();
});

describe("mark objects", () => {
  it("are made once per layout, then reused by every later query", () => {
    const layout = layoutTimeline(input);
    expect(markGeometry).not.toHaveBeenCalled();

    const first = allItems(layout).marks;
    expect(first).toHaveLength(4);
    expect(markGeometry).toHaveBeenCalledTimes(ALL_MARKS_CALLS);

    const again = allItems(layout).marks;
    const inView = visibleItems(layout, 0, 300).marks;
    const placed = placeOf(layout, 1);
    expect(markGeometry).toHaveBeenCalledTimes(ALL_MARKS_CALLS);
    again.forEach((mark, i) => expect(mark).toBe(first[i]));
    expect(inView.length).toBeGreaterThan(0);
    for (const mark of inView) expect(first).toContain(mark);
    expect(placed !== null && "mark" in placed && placed.mark).toBe(first[1]);
  });

  it("are made only for what is asked for", () => {
    const layout = layoutTimeline(input);
    const inView = visibleItems(layout, 0, 300, 0).marks;
    expect(inView.length).toBeLessThan(4);
    expect(markGeometry).toHaveBeenCalledTimes(
      inView.reduce((calls, mark) => calls + 1 + mark.alts.length, 0),
    );
  });

  it("belong to one layout: a new layout, even of the same input, makes its own", () => {
    const one = allItems(layoutTimeline(input)).marks;
    const other = allItems(layoutTimeline(input)).marks;
    expect(markGeometry).toHaveBeenCalledTimes(2 * ALL_MARKS_CALLS);
    expect(other).toEqual(one);
    expect(other[0]).not.toBe(one[0]);
  });
});

/** Freezes a layout all the way down (typed arrays cannot be frozen, and are left). */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !ArrayBuffer.isView(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("a layout", () => {
  it("is a plain value: making marks adds nothing to it and changes nothing in it", () => {
    const layout = layoutTimeline(input);
    const before = structuredClone(layout);
    const keys = (l: TimelineLayout) => [Object.keys(l), l.columns.map((c) => Object.keys(c))];
    const keysBefore = keys(layout);

    allItems(layout);
    placeOf(layout, 2);
    expect(keys(layout)).toEqual(keysBefore);
    expect(layout).toStrictEqual(before);
    expect(layout).toStrictEqual(layoutTimeline(input));
    for (const column of layout.columns) {
      expect(Object.keys(column).sort()).toEqual([
        "clusterReach",
        "clusters",
        "lane",
        "markEvent",
        "markReach",
        "markRow",
        "markX0",
        "markX1",
        "rowTop",
      ]);
    }
  });

  it("can be frozen and still be drawn", () => {
    const layout = deepFreeze(layoutTimeline(input));
    expect(allItems(layout).marks).toHaveLength(4);
    expect(placeOf(layout, 0)).not.toBeNull();
  });
});
