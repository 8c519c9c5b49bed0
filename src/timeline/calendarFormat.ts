// Calendar labels in UTC through Intl, in one language. Every date the reader sees is
// written by `Intl.DateTimeFormat` with `timeZone: "UTC"`, so the reader's own zone cannot
// shift a day, and each language gets its own month names, order and punctuation.

/** The shapes dates are written in; each is one set of Intl options. */
export type CalendarPattern =
  | "year"
  | "monthYear"
  | "monthLongYear"
  | "monthShort"
  | "monthLong"
  | "day"
  | "dayYear"
  | "dayYearTime"
  | "dayYearTimeSeconds"
  | "dayTime"
  | "dayTimeSeconds"
  | "time"
  | "timeSeconds";

const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const TIME_SECONDS: Intl.DateTimeFormatOptions = { ...TIME, second: "2-digit" };
const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" };
const DAY_YEAR: Intl.DateTimeFormatOptions = { ...DAY, year: "numeric" };

const OPTIONS: Record<CalendarPattern, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  monthYear: { month: "short", year: "numeric" },
  monthLongYear: { month: "long", year: "numeric" },
  monthShort: { month: "short" },
  monthLong: { month: "long" },
  day: DAY,
  dayYear: DAY_YEAR,
  dayYearTime: { ...DAY_YEAR, ...TIME },
  dayYearTimeSeconds: { ...DAY_YEAR, ...TIME_SECONDS },
  dayTime: { ...DAY, ...TIME },
  dayTimeSeconds: { ...DAY, ...TIME_SECONDS },
  time: TIME,
  timeSeconds: TIME_SECONDS,
};

export interface CalendarFormat {
  readonly locale: string;
  /** One instant in a pattern; years up to 0 (1 BC and before) carry their era: "50 AD", "44 BC". */
  format(ms: number, pattern: CalendarPattern): string;
  /** Two instants sharing what they share: "13–14 Mar 2025", "29 Apr – 3 May 2025". */
  formatRange(fromMs: number, toMs: number, pattern: CalendarPattern): string;
}

/** Building a DateTimeFormat costs far more than using one: one per locale and shape. */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, pattern: CalendarPattern, era: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${pattern}|${era ? "era" : ""}`;
  let format = cache.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions = { ...OPTIONS[pattern], timeZone: "UTC" };
    if (era && options.year !== undefined) options.era = "short";
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * Before year 1000 a year is written with its era ("50 AD", "44 BC"): "1 Mar 50" reads as
 * 1950, and without an era year 0 and 1 AD would both read "1".
 */
const YEAR_1000 = new Date(0).setUTCFullYear(1000, 0, 1);
export const needsEra = (ms: number) => ms < YEAR_1000;

export function calendarFormat(locale: string): CalendarFormat {
  return {
    locale,
    format: (ms, pattern) => formatter(locale, pattern, needsEra(ms)).format(ms),
    formatRange: (fromMs, toMs, pattern) =>
      formatter(locale, pattern, needsEra(fromMs)).formatRange(fromMs, toMs),
  };
}
