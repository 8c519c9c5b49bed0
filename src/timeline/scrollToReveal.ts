// How far the page must scroll to show an element whole, and no further: a focused mark
// in a lower lane (y=1022 in an 800 px window) is brought just inside the bottom edge.

/**
 * The vertical scroll (positive: down) that shows [top, bottom] (viewport coordinates)
 * inside a viewport `height` tall, with `margin` to spare; 0 when it shows already. An
 * element taller than the viewport is shown from its top.
 */
export function scrollToReveal(top: number, bottom: number, height: number, margin = 16): number {
  if (top >= 0 && bottom <= height) return 0;
  if (bottom - top + 2 * margin > height || top < 0) return top - margin;
  return bottom - height + margin;
}
