// The EDTF subset that datasets may use (DESIGN.md, "Data format v1"). Hand-written rather
// than a grammar library so that every rejection can name the feature or the impossible
// value, and so that the accepted set stays exactly the one the timeline can draw.

import type { EdtfDate, EdtfPoint, Precision } from "./model.ts";
import { MONTH_NAMES } from "./monthNames.ts";

export type EdtfResult = { ok: true; value: EdtfDate } | { ok: false; error: string };

/** Coarsest first, so a larger index is a finer precision. */
const PRECISIONS: readonly Precision[] = ["year", "month", "day", "minute", "second"];

const EXAMPLES =
  "2025, 2025-02, 2025-02-13, 2025-02-13T21:30Z, 2025-04-29/2025-05-03, ../2025-02-20, -0044-03-15";

const DAY_MS = 86_400_000;

/** Thrown inside the parser only; `parseEdtf` turns it into `{ ok: false }`. */
class EdtfSyntaxError extends Error {}

function fail(message: string): never {
  throw new EdtfSyntaxError(message);
}

export function parseEdtf(text: string): EdtfResult {
  // Callers from plain JSON may hand us anything; the type is a promise we cannot rely on.
  if (typeof text !== "string") return { ok: false, error: "a date must be written as text" };
  try {
    return { ok: true, value: parseOrFail(text) };
  } catch (error) {
    if (error instanceof EdtfSyntaxError) return { ok: false, error: error.message };
    // A bug in here must not take a whole dataset load down: report it like bad input.
    return { ok: false, error: `${quote(text)} could not be read as a date` };
  }
}

function parseOrFail(text: string): EdtfDate {
  if (text.trim() === "") fail("empty date");
  rejectUnsupportedFeatures(text);

  const sides = text.split("/");
  if (sides.length > 2) fail(notInSubset(text));
  const [first = "", second] = sides;
  if (second === undefined) return single(text, parsePoint(first));

  if (first === ".." && second === "..") {
    fail('open interval on both sides ("../..") is not supported');
  }
  if (first === "" || second === "") {
    fail(`unknown interval ends (${quote(text)}) are not supported; write ".." for an open end`);
  }
  const from = first === ".." ? null : parsePoint(first);
  const to = second === ".." ? null : parsePoint(second);
  // Overlapping ends are fine ("2025-02-10/2025-02"); only an end wholly before the start is not.
  if (from && to && to.end <= from.start) {
    fail(`interval ends are out of order: the end ${second} is before the start ${first}`);
  }
  return interval(text, from, to);
}

/** Features of full EDTF that we recognise, so the error can name them. */
function rejectUnsupportedFeatures(text: string): void {
  if (/[[\]{}]/.test(text)) fail("sets ([..] / {..}) are not supported");
  if (text.includes("Y")) fail('extended years ("Y…") are not supported');
  if (text.includes("X")) fail('unspecified digits ("X") are not supported');
}

function parsePoint(side: string): EdtfPoint {
  const last = side.at(-1);
  const qualifier = last === "?" || last === "~" || last === "%" ? last : null;
  const body = qualifier ? side.slice(0, -1) : side;
  if (/[?~%]/.test(body)) {
    fail("a qualifier (?, ~ or %) is only supported once, at the end of a date");
  }

  const [datePart = "", timePart, ...extra] = body.split("T");
  if (extra.length > 0) fail(notInSubset(side));
  if (timePart !== undefined && qualifier) fail("qualifier on a time is not supported");

  // Years are astronomical, as ISO 8601 and EDTF number them: 0000 is 1 BC, -0001 is 2 BC,
  // -0044 is 45 BC. Only the year takes a sign; the minus is split off before the fields.
  const negative = datePart.startsWith("-");
  const [digits = "", monthText, dayText, ...moreParts] = (
    negative ? datePart.slice(1) : datePart
  ).split("-");
  if (moreParts.length > 0 || !isDigits(digits)) fail(notInSubset(side));
  if (digits.length > 4) fail("years must have 4 digits (-9999 to 9999)");
  if (digits.length < 4) fail(notInSubset(side));
  if (negative && Number(digits) === 0) fail('year "-0000" does not exist: year zero is 0000');
  const yearText = negative ? `-${digits}` : digits;
  const year = Number(yearText);

  const flags = {
    uncertain: qualifier === "?" || qualifier === "%",
    approximate: qualifier === "~" || qualifier === "%",
  };

  if (monthText === undefined) {
    return { start: utc(year, 0), end: utc(year + 1, 0), precision: "year", ...flags };
  }
  const month = parseNumber(monthText, side);
  if (month >= 21 && month <= 41) fail("seasons (21–41) are not supported");
  if (month < 1 || month > 12) fail(invalid(side, `month ${monthText} does not exist`));
  if (dayText === undefined) {
    if (timePart !== undefined) fail(`${quote(side)}: a time needs a full date (YYYY-MM-DD)`);
    return { start: utc(year, month - 1), end: utc(year, month), precision: "month", ...flags };
  }

  const day = parseNumber(dayText, side);
  if (day < 1) fail(invalid(side, `day ${dayText} does not exist`));
  const monthLength = daysInMonth(year, month);
  if (day > monthLength) {
    fail(invalid(side, `${MONTH_NAMES[month - 1]} ${yearText} has ${monthLength} days`));
  }
  if (timePart === undefined) {
    const start = utc(year, month - 1, day);
    return { start, end: start + DAY_MS, precision: "day", ...flags };
  }

  const time = parseTime(timePart, side);
  const start =
    utc(year, month - 1, day, time.hour, time.minute, time.second) - time.offsetMinutes * 60_000;
  const length = time.precision === "minute" ? 60_000 : 1_000;
  return {
    start,
    end: start + length,
    precision: time.precision,
    ...flags,
    offsetMinutes: time.offsetMinutes,
  };
}

interface Time {
  hour: number;
  minute: number;
  second: number;
  precision: "minute" | "second";
  offsetMinutes: number;
}

function parseTime(timePart: string, side: string): Time {
  const zoneAt = timePart.search(/[Z+-]/);
  const clock = zoneAt < 0 ? timePart : timePart.slice(0, zoneAt);
  if (clock.includes(".")) fail("fractional seconds are not supported");

  const [hourText = "", minuteText, secondText, ...extra] = clock.split(":");
  if (minuteText === undefined || extra.length > 0) fail(notInSubset(side));
  const hour = parseNumber(hourText, side);
  const minute = parseNumber(minuteText, side);
  const second = secondText === undefined ? 0 : parseNumber(secondText, side);
  if (hour > 23) fail(invalid(side, `hour ${hourText} does not exist`));
  if (minute > 59) fail(invalid(side, `minute ${minuteText} does not exist`));
  if (second > 59) fail(invalid(side, `second ${secondText ?? ""} does not exist`));
  // Checked after the clock so that a malformed time is not reported as a missing zone.
  if (zoneAt < 0) {
    fail(`${quote(side)}: a time needs a time zone, "Z" or an offset such as +01:00`);
  }

  return {
    hour,
    minute,
    second,
    precision: secondText === undefined ? "minute" : "second",
    offsetMinutes: parseZone(timePart.slice(zoneAt)),
  };
}

/** "Z" or ±HH:MM, as minutes east of UTC. */
function parseZone(zone: string): number {
  if (zone === "Z") return 0;
  const [hours = "", minutes = "", ...extra] = zone.slice(1).split(":");
  const valid =
    extra.length === 0 &&
    hours.length === 2 &&
    minutes.length === 2 &&
    isDigits(hours + minutes) &&
    Number(minutes) <= 59;
  if (!valid) fail(`time zone offset ${quote(zone)} must be written as ±HH:MM, e.g. +01:00`);
  const offset = (zone.startsWith("-") ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  // Real zones stay within these; anything beyond is a typo, not a place.
  if (offset < -12 * 60 || offset > 14 * 60) {
    fail(`time zone offset ${quote(zone)} does not exist (offsets run from -12:00 to +14:00)`);
  }
  return offset;
}

function single(text: string, point: EdtfPoint): EdtfDate {
  return {
    text,
    interval: false,
    from: point,
    to: point,
    start: point.start,
    end: point.end,
    openStart: false,
    openEnd: false,
    precision: point.precision,
    uncertain: point.uncertain,
    approximate: point.approximate,
  };
}

function interval(text: string, from: EdtfPoint | null, to: EdtfPoint | null): EdtfDate {
  const known = [from, to].filter((point) => point !== null);
  const [anyKnown] = known;
  // The caller has rejected "../..", so at least one side is known.
  if (!anyKnown) fail('open interval on both sides ("../..") is not supported');
  const finest = Math.max(...known.map((point) => PRECISIONS.indexOf(point.precision)));
  return {
    text,
    interval: true,
    from,
    to,
    start: (from ?? anyKnown).start,
    end: (to ?? anyKnown).end,
    openStart: from === null,
    openEnd: to === null,
    precision: PRECISIONS[finest] ?? anyKnown.precision,
    uncertain: known.some((point) => point.uncertain),
    approximate: known.some((point) => point.approximate),
  };
}

/**
 * UTC ms of a proleptic Gregorian date and time; fields may overflow (month 12 is January of
 * the next year). Not Date.UTC, which reads the years 0–99 as 1900–1999: setUTCFullYear
 * takes every year as written, negative ones included.
 */
function utc(year: number, month0: number, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month0, day);
  return date.setUTCHours(hour, minute, second, 0);
}

function daysInMonth(year: number, month: number): number {
  return Math.round((utc(year, month) - utc(year, month - 1)) / DAY_MS);
}

function isDigits(text: string): boolean {
  return /^[0-9]+$/.test(text);
}

/** A two-digit field (month, day, hour, …); anything else is outside the subset. */
function parseNumber(text: string, side: string): number {
  if (text.length !== 2 || !isDigits(text)) fail(notInSubset(side));
  return Number(text);
}

function invalid(side: string, reason: string): string {
  return `${quote(side)} is not a valid date: ${reason}`;
}

function notInSubset(text: string): string {
  return `${quote(text)} is not an EDTF date in the supported subset (e.g. ${EXAMPLES})`;
}

/** Quoted and escaped so a message stays on one line, and short enough to read. */
function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}
