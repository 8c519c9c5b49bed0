// Axis ticks for a UTC time domain. d3 picks where the ticks go; we pick what they say,
// because a label must be read at the resolution the reader is looking at: years when the
// whole story is on screen, clock times when one evening is.

// d3-time's utcTicks is exactly what d3-scale's scaleUtc().ticks() calls; importing it
// directly keeps d3-scale's interpolators, colours and formatters out of the first load.
import { utcTicks } from "d3-time";
import { GAP_PX, type LabelWidth } from "./axisLabels.ts";
import type { CalendarFormat, CalendarPattern } from "./calendarFormat.ts";
import { timeScale } from "./timeScale.ts";

export interface Tick {
  /** UTC ms. */
  value: number;
  label: string;
  /** Starts a larger unit (decade, year, month, day); its label names that unit. */
  major: boolean;
  /**
   * Not a tick: the name of the period the plot starts in, at its left edge. A plot from
   * 10 Feb has its first month tick on 1 Mar; without this, the marks before it would sit
   * under no month at all.
   */
  edge?: true;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Roughly one label per this many pixels: wide enough for "13 Feb, 21:30". */
const PX_PER_TICK = 100;
/** Never denser than this, so labels cannot run into each other. */
const MIN_PX_PER_TICK = 50;

/**
 * The axis's ticks. Given `width` (how wide each label is drawn), a plot that starts well
 * before its first tick also gets an edge label naming the period it starts in, if that
 * label fits before the first tick's as axisLabels.ts keeps them apart; the first tick
 * then needs no year of its own.
 */
export function timeTicks(
  domain: readonly [number, number],
  widthPx: number,
  calendar: CalendarFormat,
  width?: LabelWidth,
): Tick[] {
  const [d0, d1] = domain;
  if (!(d1 > d0) || !(widthPx > 0)) return [];
  const values = tickValues(d0, d1, widthPx);
  const unit = unitOf(values, d1 - d0);
  const ticks = values.map((value, i) => label(value, unit, i === 0, calendar));
  const first = values[0] ?? d0;
  const edge = EDGE_PATTERN[unit];
  if (width !== undefined && edge !== undefined && first > d0) {
    const name = calendar.format(d0, edge);
    // The first tick as any other: the edge label already names its year.
    const plain = label(first, unit, false, calendar);
    const firstX = timeScale(domain, [0, widthPx])(first);
    if (width(name, true) + GAP_PX <= firstX - width(plain.label, plain.major) / 2)
      return [{ value: d0, label: name, major: true, edge: true }, plain, ...ticks.slice(1)];
  }
  return ticks;
}

/** How the edge label names the year, month or day the plot starts in; none below a day. */
const EDGE_PATTERN: Partial<Record<Unit, CalendarPattern>> = {
  year: "year",
  month: "monthYear",
  day: "dayYear",
};

function tickValues(d0: number, d1: number, widthPx: number): number[] {
  const maxTicks = Math.max(2, Math.floor(widthPx / MIN_PX_PER_TICK));
  const ticksAt = (count: number) => utcTicks(new Date(d0), new Date(d1), count).map(Number);

  // d3 rounds to the nearest calendar interval, which can land up to ~2x off the count
  // (weeks vs months); ask for fewer or more until the result fits our bounds.
  let count = Math.max(1, widthPx / PX_PER_TICK);
  let values = ticksAt(count);
  for (let tries = 0; values.length > maxTicks && tries < 8; tries++) {
    count *= 0.75;
    values = ticksAt(count);
  }
  for (let tries = 0; values.length < 2 && tries < 16; tries++) {
    count *= 1.5;
    values = ticksAt(count);
  }
  return thin(values, maxTicks);
}

/** Last resort for tiny widths: keep every k-th tick, which is still a regular interval. */
function thin(values: number[], maxTicks: number): number[] {
  if (values.length <= maxTicks) return values;
  const every = Math.ceil(values.length / maxTicks);
  return values.filter((_, i) => i % every === 0);
}

type Unit = "year" | "month" | "day" | "hour" | "minute" | "second" | "millisecond";

/** Calendar steps vary (28–31 days, 365–366), so compare against their shortest length. */
const SMALLEST_STEP: readonly (readonly [Unit, number])[] = [
  ["year", 365 * DAY],
  ["month", 28 * DAY],
  ["day", DAY],
  ["hour", HOUR],
  ["minute", MINUTE],
  ["second", SECOND],
];

function unitOf(values: readonly number[], span: number): Unit {
  const [first, second] = values;
  const step = first !== undefined && second !== undefined ? second - first : span;
  for (const [unit, smallest] of SMALLEST_STEP) if (step >= smallest) return unit;
  return "millisecond";
}

function label(value: number, unit: Unit, isFirst: boolean, calendar: CalendarFormat): Tick {
  const t = new Date(value);
  const midnight = value % DAY === 0;
  const say = (pattern: CalendarPattern) => calendar.format(value, pattern);
  switch (unit) {
    case "year":
      return { value, label: say("year"), major: writtenYear(t.getUTCFullYear()) % 10 === 0 };
    case "month":
      if (t.getUTCMonth() === 0) return { value, label: say("year"), major: true };
      if (isFirst) return { value, label: say("monthYear"), major: true };
      return { value, label: say("monthShort"), major: false };
    case "day":
      if (t.getUTCDate() === 1) return { value, label: say("monthYear"), major: true };
      if (isFirst) return { value, label: say("dayYear"), major: true };
      return { value, label: say("day"), major: false };
    default: {
      if (midnight) return { value, label: say("day"), major: true };
      const seconds = unit === "second" || unit === "millisecond";
      let time = say(seconds ? "timeSeconds" : "time");
      // Intl has no milliseconds in every engine's options; they are digits in any language.
      if (unit === "millisecond") time += `.${String(t.getUTCMilliseconds()).padStart(3, "0")}`;
      if (isFirst)
        return { value, label: say(seconds ? "dayTimeSeconds" : "dayTime"), major: true };
      return { value, label: time, major: false };
    }
  }
}

/** The year as readers write it: astronomical year 0 is 1 BC, -40 is 41 BC. */
function writtenYear(year: number): number {
  return year > 0 ? year : 1 - year;
}
