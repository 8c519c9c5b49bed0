// Packs one lane's marks into rows so that no mark hides another. Where more marks pile up
// on one spot than the lane has rows, all the marks in that pile become one counted
// cluster instead of marks drawn on top of each other.
//
// Why piles and not plain first-fit overflow: a cluster has to dissolve as the reader zooms
// in. First-fit decides who overflows by arrival order, so zooming in can let an early mark
// into a row that a later pair needed, and the cluster grows. Depth is a property of the
// marks alone: zooming in only ever pulls marks apart, so a pile can only shrink.
//
// Cost: O(n log n) for the sort and the pile lookups, plus O(n · maxRows) for the packing.

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
  /** The pixels its members cover, point widths included. */
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
}

export interface Stack {
  placed: Placed[];
  clusters: Cluster[];
  /** Rows in use: 0 for no items, never more than maxRows. */
  rows: number;
}

/** What a mark occupies: `x0..x1` drawn, `x0..reach` kept clear of its row neighbours. */
interface Extent {
  id: string;
  x0: number;
  x1: number;
  /** x1 + gap, exclusive: another mark may start here in the same row. */
  reach: number;
}

export function stackLane(items: readonly Item[], options: StackOptions): Stack {
  const maxRows = Math.max(1, Math.floor(options.maxRows));
  const extents = items.map((item) => extentOf(item, options));
  // Array.prototype.sort is stable: equal left edges keep the caller's (time) order.
  extents.sort((a, b) => a.x0 - b.x0);

  const piles = crowdedSpans(extents, maxRows);
  const units = groupPiles(extents, (extent) => touchesAny(extent, piles));
  return pack(units, maxRows);
}

const MIN_WIDTH_PX = 1;

/**
 * Anything narrower than a point is drawn as wide as one, around its centre, so a 1 px
 * span cannot squeeze between two neighbours it would cover.
 */
function extentOf(item: Item, { pointWidthPx, gapPx }: StackOptions): Extent {
  // A zero-width mark would cover no spot at all and could be packed on top of another.
  const half = Math.max(pointWidthPx, MIN_WIDTH_PX) / 2;
  const centre = (item.x0 + item.x1) / 2;
  const x0 = Math.min(item.x0, centre - half);
  const x1 = Math.max(item.x1, centre + half);
  return { id: item.id, x0, x1, reach: x1 + gapPx };
}

type Span = readonly [start: number, end: number];

/** Where more than `maxRows` extents cover the same spot, as sorted, disjoint spans. */
function crowdedSpans(sorted: readonly Extent[], maxRows: number): Span[] {
  const ends = sorted.map((extent) => extent.reach).sort((a, b) => a - b);
  const spans: Span[] = [];
  let depth = 0;
  let crowdedFrom: number | null = null;
  let e = 0;
  for (const extent of sorted) {
    // Ends are exclusive, so a mark ending exactly where this one starts has left already.
    for (; e < ends.length && (ends[e] ?? 0) <= extent.x0; e++) {
      depth--;
      if (crowdedFrom !== null && depth <= maxRows) {
        pushSpan(spans, crowdedFrom, ends[e] ?? 0);
        crowdedFrom = null;
      }
    }
    depth++;
    if (depth > maxRows && crowdedFrom === null) crowdedFrom = extent.x0;
  }
  for (; crowdedFrom !== null && e < ends.length; e++) {
    depth--;
    if (depth <= maxRows) {
      pushSpan(spans, crowdedFrom, ends[e] ?? 0);
      crowdedFrom = null;
    }
  }
  return spans;
}

function pushSpan(spans: Span[], start: number, end: number): void {
  if (end > start) spans.push([start, end]);
}

/** Binary search for the first pile that ends after the extent starts. */
function touchesAny(extent: Extent, piles: readonly Span[]): boolean {
  let lo = 0;
  let hi = piles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((piles[mid]?.[1] ?? Infinity) <= extent.x0) lo = mid + 1;
    else hi = mid;
  }
  const pile = piles[lo];
  return pile !== undefined && pile[0] < extent.reach;
}

type Unit = { kind: "item"; extent: Extent } | { kind: "cluster"; cluster: Cluster; reach: number };

/** Marks in piles, merged with every piled mark they touch; other marks stay single. */
function groupPiles(sorted: readonly Extent[], piled: (extent: Extent) => boolean): Unit[] {
  const units: Unit[] = [];
  let open: { kind: "cluster"; cluster: Cluster; reach: number } | null = null;
  for (const extent of sorted) {
    if (!piled(extent)) {
      units.push({ kind: "item", extent });
      continue;
    }
    if (open && extent.x0 < open.reach) {
      open.cluster.ids.push(extent.id);
      open.cluster.count += 1;
      open.cluster.x1 = Math.max(open.cluster.x1, extent.x1);
      open.reach = Math.max(open.reach, extent.reach);
      continue;
    }
    const cluster = { ids: [extent.id], x0: extent.x0, x1: extent.x1, row: 0, count: 1 };
    open = { kind: "cluster", cluster, reach: extent.reach };
    units.push(open);
  }
  return units;
}

/**
 * Left-to-right greedy packing. Piles take all spots deeper than maxRows, so at most
 * maxRows units ever overlap and some row is always free when a unit starts. Marks take
 * the first free row and clusters the last one, which keeps clusters in the last row.
 */
function pack(units: readonly Unit[], maxRows: number): Stack {
  const rowReach: number[] = new Array<number>(maxRows).fill(-Infinity);
  const placed: Placed[] = [];
  const clusters: Cluster[] = [];
  let rows = 0;
  for (const unit of units) {
    const x0 = unit.kind === "item" ? unit.extent.x0 : unit.cluster.x0;
    const reach = unit.kind === "item" ? unit.extent.reach : unit.reach;
    const isFree = (end: number) => end <= x0;
    const found =
      unit.kind === "item" ? rowReach.findIndex(isFree) : rowReach.findLastIndex(isFree);
    // Unreachable by the argument above; the last row keeps a broken input visible anyway.
    const row = found >= 0 ? found : maxRows - 1;
    rowReach[row] = Math.max(rowReach[row] ?? -Infinity, reach);
    rows = Math.max(rows, row + 1);
    if (unit.kind === "item") placed.push({ id: unit.extent.id, row });
    else clusters.push({ ...unit.cluster, row });
  }
  return { placed, clusters, rows };
}
