// Zoom and pan as arithmetic on the visible UTC domain [start, end] in ms. Kept apart from
// d3-zoom so that buttons, keyboard, URL state and gestures all move the view the same way.

import type { EdtfDate } from "../data/model.ts";
import { LABEL_GAP_PX, LABEL_MAX_PX } from "./markLabel.ts";

export type Domain = [start: number, end: number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Finer than this there is nothing left to read: the finest precision is a minute. */
export const MIN_SPAN_MS = HOUR;
/** Wider than this the ticks and marks stop meaning anything for a rumor's story. */
export const MAX_SPAN_MS = Math.round(200 * 365.2425 * DAY);
/** A lone event is shown with a month around it, so the reader sees where it sits. */
const LONE_EVENT_SPAN_MS = 30 * DAY;
/**
 * Extra room after the last event, as a share of the whole story: labels run to the right
 * of their marks, and the last events' labels must not run off the plot.
 */
export const LABEL_ROOM_RATIO = 0.14;
/** What the last label needs right of its mark's centre: half a glyph, a gap, the label. */
export const LABEL_ROOM_PX = 12 + LABEL_GAP_PX + LABEL_MAX_PX;
/** The share of the story padded on each side (fitDomain's `paddingRatio`). */
const PADDING_RATIO = 0.05;

/**
 * fitDomain's `labelRoomRatio` for a plot `widthPx` wide: enough that the last label's
 * LABEL_ROOM_PX fit after the story in any width (a fixed share clips it in an article
 * column). At most half the plot is given to it; unknown widths get LABEL_ROOM_RATIO.
 */
export function labelRoomRatio(widthPx: number | null, paddingRatio = PADDING_RATIO): number {
  if (widthPx === null || !(widthPx > 0)) return LABEL_ROOM_RATIO;
  const room = LABEL_ROOM_PX;
  return ((1 + 2 * paddingRatio) * room) / Math.max(widthPx - room, room);
}

/** revealDomain's right margin for a plot `widthPx` wide: the label's room, as a share. */
export function labelRoomShare(widthPx: number | null): number {
  if (widthPx === null || !(widthPx > 0)) return 0;
  return Math.min(LABEL_ROOM_PX / widthPx, 0.45);
}

/**
 * The whole story: every event, with room for the fade of open ends, the last labels and
 * some padding.
 * No events: the current UTC year. One event: a month around it (or its own extent, if
 * longer). `now` is only read for the empty case.
 */
export function fitDomain(
  events: readonly { date: EdtfDate }[],
  paddingRatio = PADDING_RATIO,
  now: number = Date.now(),
  labelRoomRatio = LABEL_ROOM_RATIO,
): Domain {
  if (events.length === 0) return utcYearOf(now);
  // One pass (100,000 events are a pass the reader waits for): open and closed ends apart,
  // since an open end gets room for its fade once the padding is known.
  let closedLo = Infinity;
  let openLo = Infinity;
  let closedHi = -Infinity;
  let openHi = -Infinity;
  for (const { date } of events) {
    if (date.openStart) openLo = Math.min(openLo, date.start);
    else closedLo = Math.min(closedLo, date.start);
    if (date.openEnd) openHi = Math.max(openHi, date.end);
    else closedHi = Math.max(closedHi, date.end);
  }
  const pad = (Math.max(closedHi, openHi) - Math.min(closedLo, openLo)) * paddingRatio;
  // An open end runs on past its bound; a padding's worth of room keeps its fade on screen.
  const lo = Math.min(closedLo, openLo - pad);
  const hi = Math.max(closedHi, openHi + pad);
  const padded: Domain = [lo - pad, hi + pad + (hi - lo) * labelRoomRatio];
  const least = events.length === 1 ? LONE_EVENT_SPAN_MS : MIN_SPAN_MS;
  return atLeast(padded, least);
}

function utcYearOf(t: number): Domain {
  const year = new Date(t).getUTCFullYear();
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

/** Widened around its centre if shorter than `span`. */
function atLeast([d0, d1]: readonly [number, number], span: number): Domain {
  if (d1 - d0 >= span) return [d0, d1];
  const centre = (d0 + d1) / 2;
  return [centre - span / 2, centre + span / 2];
}

/**
 * factor > 1 zooms in, < 1 zooms out; `anchorT` stays where it is on screen (the pointer or
 * the selected event). The span is kept within [MIN_SPAN_MS, MAX_SPAN_MS], but a domain
 * already outside those limits may still move towards them, so a zoom never goes the
 * wrong way.
 */
export function zoomDomain(
  domain: readonly [number, number],
  factor: number,
  anchorT: number,
): Domain {
  const [d0, d1] = domain;
  const span = d1 - d0;
  if (!(span > 0)) return atLeast([d0, d1], MIN_SPAN_MS);
  if (!(factor > 0) || !Number.isFinite(factor)) return [d0, d1];
  const next = clamp(span / factor, Math.min(MIN_SPAN_MS, span), Math.max(MAX_SPAN_MS, span));
  const start = anchorT - (anchorT - d0) * (next / span);
  return [start, start + next];
}

/** Positive deltaMs moves the view later in time. */
export function panDomain(domain: readonly [number, number], deltaMs: number): Domain {
  return [domain[0] + deltaMs, domain[1] + deltaMs];
}

/**
 * The view panned back, if it must be, so that its centre stays within `data` (the fitted
 * domain of every event): a pan can run half a view past the story's ends, never on into
 * empty months. The span is kept; a view wider than the data may still show all of it.
 */
export function keepOnData(
  domain: readonly [number, number],
  data: readonly [number, number],
): Domain {
  const [d0, d1] = domain;
  const centre = (d0 + d1) / 2;
  const lo = Math.min(data[0], data[1]);
  const hi = Math.max(data[0], data[1]);
  const shift = clamp(centre, lo, hi) - centre;
  // A shift within rounding of the centre is none: a kept view stays exactly as it is.
  const none = Math.abs(shift) <= Math.abs(d1 - d0) * 1e-9 || !Number.isFinite(shift);
  return none ? [d0, d1] : [d0 + shift, d1 + shift];
}

/**
 * The least change that shows [t0, t1] with a margin (a share of the span) on both sides,
 * the right one at least `rightMarginRatio` (room for the label, labelRoomShare): unchanged
 * if already shown, else panned, and zoomed out only if it does not fit.
 * Never zooms in: revealing one event must not lose the reader's context.
 */
export function revealDomain(
  domain: readonly [number, number],
  t0: number,
  t1: number,
  marginRatio = 0.1,
  rightMarginRatio = marginRatio,
): Domain {
  const [d0, d1] = domain;
  const [a, b] = t0 <= t1 ? [t0, t1] : [t1, t0];
  const left = clamp(marginRatio, 0, 0.45);
  const right = clamp(Math.max(rightMarginRatio, marginRatio), 0, 0.45);
  const span = d1 - d0;
  if (b - a > span * (1 - left - right)) {
    const wider = (b - a) / (1 - left - right);
    return [a - wider * left, b + wider * right];
  }
  if (a < d0 + span * left) return panDomain(domain, a - span * left - d0);
  if (b > d1 - span * right) return panDomain(domain, b + span * right - d1);
  return [d0, d1];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
