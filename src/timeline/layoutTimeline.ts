// Puts the pieces together: lanes, honest mark geometry, stacking and clusters, in pixels.
//
// Layout depends on the zoom level (the span of the visible domain) but not on where the
// view is panned to: x is measured from a fixed origin, and panning only shifts the layer.
// Callers memoize on (events, lanes, span, width) and pan without laying out again.
//
// A layout is kept as columns (typed arrays per lane) rather than an object per mark: it is
// redone at every zoom level for up to 100,000 events and must fit in a frame or two. Marks
// and clusters become objects only when they come into view (`visibleItems`, in
// layoutItems.ts). A layout is a plain value: nothing is added to it after it is returned.

import type { TimelineEvent } from "../data/model.ts";
import { at, atF64, atI32 } from "./at.ts";
import type { Lane } from "./lanes.ts";
import { markCentre, writeMarkBounds, type MarkGeometry } from "./markGeometry.ts";
import { LABEL_GAP_PX } from "./markLabel.ts";
import { stackColumns } from "./stack.ts";
import { timeColumns } from "./timeColumns.ts";
import { timeScale } from "./timeScale.ts";

export const ROW_HEIGHT_PX = 30;
export const MARK_SIZE_PX = 24;
export const LANE_PADDING_PX = 8;
/** Room at the top of each lane for its label, so that no label covers a mark. */
export const LANE_LABEL_PX = 14;
const MAX_ROWS = 3;
const GAP_PX = 4;
/** Wide enough for a badge like "+12,345"; denser stretches read as a row of them. */
const CLUSTER_WIDTH_PX = 72;
/** With labels, a cluster also names its first event: "5 · Birthday dinner at K…". */
export const LABELLED_CLUSTER_WIDTH_PX = 168;
/** Below this many pixels a date of day precision or finer is drawn as a point. */
export const MIN_SPAN_PX = 6;

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
  /** Width kept free for its label right of the mark (`labelLeft`), or 0 for none. */
  labelPx: number;
}

export interface LaidOutCluster {
  key: string;
  laneKey: string;
  /** Positions of its events in the laid-out events, left to right. */
  members: readonly number[];
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

/** One lane's marks and clusters, each sorted by left edge. */
export interface LaneColumns {
  readonly lane: LaidOutLane;
  /** Top of row 0. */
  readonly rowTop: number;
  readonly markEvent: Int32Array;
  readonly markRow: Int32Array;
  /** The pixels each mark occupies (points as wide as a mark). */
  readonly markX0: Float64Array;
  readonly markX1: Float64Array;
  /** Largest markX1 so far, left to right: lets a binary search find what reaches into view. */
  readonly markReach: Float64Array;
  readonly clusters: readonly LaidOutCluster[];
  readonly clusterReach: Float64Array;
}

export interface TimelineLayout {
  readonly lanes: readonly LaidOutLane[];
  /** Height of all lanes together. */
  readonly height: number;
  /** Pixels per millisecond and the time at x = 0. */
  readonly pxPerMs: number;
  readonly origin: number;
  readonly events: readonly TimelineEvent[];
  readonly columns: readonly LaneColumns[];
  /** Per event: the lane it first appears in (in lane order), or -1 when in none. */
  readonly firstLane: Int32Array;
  /** Per event: its position among its first lane's marks, or -(cluster index) - 1. */
  readonly firstSlot: Int32Array;
  readonly labelPx: Float64Array | undefined;
  readonly rowHeight: number;
}

export interface LayoutInput {
  events: readonly TimelineEvent[];
  lanes: readonly Lane[];
  /** Length of the visible domain in ms: the zoom level. */
  spanMs: number;
  widthPx: number;
  /** The time drawn at x = 0; keep it fixed while panning. */
  origin: number;
  /**
   * Per event (in `events` order), the width its label needs right of its mark. Marks are
   * stacked with that room kept free, so labels cover neither marks nor other labels;
   * where that leaves more marks on a spot than there are rows, they become a cluster.
   */
  labelPx?: Float64Array;
  maxRows?: number;
  /** Height of a row: labelled rows are taller, a date line over a title of two lines. */
  rowHeightPx?: number;
}

/** Where a mark's label starts: right of its glyph, and of its bar if it has one. */
export function labelLeft(geometry: MarkGeometry): number {
  return Math.max(geometry.x1, markCentre(geometry) + MARK_SIZE_PX / 2) + LABEL_GAP_PX;
}

export function layoutTimeline({
  events,
  lanes,
  spanMs,
  widthPx,
  origin,
  labelPx,
  maxRows = MAX_ROWS,
  rowHeightPx = ROW_HEIGHT_PX,
}: LayoutInput): TimelineLayout {
  const toX = timeScale([origin, origin + spanMs], [0, widthPx]);
  const pxPerMs = toX.pxPerMs();
  // Bounds once per event, shared by every lane it appears in.
  const time = timeColumns(events);
  const boundsX0 = new Float64Array(events.length);
  const boundsX1 = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    writeMarkBounds(
      toX(atF64(time.start, i)),
      toX(atF64(time.end, i)),
      time.pointable[i] === 1,
      time.openStart[i] === 1,
      time.openEnd[i] === 1,
      MIN_SPAN_PX,
      boundsX0,
      boundsX1,
      i,
    );
  }

  const firstLane = new Int32Array(events.length).fill(-1);
  const firstSlot = new Int32Array(events.length);
  const laidLanes: LaidOutLane[] = [];
  const columns: LaneColumns[] = [];
  let top = 0;

  lanes.forEach((lane, laneIndex) => {
    const n = lane.indexes.length;
    const x0 = new Float64Array(n);
    const x1 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const event = at(lane.indexes, i);
      const a = atF64(boundsX0, event);
      const b = atF64(boundsX1, event);
      const label = labelPx === undefined ? 0 : atF64(labelPx, event);
      if (label > 0) {
        // The same arithmetic as labelLeft, on bounds: an open end's fade is part of x1.
        const glyphRight = (a + b) / 2 + MARK_SIZE_PX / 2;
        x0[i] = Math.min(a, glyphRight - MARK_SIZE_PX);
        x1[i] = Math.max(b, glyphRight) + LABEL_GAP_PX + label;
      } else {
        x0[i] = a;
        x1[i] = b;
      }
    }
    const stack = stackColumns(x0, x1, {
      maxRows,
      gapPx: GAP_PX,
      pointWidthPx: MARK_SIZE_PX,
      clusterWidthPx: labelPx === undefined ? CLUSTER_WIDTH_PX : LABELLED_CLUSTER_WIDTH_PX,
    });
    const rowTop = top + LANE_LABEL_PX + LANE_PADDING_PX / 2;
    const height = LANE_LABEL_PX + Math.max(1, stack.rows) * rowHeightPx + LANE_PADDING_PX;
    const laidLane: LaidOutLane = { key: lane.key, label: lane.label, y: top, height };

    let marks = 0;
    for (const i of stack.order) if (atI32(stack.row, i) >= 0) marks++;
    const markEvent = new Int32Array(marks);
    const markRow = new Int32Array(marks);
    const markX0 = new Float64Array(marks);
    const markX1 = new Float64Array(marks);
    const markReach = new Float64Array(marks);
    let m = 0;
    let reach = -Infinity;
    for (const i of stack.order) {
      const row = atI32(stack.row, i);
      if (row < 0) continue;
      const event = at(lane.indexes, i);
      const x1 = atF64(stack.x1, i);
      markEvent[m] = event;
      markRow[m] = row;
      markX0[m] = atF64(stack.x0, i);
      markX1[m] = x1;
      reach = Math.max(reach, x1);
      markReach[m] = reach;
      if (firstLane[event] === -1) {
        firstLane[event] = laneIndex;
        firstSlot[event] = m;
      }
      m++;
    }
    const clusterReach = new Float64Array(stack.clusters.length);
    reach = -Infinity;
    const clusters = stack.clusters.map((cluster, c): LaidOutCluster => {
      const members = cluster.members.map((i) => at(lane.indexes, i));
      for (const event of members) {
        if (firstLane[event] === -1) {
          firstLane[event] = laneIndex;
          firstSlot[event] = -c - 1;
        }
      }
      reach = Math.max(reach, cluster.x1);
      clusterReach[c] = reach;
      return {
        key: `${lane.key}:${at(events, at(members, 0)).id}`,
        laneKey: lane.key,
        members,
        x0: cluster.x0,
        x1: cluster.x1,
        y: rowTop + cluster.row * rowHeightPx,
      };
    });
    columns.push({
      lane: laidLane,
      rowTop,
      markEvent,
      markRow,
      markX0,
      markX1,
      markReach,
      clusters,
      clusterReach,
    });
    laidLanes.push(laidLane);
    top += height;
  });
  return {
    lanes: laidLanes,
    height: top,
    pxPerMs,
    origin,
    events,
    columns,
    firstLane,
    firstSlot,
    labelPx,
    rowHeight: rowHeightPx,
  };
}

/**
 * Zoom levels the layout snaps to: stacking is computed once per level (a span that is a
 * power of this ratio), and zooming within a level only stretches positions. A continuous
 * pinch or wheel zoom therefore lays out again every ~25% of zoom, not every frame.
 *
 * A span snaps to the level at or above it, so a layout is only ever stretched apart
 * (by 1 to 1.25), never squeezed: labels keep their width, and squeezing would push
 * neighbours into them.
 */
export const ZOOM_LEVEL_RATIO = 1.25;

export function snappedSpan(spanMs: number): number {
  // The tolerance keeps a span that is exactly a level (give or take rounding) on it.
  const level = Math.ceil(Math.log(spanMs) / Math.log(ZOOM_LEVEL_RATIO) - 1e-9);
  return ZOOM_LEVEL_RATIO ** level;
}
