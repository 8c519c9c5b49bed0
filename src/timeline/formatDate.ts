// Human display of parsed EDTF dates. Dates are UTC milliseconds and are shown in UTC,
// whatever time zone the reader's machine is in.

import { formatUtc } from "./utcFormat.ts";
import type { EdtfDate, EdtfPoint } from "../data/model.ts";

type Style = "long" | "short";

const PATTERNS = {
  long: { year: "uuuu", month: "MMMM uuuu", monthName: "MMMM", day: "d MMM uuuu" },
  short: { year: "uuuu", month: "MMM uuuu", monthName: "MMM", day: "d MMM" },
} as const;

/** As written, at its precision: "2025", "March 2025", "13 Feb 2025", "29 Apr – 3 May 2025". */
export function formatEdtf(date: EdtfDate): string {
  return formatDate(date, "long");
}

/** Compact, for tick-like spaces: "2025", "Mar 2025", "13 Feb", "13–14 Mar". */
export function formatEdtfShort(date: EdtfDate): string {
  return formatDate(date, "short");
}

/** "13 Feb 2025 (some reports: 14 Feb 2025 or 15 Feb 2025)". */
export function formatWithAltDates(date: EdtfDate, alts: EdtfDate[]): string {
  const main = formatEdtf(date);
  if (alts.length === 0) return main;
  return `${main} (some reports: ${alts.map(formatEdtf).join(" or ")})`;
}

function formatDate(date: EdtfDate, style: Style): string {
  const { from, to } = date;
  if (from && to) return from === to ? formatPoint(from, style) : formatRange(from, to, style);
  if (to) return `${style === "long" ? "on or before" : "by"} ${formatPoint(to, style)}`;
  if (from) return `from ${formatPoint(from, style)}${style === "long" ? " on" : ""}`;
  // Not produced by parseEdtf; show what was written rather than nothing.
  return date.text;
}

function formatPoint(point: EdtfPoint, style: Style): string {
  const patterns = PATTERNS[style];
  let text: string;
  switch (point.precision) {
    case "year":
      text = formatUtc(point.start, patterns.year);
      break;
    case "month":
      text = formatUtc(point.start, patterns.month);
      break;
    case "day":
      text = formatUtc(point.start, patterns.day);
      break;
    default:
      text = `${formatUtc(wallTime(point), patterns.day)}, ${clock(point)}${zone(point, style)}`;
  }
  return `${point.approximate ? "c. " : ""}${text}${point.uncertain ? "?" : ""}`;
}

function formatRange(from: EdtfPoint, to: EdtfPoint, style: Style): string {
  if (from.start === to.start && from.end === to.end) return formatPoint(from, style);
  const both = `${formatPoint(from, style)} – ${formatPoint(to, style)}`;
  // A qualifier belongs to one end; collapsing shared parts would smear it over both.
  const qualified = from.uncertain || from.approximate || to.uncertain || to.approximate;
  if (qualified || from.precision !== to.precision) return both;

  const patterns = PATTERNS[style];
  const a = wallTime(from);
  const b = wallTime(to);
  const [da, db] = [new Date(a), new Date(b)];
  const sameYear = da.getUTCFullYear() === db.getUTCFullYear();
  const sameMonth = sameYear && da.getUTCMonth() === db.getUTCMonth();
  switch (from.precision) {
    case "year":
      return `${formatUtc(a, patterns.year)}–${formatUtc(b, patterns.year)}`;
    case "month":
      return sameYear
        ? `${formatUtc(a, patterns.monthName)}–${formatUtc(b, patterns.month)}`
        : both;
    case "day":
      if (sameMonth) return `${formatUtc(a, "d")}–${formatUtc(b, patterns.day)}`;
      return sameYear ? `${formatUtc(a, "d MMM")} – ${formatUtc(b, patterns.day)}` : both;
    default: {
      // Times: name the zone once, at the end, when both ends share it.
      if ((from.offsetMinutes ?? 0) !== (to.offsetMinutes ?? 0)) return both;
      const sameDay = sameMonth && da.getUTCDate() === db.getUTCDate();
      if (sameDay)
        return `${formatUtc(a, patterns.day)}, ${clock(from)}–${clock(to)}${zone(to, style)}`;
      const start = `${formatUtc(a, patterns.day)}, ${clock(from)}`;
      return `${start} – ${formatUtc(b, patterns.day)}, ${clock(to)}${zone(to, style)}`;
    }
  }
}

/**
 * The instant as the clock read where it happened: UTC moved by the offset the dataset
 * wrote (`23:30-12:00` stays 23:30 on the 13th, not 11:30 on the 14th). Order and
 * position on the timeline stay by instant; only what is written follows the clock.
 */
function wallTime(point: EdtfPoint): number {
  return point.start + (point.offsetMinutes ?? 0) * 60_000;
}

/** The clock time where it happened, built by hand so that the reader's zone cannot shift it. */
function clock(point: EdtfPoint): string {
  const time = new Date(wallTime(point));
  const parts = [time.getUTCHours(), time.getUTCMinutes()];
  if (point.precision === "second") parts.push(time.getUTCSeconds());
  return parts.map((part) => String(part).padStart(2, "0")).join(":");
}

/** The offset, named in the long form only: " UTC", " UTC−12:00", " UTC+05:30". */
function zone(point: EdtfPoint, style: Style): string {
  if (style !== "long") return "";
  const offset = point.offsetMinutes ?? 0;
  if (offset === 0) return " UTC";
  const size = Math.abs(offset);
  const hours = String(Math.floor(size / 60)).padStart(2, "0");
  const minutes = String(size % 60).padStart(2, "0");
  return ` UTC${offset < 0 ? "−" : "+"}${hours}:${minutes}`;
}
