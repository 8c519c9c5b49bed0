// Puts the pieces together: lanes, honest mark geometry, stacking and clusters, in pixels.
//
// Layout depends on the zoom level (the span of the visible domain) but not on where the
// view is panned to: x is measured from a fixed origin, and panning only shifts the layer.
// Callers memoize on (events, lanes, span, width) and pan without laying out again.

import type { TimelineEvent } from "../data/model.ts";
import type { Lane } from "./lanes.ts";
import { markGeometry, type MarkGeometry } from "./markGeometry.ts";
import { stackLane } from "./stack.ts";

export const ROW_HEIGHT_PX = 30;
export const MARK_SIZE_PX = 24;
export const LANE_PADDING_PX = 8;
/** Room at the top of each lane for its label, so that no label covers a mark. */
export const LANE_LABEL_PX = 14;
const MAX_ROWS = 3;
const GAP_PX = 4;

export interface LaidOutMark {
  event: TimelineEvent;
  laneKey: string;
  /** The event's first lane: its mark there is the one that takes keyboard focus. */
  primary: boolean;
  geometry: MarkGeometry;
  /** Ghost marks of alternative dates, in the order of `event.altDates`. */
  alts: MarkGeometry[];
  /** Top of the mark's row, from the top of the lanes. */
  y: number;
}

export interface LaidOutCluster {
  key: string;
  laneKey: string;
  ids: string[];
  x0: number;
  x1: number;
  y: number;
}

export interface LaidOutLane {
  key: string;
  label: string;
  y: number;
  height: number;
}

export interface TimelineLayout {
  lanes: LaidOutLane[];
  marks: LaidOutMark[];
  clusters: LaidOutCluster[];
  /** Height of all lanes together. */
  height: number;
  /** Pixels per millisecond and the time at x = 0. */
  pxPerMs: number;
  origin: number;
}

export interface LayoutInput {
  events: readonly TimelineEvent[];
  lanes: readonly Lane[];
  /** Length of the visible domain in ms: the zoom level. */
  spanMs: number;
  widthPx: number;
  /** The time drawn at x = 0; keep it fixed while panning. */
  origin: number;
}

export function layoutTimeline({
  events,
  lanes,
  spanMs,
  widthPx,
  origin,
}: LayoutInput): TimelineLayout {
  const pxPerMs = widthPx / spanMs;
  const x = (t: number) => (t - origin) * pxPerMs;
  const byId = new Map(events.map((event) => [event.id, event]));
  const geometryOf = new Map<string, MarkGeometry>();
  const geometry = (event: TimelineEvent) => {
    let found = geometryOf.get(event.id);
    if (found === undefined) {
      found = markGeometry(event.date, x);
      geometryOf.set(event.id, found);
    }
    return found;
  };

  const seen = new Set<string>();
  const laidLanes: LaidOutLane[] = [];
  const marks: LaidOutMark[] = [];
  const clusters: LaidOutCluster[] = [];
  let top = 0;

  for (const lane of lanes) {
    const laneEvents = lane.eventIds.flatMap((id) => byId.get(id) ?? []);
    const stack = stackLane(
      laneEvents.map((event) => {
        const g = geometry(event);
        return { id: event.id, x0: g.x0, x1: g.x1 };
      }),
      { maxRows: MAX_ROWS, gapPx: GAP_PX, pointWidthPx: MARK_SIZE_PX },
    );
    const rowTop = (row: number) => top + LANE_LABEL_PX + LANE_PADDING_PX / 2 + row * ROW_HEIGHT_PX;
    for (const { id, row } of stack.placed) {
      const event = byId.get(id);
      if (event === undefined) continue;
      marks.push({
        event,
        laneKey: lane.key,
        primary: !seen.has(id),
        geometry: geometry(event),
        alts: event.altDates.map((alt) => markGeometry(alt.date, x)),
        y: rowTop(row),
      });
      seen.add(id);
    }
    for (const cluster of stack.clusters) {
      for (const id of cluster.ids) seen.add(id);
      clusters.push({
        key: `${lane.key}:${cluster.ids[0] ?? ""}`,
        laneKey: lane.key,
        ids: cluster.ids,
        x0: cluster.x0,
        x1: cluster.x1,
        y: rowTop(cluster.row),
      });
    }
    const height = LANE_LABEL_PX + Math.max(1, stack.rows) * ROW_HEIGHT_PX + LANE_PADDING_PX;
    laidLanes.push({ key: lane.key, label: lane.label, y: top, height });
    top += height;
  }
  return { lanes: laidLanes, marks, clusters, height: top, pxPerMs, origin };
}

/** Marks and clusters that intersect [left, right] (layout pixels), with a margin. */
export function visibleItems(layout: TimelineLayout, left: number, right: number, marginPx = 60) {
  const lo = left - marginPx;
  const hi = right + marginPx;
  return {
    marks: layout.marks.filter(
      (m) => m.geometry.x1 + MARK_SIZE_PX / 2 >= lo && m.geometry.x0 - MARK_SIZE_PX / 2 <= hi,
    ),
    clusters: layout.clusters.filter((c) => c.x1 >= lo && c.x0 <= hi),
  };
}

/**
 * Zoom levels the layout snaps to: stacking is computed once per level (a span that is a
 * power of this ratio), and zooming within a level only stretches positions. A continuous
 * pinch or wheel zoom therefore lays out again every ~12% of zoom, not every frame.
 */
export const ZOOM_LEVEL_RATIO = 1.25;

export function snappedSpan(spanMs: number): number {
  const level = Math.round(Math.log(spanMs) / Math.log(ZOOM_LEVEL_RATIO));
  return ZOOM_LEVEL_RATIO ** level;
}

function scaleGeometry(geometry: MarkGeometry, k: number): MarkGeometry {
  return { ...geometry, x0: geometry.x0 * k, x1: geometry.x1 * k };
}

/** Stretches the visible part of a layout by `k` (current px per layout px): O(visible). */
export function stretchVisible(
  visible: { marks: LaidOutMark[]; clusters: LaidOutCluster[] },
  k: number,
): { marks: LaidOutMark[]; clusters: LaidOutCluster[] } {
  if (k === 1) return visible;
  return {
    marks: visible.marks.map((mark) => ({
      ...mark,
      geometry: scaleGeometry(mark.geometry, k),
      alts: mark.alts.map((alt) => scaleGeometry(alt, k)),
    })),
    clusters: visible.clusters.map((cluster) => ({
      ...cluster,
      x0: cluster.x0 * k,
      x1: cluster.x1 * k,
    })),
  };
}
