// Places text callouts above the marks they describe without covering each other, any
// mark, or any anchor. Most important first (the selected event gets top priority); a
// callout with no free spot is dropped rather than drawn over something.
//
// Each callout is joined to its anchor by a vertical leader line, the shortest route, so a
// callout is only placed where its anchor lies under it, where its leader crosses no other
// callout, and where it covers no leader already drawn.
//
// Obstacles go into a uniform grid so that each candidate spot is checked only against
// the rects near it: O(obstacles + requests · candidates · nearby rects), not quadratic.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CalloutRequest {
  id: string;
  anchorX: number;
  anchorY: number;
  width: number;
  height: number;
  /** Higher is placed first. */
  priority: number;
}

export interface PlacedCallout extends Rect {
  id: string;
  anchorX: number;
  anchorY: number;
}

/** Clear space between an anchor and its callout, and between tiers. */
const GAP_PX = 6;
/**
 * Sideways tries, as shares of a callout's width, before going up a tier: the anchor stays
 * under the callout, at least LEADER_INSET_PX inside its edges, for a vertical leader.
 */
const SHIFTS = [0, -0.3, 0.3, -0.45, 0.45];
export const LEADER_INSET_PX = 10;
const MAX_TIERS = 4;
const CELL_PX = 64;

/** Returned most important first; requests that found no free spot are left out. */
export function placeCallouts(
  requests: readonly CalloutRequest[],
  obstacles: readonly Rect[],
  bounds: Rect,
): PlacedCallout[] {
  const grid = createGrid(bounds);
  for (const obstacle of obstacles) insert(grid, obstacle);
  // Anchors are what callouts point at: covering one would hide the thing explained.
  for (const request of requests) {
    insert(grid, { x: request.anchorX, y: request.anchorY, width: 0, height: 0 });
  }

  const byPriority = [...requests].sort((a, b) => b.priority - a.priority);
  const placed: PlacedCallout[] = [];
  for (const request of byPriority) {
    const spot = candidates(request, bounds).find(
      (rect) =>
        anchoredUnder(rect, request) &&
        !collides(grid, rect) &&
        !collides(grid, leaderOf(rect, request)),
    );
    if (!spot) continue;
    insert(grid, spot);
    insert(grid, leaderOf(spot, request));
    placed.push({ ...spot, id: request.id, anchorX: request.anchorX, anchorY: request.anchorY });
  }
  return placed;
}

/** The leader's path from the callout's bottom edge down to its anchor, as a thin rect. */
export function leaderOf(spot: Rect, request: Pick<CalloutRequest, "anchorX" | "anchorY">): Rect {
  const top = spot.y + spot.height;
  return { x: request.anchorX - 1, y: top, width: 2, height: Math.max(0, request.anchorY - top) };
}

/** Whether a vertical leader can leave the callout's bottom edge (clear of its corners). */
function anchoredUnder(spot: Rect, request: Pick<CalloutRequest, "anchorX">): boolean {
  const inset = Math.min(LEADER_INSET_PX, spot.width / 2);
  return request.anchorX >= spot.x + inset && request.anchorX <= spot.x + spot.width - inset;
}

/** Centred above the anchor, then shifted left and right, then a tier higher; clamped. */
export function candidates(request: CalloutRequest, bounds: Rect): Rect[] {
  const { width, height } = request;
  if (width > bounds.width || height > bounds.height) return [];
  const spots: Rect[] = [];
  for (let tier = 0; tier < MAX_TIERS; tier++) {
    const y = request.anchorY - (GAP_PX + height) * (tier + 1);
    for (const shift of SHIFTS) {
      const x = request.anchorX - width / 2 + shift * width;
      spots.push({
        x: clamp(x, bounds.x, bounds.x + bounds.width - width),
        y: clamp(y, bounds.y, bounds.y + bounds.height - height),
        width,
        height,
      });
    }
    // Every higher tier would be clamped onto this one.
    if (y <= bounds.y) break;
  }
  return spots;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Strict: touching rects do not overlap; a zero-size rect overlaps the rect it is inside. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

interface Grid {
  bounds: Rect;
  columns: number;
  rows: number;
  cells: Map<number, Rect[]>;
}

function createGrid(bounds: Rect): Grid {
  const columns = Math.max(1, Math.ceil(bounds.width / CELL_PX));
  const rows = Math.max(1, Math.ceil(bounds.height / CELL_PX));
  return { bounds, columns, rows, cells: new Map() };
}

/** Cells a rect touches, or none when it lies wholly outside the bounds. */
function cellsOf(grid: Grid, rect: Rect): number[] {
  const { bounds } = grid;
  const outside =
    rect.x > bounds.x + bounds.width ||
    rect.x + rect.width < bounds.x ||
    rect.y > bounds.y + bounds.height ||
    rect.y + rect.height < bounds.y;
  if (outside) return [];
  const column = (x: number) => clamp(Math.floor((x - bounds.x) / CELL_PX), 0, grid.columns - 1);
  const row = (y: number) => clamp(Math.floor((y - bounds.y) / CELL_PX), 0, grid.rows - 1);
  const keys: number[] = [];
  for (let r = row(rect.y); r <= row(rect.y + rect.height); r++) {
    for (let c = column(rect.x); c <= column(rect.x + rect.width); c++)
      keys.push(r * grid.columns + c);
  }
  return keys;
}

function insert(grid: Grid, rect: Rect): void {
  for (const key of cellsOf(grid, rect)) {
    const cell = grid.cells.get(key);
    if (cell) cell.push(rect);
    else grid.cells.set(key, [rect]);
  }
}

function collides(grid: Grid, rect: Rect): boolean {
  return cellsOf(grid, rect).some((key) =>
    (grid.cells.get(key) ?? []).some((other) => overlaps(rect, other)),
  );
}
