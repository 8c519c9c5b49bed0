// The one time↔pixel mapping of the timeline, shaped like d3-scale's scaleUtc (callable,
// with invert, domain and range) but written here: d3-scale would add ~15 KB gzipped to a
// first load that has ~4 KB to spare, for the one linear map we use. Every conversion
// between UTC ms and pixels (axis, marks, claim tracks, gestures) goes through it, so that
// they cannot drift apart.

export interface TimeScale {
  /** The x (px) of time `t` (UTC ms). Linear, not clamped: times outside the domain map outside the range. */
  (t: number): number;
  /** The time (UTC ms) at `x` (px). */
  invert(x: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** Pixels per millisecond (negative for a reversed range). */
  pxPerMs(): number;
}

/**
 * The linear map taking `domain` (UTC ms) onto `range` (px). As in d3, a degenerate domain
 * (both ends equal) maps every time to the middle of the range, and a degenerate range
 * inverts every x to the middle of the domain.
 */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number] = [0, 1],
): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const dSpan = d1 - d0;
  const rSpan = r1 - r0;
  const k = rSpan / dSpan;
  const scale = (t: number) => (dSpan === 0 ? (r0 + r1) / 2 : r0 + (t - d0) * k);
  const invert = (x: number) => (rSpan === 0 ? (d0 + d1) / 2 : d0 + (x - r0) * (dSpan / rSpan));
  return Object.assign(scale, {
    invert,
    domain: (): [number, number] => [d0, d1],
    range: (): [number, number] => [r0, r1],
    pxPerMs: () => (dSpan === 0 ? 0 : k),
  });
}

/** The scale that puts `origin` at x = 0 with `pxPerMs` pixels per millisecond. */
export function timeScaleAt(origin: number, pxPerMs: number): TimeScale {
  const scale = (t: number) => (t - origin) * pxPerMs;
  const invert = (x: number) => (pxPerMs === 0 ? origin : origin + x / pxPerMs);
  return Object.assign(scale, {
    invert,
    domain: (): [number, number] => [origin, pxPerMs === 0 ? origin : origin + 1 / pxPerMs],
    range: (): [number, number] => [0, pxPerMs === 0 ? 0 : 1],
    pxPerMs: () => pxPerMs,
  });
}
