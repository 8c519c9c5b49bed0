// Packs one lane's marks into rows so that no mark hides another. Where more marks pile up
// on one spot than the lane has rows, all the marks in that pile become one counted
// cluster instead of marks drawn on top of each other.
//
// Why piles and not plain first-fit overflow: a cluster has to dissolve as the reader zooms
// in. First-fit decides who overflows by arrival order, so zooming in can let an early mark
// into a row that a later pair needed, and the cluster grows. Depth is a property of the
// marks alone: zooming in only ever pulls marks apart, so a pile can only shrink.
//
// Cost: O(n log n) for the sorts (near O(n) for input already in time order), then one
// sweep. The work is done on typed arrays with no object per mark: a lane of 100,000
// events is laid out again at every zoom level, within a frame or two.

import { at, atF64, atI32 } from "./at.ts";

export interface Item {
  id: string;
  /** Pixels, x1 ≥ x0. A point has x0 === x1 and is drawn pointWidthPx wide. */
  x0: number;
  x1: number;
}

export interface Placed {
  id: string;
  row: number;
}

export interface Cluster {
  /** Left to right. */
  ids: string[];
  /**
   * Where it is drawn: from its first member's left edge to the right edge of what its
   * members cover (point widths included), but at most `clusterWidthPx` wide.
   */
  x0: number;
  x1: number;
  /** The last row, or the last free one if a mark still holds the last where it starts. */
  row: number;
  count: number;
}

export interface StackOptions {
  maxRows: number;
  /** Clear space kept between neighbours in a row. */
  gapPx: number;
  /** Visual width of a point, and the least width anything occupies (at least 1 px). */
  pointWidthPx: number;
  /**
   * A cluster is drawn at most this wide, and the pile goes on in a new one beside it: a
   * dense stretch reads as a row of counts (where events bunch up, and how many) rather
   * than one badge across the whole lane. A long span inside a cluster is not drawn, so it
   * holds no more of the row than the badge. Unbounded if absent.
   */
  clusterWidthPx?: number;
}

export interface Stack {
  placed: Placed[];
  clusters: Cluster[];
  /** Rows in use: 0 for no items, never more than maxRows. */
  rows: number;
}

/** A cluster by item positions (indexes into the input columns), left to right. */
export interface ClusterColumns {
  members: number[];
  x0: number;
  x1: number;
  row: number;
}

/** The result for input columns: per item a row, or the cluster it went into. */
export interface StackColumns {
  /** Items in left-to-right order of their drawn extents; ties keep input order. */
  order: Int32Array;
  /** Per item: its row, or -1 when it is in a cluster. */
  row: Int32Array;
  /** Per item: the index of its cluster in `clusters`, or -1. */
  cluster: Int32Array;
  /** Per item: the extent it occupies, point width included. */
  x0: Float64Array;
  x1: Float64Array;
  /** Left to right. */
  clusters: ClusterColumns[];
  rows: number;
}

export function stackLane(items: readonly Item[], options: StackOptions): Stack {
  const x0 = Float64Array.from(items, (item) => item.x0);
  const x1 = Float64Array.from(items, (item) => item.x1);
  const stack = stackColumns(x0, x1, options);
  const placed: Placed[] = [];
  for (const i of stack.order) {
    const row = atI32(stack.row, i);
    if (row >= 0) placed.push({ id: at(items, i).id, row });
  }
  const clusters = stack.clusters.map((cluster) => ({
    ids: cluster.members.map((i) => at(items, i).id),
    x0: cluster.x0,
    x1: cluster.x1,
    row: cluster.row,
    count: cluster.members.length,
  }));
  return { placed, clusters, rows: stack.rows };
}

const MIN_WIDTH_PX = 1;

/** `stackLane` on columns: item i spans `x0[i]..x1[i]` (pixels, x1 ≥ x0). */
export function stackColumns(
  itemX0: Float64Array,
  itemX1: Float64Array,
  options: StackOptions,
): StackColumns {
  const n = itemX0.length;
  const maxRows = Math.max(1, Math.floor(options.maxRows));
  const gap = options.gapPx;
  const clusterWidth = options.clusterWidthPx ?? Infinity;
  // Anything narrower than a point is drawn as wide as one, around its centre, so a 1 px
  // span cannot squeeze between two neighbours it would cover; a zero-width mark would
  // cover no spot at all and could be packed on top of another.
  const half = Math.max(options.pointWidthPx, MIN_WIDTH_PX) / 2;
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = atF64(itemX0, i);
    const b = atF64(itemX1, i);
    const centre = (a + b) / 2;
    x0[i] = Math.min(a, centre - half);
    x1[i] = Math.max(b, centre + half);
  }
  const order = sortedOrder(x0);
  const piles = crowdedSpans(x0, x1, gap, order, maxRows);

  const row = new Int32Array(n).fill(-1);
  const clusterOf = new Int32Array(n).fill(-1);
  const clusters: ClusterColumns[] = [];
  // `reach` is exclusive: another mark may start where a row's reach ends.
  const rowReach = new Float64Array(maxRows).fill(-Infinity);
  let rows = 0;
  let open: ClusterColumns | null = null;
  let openReach = -Infinity;
  let pile = 0;
  for (const i of order) {
    const start = atF64(x0, i);
    const reach = atF64(x1, i) + gap;
    // Items come left to right, so the first pile that ends after this one starts only
    // moves right.
    while (pile < piles.length && at(piles.end, pile) <= start) pile++;
    const piled = pile < piles.length && at(piles.start, pile) < reach;
    if (!piled) {
      // Piles take all spots deeper than maxRows, so at most maxRows units ever overlap
      // and some row is free; the last row keeps a broken input visible anyway.
      let r = rowReach.findIndex((end) => end <= start);
      if (r < 0) r = maxRows - 1;
      row[i] = r;
      rowReach[r] = Math.max(atF64(rowReach, r), reach);
      rows = Math.max(rows, r + 1);
      continue;
    }
    if (open !== null && start < openReach) {
      // A piled mark joins every piled mark it touches; the cluster's row is held for as
      // far as it now reaches, up to its full width.
      open.members.push(i);
      open.x1 = Math.min(Math.max(open.x1, atF64(x1, i)), open.x0 + clusterWidth);
      openReach = open.x1 + gap;
      rowReach[open.row] = Math.max(atF64(rowReach, open.row), openReach);
      clusterOf[i] = clusters.length - 1;
      continue;
    }
    // Clusters take the first free row like marks do: a dense lane that is all clusters
    // then needs one row, not maxRows rows with only the last one drawn in.
    let r = rowReach.findIndex((end) => end <= start);
    if (r < 0) r = maxRows - 1;
    open = { members: [i], x0: start, x1: Math.min(atF64(x1, i), start + clusterWidth), row: r };
    openReach = open.x1 + gap;
    rowReach[r] = Math.max(atF64(rowReach, r), openReach);
    rows = Math.max(rows, r + 1);
    clusterOf[i] = clusters.length;
    clusters.push(open);
  }
  return { order, row, cluster: clusterOf, x0, x1, clusters, rows };
}

/** Indexes by left edge; Array.prototype.sort is stable, so ties keep the input order. */
function sortedOrder(x0: Float64Array): Int32Array {
  const n = x0.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && atF64(x0, i) < atF64(x0, i - 1)) sorted = false;
  }
  // Events arrive in time order, so this is usually already done.
  if (sorted) return order;
  const indexes = Array.from(order);
  indexes.sort((a, b) => atF64(x0, a) - atF64(x0, b) || a - b);
  return Int32Array.from(indexes);
}

interface Spans {
  start: number[];
  end: number[];
  length: number;
}

/** Where more than `maxRows` extents cover the same spot, as sorted, disjoint spans. */
function crowdedSpans(
  x0: Float64Array,
  x1: Float64Array,
  gap: number,
  order: Int32Array,
  maxRows: number,
): Spans {
  const ends = new Float64Array(x1.length);
  for (let i = 0; i < x1.length; i++) ends[i] = atF64(x1, i) + gap;
  ends.sort();
  const spans: Spans = { start: [], end: [], length: 0 };
  const push = (start: number, end: number) => {
    if (end <= start) return;
    spans.start.push(start);
    spans.end.push(end);
    spans.length++;
  };
  let depth = 0;
  let crowdedFrom: number | null = null;
  let e = 0;
  for (const i of order) {
    const start = atF64(x0, i);
    // Ends are exclusive, so a mark ending exactly where this one starts has left already.
    for (; e < ends.length && atF64(ends, e) <= start; e++) {
      depth--;
      if (crowdedFrom !== null && depth <= maxRows) {
        push(crowdedFrom, atF64(ends, e));
        crowdedFrom = null;
      }
    }
    depth++;
    if (depth > maxRows && crowdedFrom === null) crowdedFrom = start;
  }
  for (; crowdedFrom !== null && e < ends.length; e++) {
    depth--;
    if (depth <= maxRows) {
      push(crowdedFrom, atF64(ends, e));
      crowdedFrom = null;
    }
  }
  return spans;
}
