// Calendar labels in UTC from a small set of date-fns-style tokens. Written here rather
// than taken from date-fns: date-fns formats in local time (so every call needed a
// zone-proof detour) and brings a whole locale (~6 KB gzipped of a 110 KB first-load
// budget) for twelve month names.

import { MONTH_NAMES } from "../data/monthNames.ts";

const TOKENS = /uuuu|MMMM|MMM|dd|d|HH|mm/g;

/**
 * `uuuu` year (4 digits, 0000 allowed), `MMMM` month name, `MMM` its first three letters,
 * `d`/`dd` day of month, `HH`/`mm` hours and minutes; anything else is copied as it is.
 */
export function formatUtc(ms: number, pattern: string): string {
  const date = new Date(ms);
  const month = MONTH_NAMES[date.getUTCMonth()] ?? "";
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return pattern.replace(TOKENS, (token) => {
    switch (token) {
      case "uuuu":
        return pad(date.getUTCFullYear(), 4);
      case "MMMM":
        return month;
      case "MMM":
        return month.slice(0, 3);
      case "dd":
        return pad(date.getUTCDate());
      case "d":
        return String(date.getUTCDate());
      case "HH":
        return pad(date.getUTCHours());
      default:
        return pad(date.getUTCMinutes());
    }
  });
}
