// The view glides to a newly selected event instead of jumping, so the reader sees which
// way the story moved. Pure: the store drives it frame by frame.

export const TWEEN_MS = 280;

/** Ease-in-out (cubic): a glide that starts and lands softly. */
export function ease(t: number): number {
  const u = Math.min(Math.max(t, 0), 1);
  return u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2;
}

/** The domain `elapsedMs` into a glide from `from` to `to`; exactly `to` at the end. */
export function tweenDomain(
  from: readonly [number, number],
  to: readonly [number, number],
  elapsedMs: number,
  durationMs = TWEEN_MS,
): [number, number] {
  if (!(durationMs > 0) || elapsedMs >= durationMs) return [to[0], to[1]];
  const k = ease(elapsedMs / durationMs);
  return [from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k];
}
