// Chromium's software raster draws a dashed or masked box along its whole outline, even the
// part far outside the screen: one cluster or year-long span stretched 100,000 px wide at a
// deep zoom cost more raster time than a frame has. What is drawn is therefore cut to the
// window in view plus a margin wider than any fade or soft end, so the cut never shows.

/** Beyond the visible window on each side; wider than the 40 px fade of an open end. */
export const CLIP_MARGIN_PX = 100;

export interface Extent {
  x0: number;
  x1: number;
}

/** `x0..x1` cut to `lo..hi`; an extent outside the window shrinks to its nearest edge. */
export function clipExtent(x0: number, x1: number, lo: number, hi: number): Extent {
  const left = Math.min(Math.max(x0, lo), hi);
  const right = Math.max(Math.min(x1, hi), left);
  return { x0: left, x1: right };
}

export interface DrawnWindow {
  lo: number;
  hi: number;
}

/** The layer-pixel window that is drawn, given how far the layer is scrolled and its width. */
export function drawnWindow(offset: number, width: number): DrawnWindow {
  return { lo: offset - CLIP_MARGIN_PX, hi: offset + width + CLIP_MARGIN_PX };
}
