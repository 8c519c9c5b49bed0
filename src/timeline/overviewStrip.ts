// The narrow story box's overview strip is a slider over the events shown: which event a
// key or a tap picks. Pure, so it is tested alone.
import { arrowMove, timeStep, type ReadingDirection } from "./readingDirection.ts";

/** How far Page Up / Page Down jump: a tenth of the story, at least one event. */
function pageOf(count: number): number {
  return Math.max(1, Math.round(count / 10));
}

/**
 * The index a key moves to from `index` (-1 when nothing is selected) among `count`
 * events, or null when the key is not the slider's. Arrows step by one as on any slider:
 * down goes back, and ← / → go to the visually adjacent event, which is the earlier one on
 * the left when time runs left to right (`dir`) and on the right when it runs right to
 * left. Home and End go to either end.
 */
export function stripKeyTarget(
  key: string,
  index: number,
  count: number,
  dir: ReadingDirection = "ltr",
): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.min(Math.max(i, 0), count - 1);
  const arrow = arrowMove(key);
  if (arrow !== null) return clamp(index + timeStep(arrow, dir));
  switch (key) {
    case "ArrowDown":
      return clamp(index - 1);
    case "ArrowUp":
      return clamp(index + 1);
    case "PageDown":
      return clamp(index - pageOf(count));
    case "PageUp":
      return clamp(index + pageOf(count));
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/**
 * The index of the value in `sorted` (ascending, each 0–1 along the strip) nearest to
 * `fraction`; the earlier of two equally near. -1 for no values.
 */
export function nearestIndex(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return -1;
  let lo = 0;
  let hi = sorted.length - 1;
  // The first value at or after `fraction`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < fraction) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo] as number;
  if (lo > 0 && fraction - (sorted[lo - 1] as number) <= after - fraction) return lo - 1;
  return lo;
}

/**
 * Where along the strip a point lies, as a fraction from the story's start: `fromLeft` is
 * the fraction from the strip's left end, which is the start when time runs left to right.
 */
export function fractionInTime(fromLeft: number, dir: ReadingDirection): number {
  return dir === "rtl" ? 1 - fromLeft : fromLeft;
}
