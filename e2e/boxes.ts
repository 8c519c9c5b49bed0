// Boxes on the screen, for tests that check nothing covers anything.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap; a pixel of anti-aliasing is not an overlap. */
export function overlap(a: Rect, b: Rect): boolean {
  const eps = 0.5;
  return (
    a.x + eps < b.x + b.width &&
    b.x + eps < a.x + a.width &&
    a.y + eps < b.y + b.height &&
    b.y + eps < a.y + a.height
  );
}
