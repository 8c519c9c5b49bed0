// A label is laid out beside its mark with the room the layout kept, but the view can end
// inside that room: zoomed in, panned, or in a narrow embed, the plot's edge clipped labels
// mid-word ("25 Ju", "Cruise conce"). A label that reaches past the trailing edge is
// narrowed to the room left, so its words wrap and its three-line clamp ends it with an
// ellipsis; one that starts before the leading edge, or has less room than its date, is not
// drawn at all. The mark stays, and its button's name still says the event.
//
// Narrowed or dropped at the trailing edge, the marks there read as bare dots ("25 Jul" and
// "c. 27 Jul" in an article's 680 px box had no label at all), though their rows often had
// room before them. Such a label goes before its mark when that room takes it whole, or
// takes more of it than the room after (placeLabel).

import { CLIP_MARGIN_PX, type DrawnWindow } from "./clipExtent.ts";
import { BOLD_RATIO, LABEL_GAP_PX, LABEL_MIN_PX } from "./markLabel.ts";

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
  return room >= narrowest(dateChars, charPx) ? room : 0;
}

/** The narrowest a label is drawn: as wide as its bold date, and never below LABEL_MIN_PX. */
function narrowest(dateChars: number, charPx: number): number {
  return Math.max(dateChars * BOLD_RATIO * charPx, LABEL_MIN_PX);
}

/** Where a label is drawn: from `start`, `width` wide (0: not drawn), before its mark or after. */
export interface LabelPlace {
  start: number;
  width: number;
  before: boolean;
}

/**
 * A label's place in view. After its mark, as laid out, when it fits whole there. When the
 * trailing edge cuts into that room: before the mark if the room there takes it whole,
 * otherwise narrowed on the side with more room, as long as its date fits (else not drawn).
 * `start` and `width` are the layout's (labelWidthInView); `mark` is what its glyph or bar
 * covers; `free` gives the room its row leaves before the mark (freeBefore), asked only
 * for a label the edge cuts: most never need it.
 */
export function placeLabel(
  start: number,
  width: number,
  mark: { left: number; right: number },
  free: () => number,
  drawn: DrawnWindow,
  dateChars: number,
  charPx: number,
): LabelPlace {
  const after = labelWidthInView(start, width, drawn, dateChars, charPx);
  const asLaidOut = { start, width: after, before: false };
  // A mark beyond the edge keeps its label there: drawn in view, it would name a dot the
  // reader cannot see.
  if (after === width || mark.right > drawn.hi - CLIP_MARGIN_PX + EDGE_SLACK_PX) return asLaidOut;
  const end = mark.left - LABEL_GAP_PX;
  // A gap from whatever the row holds before, as the layout keeps between a label and a mark.
  const room = Math.floor(Math.min(end - (drawn.lo + CLIP_MARGIN_PX), free() - 2 * LABEL_GAP_PX));
  if (room >= width) return { start: end - width, width, before: true };
  return room > after && room >= narrowest(dateChars, charPx)
    ? { start: end - room, width: room, before: true }
    : asLaidOut;
}

/** What a row holds: a mark with the room kept for its label, or a cluster. */
export interface RowItem {
  /** The row's top: items share a row when they share it. */
  y: number;
  x0: number;
  x1: number;
}

/**
 * The room the row of `items[index]` leaves free before it, back to the end of the nearest
 * item there (Infinity when nothing in view comes before it).
 */
export function freeBefore(items: readonly RowItem[], index: number): number {
  const item = items[index];
  if (item === undefined) return 0;
  let reach = -Infinity;
  for (const other of items) {
    if (other.y === item.y && other.x0 < item.x0) reach = Math.max(reach, other.x1);
  }
  return item.x0 - reach;
}
