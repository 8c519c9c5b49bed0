// d3-zoom keeps its state as a transform (k, x) of a reference scale; the store keeps the
// visible domain. These convert between the two, so the domain stays the one source of truth
// and the gesture code is a thin adapter. The reference is the data's fitted domain drawn
// across the plot's width: k = 1, x = 0 is "Fit all". Where time runs right to left
// (`reversed`), the reference runs from the right edge to the left one: d3-zoom's
// transforms stay in what the reader sees (a drag to the right moves the marks right).

import { timeScale } from "./timeScale.ts";
import { keepOnData, MAX_SPAN_MS, MIN_SPAN_MS, type Domain } from "./viewport.ts";

/** The part of d3-zoom's ZoomTransform that a horizontal timeline uses. */
export interface HorizontalTransform {
  k: number;
  x: number;
}

/** The reference scale: the data's fitted domain across the plot, either way. */
function referenceScale(reference: readonly [number, number], widthPx: number, reversed: boolean) {
  return timeScale(reference, reversed ? [widthPx, 0] : [0, widthPx]);
}

/** The domain a transform shows across [0, widthPx]. */
export function domainOfTransform(
  transform: HorizontalTransform,
  reference: readonly [number, number],
  widthPx: number,
  reversed = false,
): Domain {
  const base = referenceScale(reference, widthPx, reversed);
  const left = base.invert(-transform.x / transform.k);
  const right = base.invert((widthPx - transform.x) / transform.k);
  return reversed ? [right, left] : [left, right];
}

/** The transform that shows `domain` across [0, widthPx]. */
export function transformOfDomain(
  domain: readonly [number, number],
  reference: readonly [number, number],
  widthPx: number,
  reversed = false,
): HorizontalTransform {
  const base = referenceScale(reference, widthPx, reversed);
  const k = (reference[1] - reference[0]) / (domain[1] - domain[0]);
  // The end of the domain drawn at the left edge.
  return { k, x: -k * base(reversed ? domain[1] : domain[0]) };
}

/**
 * d3-zoom's scaleExtent matching the store's span limits (an hour to two centuries),
 * widened to include `current` so that a view already outside them is never snapped.
 */
export function scaleExtentOf(
  reference: readonly [number, number],
  current: number,
): [number, number] {
  const span = reference[1] - reference[0];
  const least = span / MAX_SPAN_MS;
  const most = span / MIN_SPAN_MS;
  return [Math.min(least, current), Math.max(most, current)];
}

/**
 * The transform panned back, as keepOnData pans a domain, so that the view's centre stays
 * on the data: d3-zoom's translateExtent, expressed in time. `data` defaults to the
 * reference, which is the data's fitted domain.
 */
export function keepTransformOnData(
  transform: HorizontalTransform,
  reference: readonly [number, number],
  widthPx: number,
  data: readonly [number, number] = reference,
  reversed = false,
): HorizontalTransform {
  const domain = domainOfTransform(transform, reference, widthPx, reversed);
  const kept = keepOnData(domain, data);
  if (kept[0] === domain[0] && kept[1] === domain[1]) return transform;
  const base = referenceScale(reference, widthPx, reversed);
  return { k: transform.k, x: -transform.k * base(reversed ? kept[1] : kept[0]) };
}

/** Whether two transforms draw the same view to well under a pixel. */
export function sameTransform(a: HorizontalTransform, b: HorizontalTransform): boolean {
  return Math.abs(a.k - b.k) <= Math.abs(a.k) * 1e-9 && Math.abs(a.x - b.x) <= 1e-3;
}

/**
 * Fingers closer than this are measured as this far apart. Two fingertips cannot touch
 * closer, but touch points can be reported so (or be one above the other): without a floor,
 * a spread of 1 px growing to 21 px is a 21× zoom.
 */
export const MIN_PINCH_SPREAD_PX = 40;

/**
 * One pinch step with the fingers' spread floored at `floorPx`. `previous` and `next` are
 * the transforms before and after the step as d3-zoom computed it (the scale ratio is the
 * ratio of the spreads), `midX` the fingers' midpoint on the plot, which stays put, and
 * `spreadPx` their spread after the step.
 */
export function flooredPinch(
  previous: HorizontalTransform,
  next: HorizontalTransform,
  midX: number,
  spreadPx: number,
  floorPx = MIN_PINCH_SPREAD_PX,
): HorizontalTransform {
  const ratio = next.k / previous.k;
  if (!(ratio > 0) || !Number.isFinite(ratio) || !(spreadPx >= 0)) return next;
  const before = spreadPx / ratio;
  const wanted = Math.max(spreadPx, floorPx) / Math.max(before, floorPx);
  if (Math.abs(wanted - ratio) <= ratio * 1e-12) return next;
  // The time under the midpoint stays under it.
  const world = (midX - next.x) / next.k;
  const k = previous.k * wanted;
  return { k, x: midX - world * k };
}
