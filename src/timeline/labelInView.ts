// A label is laid out beside its mark with the room the layout kept, but the view can end
// inside that room: zoomed in, panned, or in a narrow embed, the plot's edge clipped labels
// mid-word ("25 Ju", "Cruise conce"). A label that reaches past the trailing edge is
// narrowed to the room left, so its words wrap and its three-line clamp ends it with an
// ellipsis; one that starts before the leading edge, or has less room than its date, is not
// drawn at all. The mark stays, and its button's name still says the event.

import { CLIP_MARGIN_PX, type DrawnWindow } from "./clipExtent.ts";
import { BOLD_RATIO, LABEL_MIN_PX } from "./markLabel.ts";

/** A label starting this close before the leading edge loses no ink. */
const EDGE_SLACK_PX = 1;

/**
 * The width to draw a label at, given where it starts, the width the layout kept for it,
 * the drawn window (the view and a margin, clipExtent.ts), and its date's characters at
 * `charPx` each; 0 when it is not drawn.
 */
export function labelWidthInView(
  start: number,
  width: number,
  drawn: DrawnWindow,
  dateChars: number,
  charPx: number,
): number {
  const room = Math.floor(drawn.hi - CLIP_MARGIN_PX - start);
  if (width <= 0 || start + EDGE_SLACK_PX < drawn.lo + CLIP_MARGIN_PX) return 0;
  if (width <= room) return width;
  return room >= Math.max(dateChars * BOLD_RATIO * charPx, LABEL_MIN_PX) ? room : 0;
}
