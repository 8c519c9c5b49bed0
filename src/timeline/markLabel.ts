// The label beside each mark: its date on one line, a short title under it on at most two.
// The layout reserves room for a label before it stacks marks, so that labels never cover
// each other or a mark; that needs every label's width for every event at every zoom
// level, up to 100,000 events. Formatting and measuring each one would cost more than the
// whole layout, so the width is estimated from character counts (cheap, deterministic, no
// DOM), and the drawn title is cut to two lines with an ellipsis, so a wrong guess can
// shorten a title but never overlap anything.

import { needsEra } from "./calendarFormat.ts";
import type { EdtfDate, EdtfPoint, TimelineEvent } from "../data/model.ts";

/** Label text size and line height (CSS: `.mark-label`), a typical advance per character. */
export const LABEL_FONT_PX = 12;
export const LABEL_LINE_PX = 14;
export const DEFAULT_CHAR_PX = 6.6;
/** A row holds the date line and two title lines. */
export const LABELLED_ROW_PX = 3 * LABEL_LINE_PX + 4;
/** Between the mark and its label. */
export const LABEL_GAP_PX = 4;
/** The narrowest and widest a label gets; titles beyond two lines belong in the panel. */
export const LABEL_MIN_PX = 48;
export const LABEL_MAX_PX = 150;
/** Two lines of wrapped words hold less than twice one line: words do not split. */
const WRAP_LOSS = 1.3;

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
  // " AD", " BC": years before 1000 are written with their era.
  const era = needsEra(point.start) ? 3 : 0;
  return base + era + (point.approximate ? 3 : 0) + (point.uncertain ? 1 : 0);
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

/**
 * Estimated pixel width of a label: as wide as its date, its longest word, and half its
 * title (two lines), within LABEL_MIN_PX..LABEL_MAX_PX.
 */
export function labelWidthPx(date: EdtfDate, title: string, charPx = DEFAULT_CHAR_PX): number {
  let longestWord = 0;
  for (const word of title.split(" ")) longestWord = Math.max(longestWord, word.length);
  const chars = Math.max(dateLabelChars(date), longestWord + 1, (title.length / 2) * WRAP_LOSS);
  return Math.min(Math.max(Math.ceil(chars * charPx), LABEL_MIN_PX), LABEL_MAX_PX);
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
