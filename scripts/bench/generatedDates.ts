// When the benchmark's events happen and how their dates are written: a span of about five
// years, with news bursts, in the mix of EDTF precisions and qualifiers real datasets use.
import type { Random } from "./random.ts";

export const DAY_MS = 86_400_000;
export const SPAN_START = Date.UTC(2021, 0, 1);
export const SPAN_END = Date.UTC(2025, 11, 31);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isoMonth(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** An EDTF date for an event at `ms`, in a realistic mix of precisions and qualifiers. */
export function eventDate(rng: Random, ms: number): string {
  const kind = rng.weighted([
    ["day", 55],
    ["minute", 12],
    ["month", 9],
    ["year", 2],
    ["day~", 6],
    ["day?", 4],
    ["month~", 2],
    ["interval", 6],
    ["open-start", 2],
    ["open-end", 2],
  ] as const);
  switch (kind) {
    case "day":
      return isoDay(ms);
    case "minute": {
      const d = new Date(ms);
      const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      const zone = rng.pick(["Z", "Z", "+01:00", "-05:00", "+02:00"]);
      return `${isoDay(ms)}T${time}${zone}`;
    }
    case "month":
      return isoMonth(ms);
    case "year":
      return String(new Date(ms).getUTCFullYear());
    case "day~":
      return `${isoDay(ms)}~`;
    case "day?":
      return `${isoDay(ms)}?`;
    case "month~":
      return `${isoMonth(ms)}~`;
    case "interval":
      return `${isoDay(ms)}/${isoDay(ms + rng.int(1, 10) * DAY_MS)}`;
    case "open-start":
      return `../${isoDay(ms)}`;
    case "open-end":
      return rng.chance(0.5) ? `${isoMonth(ms)}/..` : `${isoDay(ms)}/..`;
  }
}

/** Sorted event times: mostly spread evenly, a third clustered around news bursts. */
export function eventTimes(rng: Random, count: number): number[] {
  const span = SPAN_END - SPAN_START;
  const bursts = Array.from({ length: 24 }, () => SPAN_START + rng.next() * span);
  const times = Array.from({ length: count }, () => {
    if (rng.chance(0.35)) {
      const centre = rng.pick(bursts);
      // Sum of uniforms: a rough bell a couple of weeks wide.
      const spread = (rng.next() + rng.next() + rng.next() - 1.5) * 14 * DAY_MS;
      return Math.min(SPAN_END, Math.max(SPAN_START, centre + spread));
    }
    return SPAN_START + rng.next() * span;
  });
  return times.sort((a, b) => a - b).map((t) => Math.floor(t / 60_000) * 60_000);
}
