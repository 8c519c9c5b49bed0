// A horizontal swipe steps through the story; anything mostly vertical is the page's
// scroll and is left alone.

/** Shorter than this is a tap or a wobble, not a swipe. */
export const SWIPE_MIN_PX = 48;
/** Horizontal travel must beat vertical travel by this factor. */
const DOMINANCE = 1.5;

/**
 * A swipe as a visual move: 1 for a swipe to the left, which brings in what lies to the
 * right (later, when time runs left to right: see readingDirection.ts), -1 for one to the
 * right.
 */
export function swipeDirection(dx: number, dy: number): -1 | 1 | null {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return null;
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * DOMINANCE) return null;
  // Content follows the finger: dragging it to the left brings in what lies to the right.
  return dx < 0 ? 1 : -1;
}
