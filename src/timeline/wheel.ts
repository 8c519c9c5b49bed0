// What a wheel event over the plot means, decided once for every browser and device:
// ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as ctrl + wheel) zooms; a
// mostly sideways wheel (a trackpad swipe, shift + wheel on some systems) pans; anything
// else is the page's scroll and must be left alone.

/** WheelEvent.deltaMode values. */
export const DOM_DELTA_PIXEL = 0;
export const DOM_DELTA_LINE = 1;
export const DOM_DELTA_PAGE = 2;

/**
 * Pixels per "line". Firefox reports a mouse notch as 3 lines (deltaMode 1) where Chrome
 * and Safari report about 100 px, so a line is taken as a third of that: one notch then
 * zooms and pans the same amount in every browser.
 */
export const LINE_HEIGHT_PX = 100 / 3;

/** Zoom per pixel of wheel, as a power of two: a 100 px notch zooms by about 1.22×. */
export const WHEEL_ZOOM_LOG2_PER_PX = 0.002 / Math.LN2;
/** No single event zooms by more than this (as a power of two): a page step is not 16×. */
export const MAX_WHEEL_ZOOM_LOG2 = 1;

export interface WheelLike {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The event's deltas in pixels, whatever unit the browser used. */
export function wheelDeltaPx(
  event: Pick<WheelLike, "deltaX" | "deltaY" | "deltaMode">,
  pageHeightPx: number,
): { dx: number; dy: number } {
  const unit =
    event.deltaMode === DOM_DELTA_LINE
      ? LINE_HEIGHT_PX
      : event.deltaMode === DOM_DELTA_PAGE
        ? pageHeightPx
        : 1;
  return { dx: finite(event.deltaX) * unit, dy: finite(event.deltaY) * unit };
}

export type WheelGesture =
  /** Zoom by 2 ** log2 (> 0 zooms in) around the pointer. */
  | { kind: "zoom"; log2: number }
  /** Pan by `px` (> 0 moves the view later, as a swipe to the left does). */
  | { kind: "pan"; px: number }
  /** Not ours: the page scrolls. Never call preventDefault for this one. */
  | { kind: "scroll" };

export function wheelGesture(event: WheelLike, pageHeightPx: number): WheelGesture {
  const { dx, dy } = wheelDeltaPx(event, pageHeightPx);
  if (event.ctrlKey || event.metaKey) {
    const log2 = -dy * WHEEL_ZOOM_LOG2_PER_PX;
    return {
      kind: "zoom",
      log2: Math.max(-MAX_WHEEL_ZOOM_LOG2, Math.min(MAX_WHEEL_ZOOM_LOG2, log2)),
    };
  }
  if (Math.abs(dx) > Math.abs(dy)) return { kind: "pan", px: dx };
  return { kind: "scroll" };
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}
