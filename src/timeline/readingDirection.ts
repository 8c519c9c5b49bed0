// Time runs the way the interface reads: left to right in English, right to left in Arabic.
// Arrow keys, swipes and taps are visual (ArrowRight, a swipe to the left), so the step
// through time they make flips with the direction.

export type ReadingDirection = "ltr" | "rtl";

/** The step through time (1 = later) of a visual move (1 = towards the right). */
export function timeStep(visual: -1 | 1, dir: ReadingDirection): -1 | 1 {
  return dir === "rtl" ? (-visual as -1 | 1) : visual;
}

/** ArrowRight and ArrowLeft as visual moves; null for any other key. */
export function arrowMove(key: string): -1 | 1 | null {
  return key === "ArrowRight" ? 1 : key === "ArrowLeft" ? -1 : null;
}
