// How a date is drawn honestly (DESIGN.md, "Honest dates"): a mark covers exactly what was
// written. "2025-04" is all of April, not a dot on 1 April; "~" blurs its ends, "?" dashes
// its outline, and ".." fades out on the open side instead of pretending to know a bound.

import type { EdtfDate, EdtfPoint } from "../data/model.ts";

export interface MarkGeometry {
  /** Pixels. A point has x0 === x1 at its centre. */
  x0: number;
  x1: number;
  shape: "point" | "span";
  /** Approximate ("~") at that end: draw it blurred. */
  softStart: boolean;
  softEnd: boolean;
  /** Uncertain ("?") on either side: draw the outline dashed. */
  dashed: boolean;
  /** Open ("..") on that side: x0/x1 already run OPEN_END_PX past the known bound; fade it. */
  fadeStart: boolean;
  fadeEnd: boolean;
}

/** How far an open end runs on past the known bound before it has faded out. */
export const OPEN_END_PX = 40;

const FINE_PRECISIONS = new Set<EdtfPoint["precision"]>(["day", "minute", "second"]);

export function markGeometry(
  date: EdtfDate,
  x: (t: number) => number,
  minSpanPx = 6,
): MarkGeometry {
  const point = writeMarkBounds(
    x(date.start),
    x(date.end),
    mayBePoint(date),
    date.openStart,
    date.openEnd,
    minSpanPx,
    scratchX0,
    scratchX1,
    0,
  );
  return {
    x0: scratchX0[0] ?? 0,
    x1: scratchX1[0] ?? 0,
    shape: point ? "point" : "span",
    softStart: date.openStart ? false : (date.from ?? date).approximate,
    softEnd: date.openEnd ? false : (date.to ?? date).approximate,
    dashed: date.uncertain,
    fadeStart: date.openStart,
    fadeEnd: date.openEnd,
  };
}

const scratchX0 = new Float64Array(1);
const scratchX1 = new Float64Array(1);

/** A single date of day precision or finer: drawn as a point once it is too short to see. */
export function mayBePoint(date: EdtfDate): boolean {
  return !date.interval && FINE_PRECISIONS.has(date.precision);
}

/**
 * The pixels `markGeometry` gives a date that runs from `startPx` to `endPx`, written to
 * `x0[i]`, `x1[i]` with nothing allocated: the layout needs them for every event at every
 * zoom level, and the rest of a mark's geometry only for the few in view. Returns whether
 * the date is drawn as a point.
 */
export function writeMarkBounds(
  startPx: number,
  endPx: number,
  pointable: boolean,
  openStart: boolean,
  openEnd: boolean,
  minSpanPx: number,
  x0: Float64Array,
  x1: Float64Array,
  i: number,
): boolean {
  // A day seen from a year away is a moment, and drawing it as a 0.3 px bar would hide it.
  if (pointable && endPx - startPx < minSpanPx) {
    const centre = (startPx + endPx) / 2;
    x0[i] = centre;
    x1[i] = centre;
    return true;
  }
  // Narrow spans grow around their centre so they stay visible and tappable.
  const grow = Math.max(0, minSpanPx - (endPx - startPx)) / 2;
  x0[i] = startPx - grow - (openStart ? OPEN_END_PX : 0);
  x1[i] = endPx + grow + (openEnd ? OPEN_END_PX : 0);
  return false;
}

/** Centre of the known part: an open end's fade-out says nothing about where the date is. */
export function markCentre(mark: MarkGeometry): number {
  const x0 = mark.fadeStart ? mark.x0 + OPEN_END_PX : mark.x0;
  const x1 = mark.fadeEnd ? mark.x1 - OPEN_END_PX : mark.x1;
  return (x0 + x1) / 2;
}

/**
 * Links from the main mark to each ghost mark of an alternative date, in the order of
 * `alts` (so `links[i]` belongs to `alts[i]`), centre to centre.
 */
export function altDateLinks(
  main: MarkGeometry,
  alts: readonly MarkGeometry[],
): { from: number; to: number }[] {
  const from = markCentre(main);
  return alts.map((alt) => ({ from, to: markCentre(alt) }));
}
