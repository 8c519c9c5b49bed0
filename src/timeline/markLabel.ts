// The label beside each mark: its date and a short title. The layout reserves room for a
// label before it stacks marks, so that labels never cover each other or a mark; that needs
// every label's width for every event at every zoom level, up to 100,000 events. Formatting
// and measuring each one would cost more than the whole layout, so the width is estimated
// from character counts (cheap, deterministic, no DOM), and the drawn label is cut to that
// width with an ellipsis, so a wrong guess can shorten a title but never overlap.

import type { EdtfDate, EdtfPoint, TimelineEvent } from "../data/model.ts";

/** Label text size (CSS: `.mark-label`), and a typical advance per character at it. */
export const LABEL_FONT_PX = 12;
export const DEFAULT_CHAR_PX = 6.6;
/** Between the mark and its label, and between the date and the title. */
export const LABEL_GAP_PX = 4;
const DATE_TITLE_GAP_PX = 6;
/** A label longer than this is cut; titles beyond it belong in the panel. */
export const LABEL_MAX_PX = 250;

/** Characters of the short form of a point, at most: "2025", "Mar 2025", "13 Feb", "13 Feb, 21:30", "13 Feb, 21:30:05". */
const POINT_CHARS: Record<EdtfPoint["precision"], number> = {
  year: 4,
  month: 8,
  day: 6,
  minute: 13,
  second: 16,
};

function pointChars(point: EdtfPoint): number {
  const base = POINT_CHARS[point.precision];
  return base + (point.approximate ? 3 : 0) + (point.uncertain ? 1 : 0);
}

/**
 * Characters of `formatEdtfShort(date)`, and one more: the date is bold, a character or so
 * wider than the same text in the title's weight.
 */
export function dateLabelChars(date: EdtfDate): number {
  return 1 + shortDateChars(date);
}

function shortDateChars(date: EdtfDate): number {
  const { from, to } = date;
  if (from && to) return from === to ? pointChars(from) : pointChars(from) + pointChars(to) + 3;
  if (to) return pointChars(to) + 3;
  if (from) return pointChars(from) + 5;
  return date.text.length;
}

/** Estimated pixel width of a label: date, gap, title; at most LABEL_MAX_PX. */
export function labelWidthPx(date: EdtfDate, title: string, charPx = DEFAULT_CHAR_PX): number {
  const px = (dateLabelChars(date) + title.length) * charPx + DATE_TITLE_GAP_PX;
  return Math.min(Math.ceil(px), LABEL_MAX_PX);
}

/** Every event's label width, in event order. */
export function labelWidths(
  events: readonly TimelineEvent[],
  titleOf: (event: TimelineEvent) => string,
  charPx = DEFAULT_CHAR_PX,
): Float64Array {
  const widths = new Float64Array(events.length);
  events.forEach((event, i) => {
    widths[i] = labelWidthPx(event.date, titleOf(event), charPx);
  });
  return widths;
}
