// The label beside each mark: its date, then a short title, in at most three lines.
// The layout reserves room for a label before it stacks marks, so that labels never cover
// each other or a mark; that needs every label's width for every event at every zoom
// level, up to 100,000 events. Formatting and measuring each one would cost more than the
// whole layout, so the width is estimated from character counts (cheap, deterministic, no
// DOM; dates by each language's measured words, dateChars.ts), and the drawn label is cut
// after three lines with an ellipsis, so a wrong guess can shorten a title but never
// overlap anything.

import type { EdtfDate, TimelineEvent } from "../data/model.ts";
import type { DateChars } from "./dateChars.ts";

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
/**
 * Bold text runs about 1.13 times as wide as the measured label font (system-ui on Debian);
 * a little more, so that a close call gets the bigger box. A label's date is bold, as are a
 * callout's date, title and first chip (calloutSize.ts).
 */
export const BOLD_RATIO = 1.15;
/** Two lines of wrapped words hold less than twice one line: words do not split. */
const WRAP_LOSS = 1.3;

/**
 * How many of the title's characters the bold date is as wide as: at least its short
 * form's characters, times BOLD_RATIO ("aprox. 27 de jul." takes two more).
 */
export function dateLabelChars(date: EdtfDate, chars: DateChars): number {
  return Math.ceil(shortDateChars(date, chars) * BOLD_RATIO);
}

function shortDateChars(date: EdtfDate, chars: DateChars): number {
  const { from, to } = date;
  // A range's ends are joined by a dash between thin spaces.
  if (from && to) return from === to ? chars.point(from) : chars.point(from) + chars.point(to) + 3;
  if (to) return chars.point(to) + chars.by;
  if (from) return chars.point(from) + chars.from;
  return date.text.length;
}

/**
 * Estimated pixel width of a label: as wide as its date, its longest word, and half its
 * title (two lines), within LABEL_MIN_PX..LABEL_MAX_PX.
 */
export function labelWidthPx(
  date: EdtfDate,
  title: string,
  dateChars: DateChars,
  charPx = DEFAULT_CHAR_PX,
): number {
  let longestWord = 0;
  for (const word of title.split(" ")) longestWord = Math.max(longestWord, word.length);
  const chars = Math.max(
    dateLabelChars(date, dateChars),
    longestWord + 1,
    (title.length / 2) * WRAP_LOSS,
  );
  return Math.min(Math.max(Math.ceil(chars * charPx), LABEL_MIN_PX), LABEL_MAX_PX);
}

/** Every event's label width, in event order. */
export function labelWidths(
  events: readonly TimelineEvent[],
  titleOf: (event: TimelineEvent) => string,
  dateChars: DateChars,
  charPx = DEFAULT_CHAR_PX,
): Float64Array {
  const widths = new Float64Array(events.length);
  events.forEach((event, i) => {
    widths[i] = labelWidthPx(event.date, titleOf(event), dateChars, charPx);
  });
  return widths;
}
