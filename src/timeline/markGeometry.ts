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
  const start = x(date.start);
  const end = x(date.end);
  const qualifiers = {
    softStart: date.openStart ? false : (date.from ?? date).approximate,
    softEnd: date.openEnd ? false : (date.to ?? date).approximate,
    dashed: date.uncertain,
    fadeStart: date.openStart,
    fadeEnd: date.openEnd,
  };

  // A day seen from a year away is a moment, and drawing it as a 0.3 px bar would hide it.
  if (!date.interval && FINE_PRECISIONS.has(date.precision) && end - start < minSpanPx) {
    const centre = (start + end) / 2;
    return { x0: centre, x1: centre, shape: "point", ...qualifiers };
  }

  const [x0, x1] = widen(start, end, minSpanPx);
  return {
    x0: date.openStart ? x0 - OPEN_END_PX : x0,
    x1: date.openEnd ? x1 + OPEN_END_PX : x1,
    shape: "span",
    ...qualifiers,
  };
}

/** Narrow spans grow around their centre so they stay visible and tappable. */
function widen(x0: number, x1: number, minPx: number): [number, number] {
  if (x1 - x0 >= minPx) return [x0, x1];
  const centre = (x0 + x1) / 2;
  return [centre - minPx / 2, centre + minPx / 2];
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
