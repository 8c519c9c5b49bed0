// The marks and clusters of a layout as objects, made only when asked for: what is in view
// (a binary search per lane), where one event is drawn, and the view's stretch between
// zoom levels. A layout is columns of numbers (layoutTimeline.ts); objects are made here,
// once per layout, and remembered beside it rather than in it.

import { at, atF64, atI32 } from "./at.ts";
import {
  MIN_SPAN_PX,
  type LaidOutCluster,
  type LaidOutMark,
  type TimelineLayout,
} from "./layoutTimeline.ts";
import { markGeometry, type MarkGeometry } from "./markGeometry.ts";
import { timeScaleAt } from "./timeScale.ts";

/**
 * Mark objects already made, per layout, lane and position: a mark in view keeps its
 * identity while panning, so React does not redraw it. Kept here, not in the layout, which
 * stays a plain value; a layout's entry goes when the layout does.
 */
const madeMarks = new WeakMap<TimelineLayout, (LaidOutMark | undefined)[][]>();

function marksMadeIn(layout: TimelineLayout, laneIndex: number): (LaidOutMark | undefined)[] {
  let lanes = madeMarks.get(layout);
  if (lanes === undefined) {
    lanes = layout.columns.map(() => []);
    madeMarks.set(layout, lanes);
  }
  return at(lanes, laneIndex);
}

/** The mark at position `m` of a lane, made once per layout. */
function markAt(layout: TimelineLayout, laneIndex: number, m: number): LaidOutMark | undefined {
  const lane = layout.columns[laneIndex];
  if (lane === undefined) return undefined;
  const made = marksMadeIn(layout, laneIndex);
  const kept = made[m];
  if (kept !== undefined) return kept;
  const index = lane.markEvent[m];
  const event = index === undefined ? undefined : layout.events[index];
  if (index === undefined || event === undefined) return undefined;
  const x = timeScaleAt(layout.origin, layout.pxPerMs);
  const mark: LaidOutMark = {
    event,
    laneKey: lane.lane.key,
    primary: layout.firstLane[index] === laneIndex,
    geometry: markGeometry(event.date, x, MIN_SPAN_PX),
    alts: event.altDates.map((alt) => markGeometry(alt.date, x, MIN_SPAN_PX)),
    y: lane.rowTop + atI32(lane.markRow, m) * layout.rowHeight,
    labelPx: labelWidth(layout, index),
  };
  made[m] = mark;
  return mark;
}

/**
 * The selected event drawn on its own where it sits inside a cluster: when zooming in
 * cannot pull it out (a month among its days), it is shown pinned over its cluster, so that
 * the event the reader is on is always on the plot. `undefined` when it is not clustered.
 */
export function pinnedMark(layout: TimelineLayout, eventIndex: number): LaidOutMark | undefined {
  const place = placeOf(layout, eventIndex);
  const event = layout.events[eventIndex];
  if (place === null || !("cluster" in place) || event === undefined) return undefined;
  const x = timeScaleAt(layout.origin, layout.pxPerMs);
  return {
    event,
    laneKey: place.cluster.laneKey,
    primary: true,
    geometry: markGeometry(event.date, x, MIN_SPAN_PX),
    alts: event.altDates.map((alt) => markGeometry(alt.date, x, MIN_SPAN_PX)),
    y: place.cluster.y,
    labelPx: labelWidth(layout, eventIndex),
  };
}

/** The room kept for an event's label, 0 when the layout has no labels. */
function labelWidth(layout: TimelineLayout, eventIndex: number): number {
  return layout.labelPx === undefined ? 0 : atF64(layout.labelPx, eventIndex);
}

/** First position whose running reach is at least `lo`: nothing before it reaches `lo`. */
function firstReaching(reach: Float64Array, lo: number): number {
  let low = 0;
  let high = reach.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((reach[mid] ?? Infinity) < lo) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface VisibleItems {
  marks: LaidOutMark[];
  clusters: LaidOutCluster[];
}

/**
 * Marks and clusters that intersect [left, right] (layout pixels), with a margin. Costs a
 * binary search per lane plus what is in view, however many events there are.
 */
export function visibleItems(
  layout: TimelineLayout,
  left: number,
  right: number,
  marginPx = 60,
): VisibleItems {
  const lo = left - marginPx;
  const hi = right + marginPx;
  const marks: LaidOutMark[] = [];
  const clusters: LaidOutCluster[] = [];
  layout.columns.forEach((lane, laneIndex) => {
    for (let m = firstReaching(lane.markReach, lo); m < lane.markX0.length; m++) {
      if ((lane.markX0[m] ?? Infinity) > hi) break;
      if ((lane.markX1[m] ?? -Infinity) < lo) continue;
      const mark = markAt(layout, laneIndex, m);
      if (mark !== undefined) marks.push(mark);
    }
    for (let c = firstReaching(lane.clusterReach, lo); c < lane.clusters.length; c++) {
      const cluster = lane.clusters[c];
      if (cluster === undefined || cluster.x0 > hi) break;
      if (cluster.x1 >= lo) clusters.push(cluster);
    }
  });
  return { marks, clusters };
}

/** Everything laid out, in view or not: for tests and small datasets. */
export function allItems(layout: TimelineLayout): VisibleItems {
  return visibleItems(layout, -Infinity, Infinity, 0);
}

/** Where an event is drawn in its first lane: its mark, or the cluster that holds it. */
export type Place = { mark: LaidOutMark } | { cluster: LaidOutCluster } | null;

export function placeOf(layout: TimelineLayout, eventIndex: number): Place {
  const laneIndex = layout.firstLane[eventIndex] ?? -1;
  if (laneIndex < 0) return null;
  const slot = atI32(layout.firstSlot, eventIndex);
  if (slot >= 0) {
    const mark = markAt(layout, laneIndex, slot);
    return mark === undefined ? null : { mark };
  }
  const cluster = layout.columns[laneIndex]?.clusters[-slot - 1];
  return cluster === undefined ? null : { cluster };
}

function scaleGeometry(geometry: MarkGeometry, k: number): MarkGeometry {
  return { ...geometry, x0: geometry.x0 * k, x1: geometry.x1 * k };
}

/** Stretches the visible part of a layout by `k` (current px per layout px): O(visible). */
export function stretchVisible(visible: VisibleItems, k: number): VisibleItems {
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
