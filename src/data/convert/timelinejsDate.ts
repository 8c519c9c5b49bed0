// TimelineJS date objects ({ year, month, day, hour, minute, second, millisecond }) as
// EDTF: the fields present give the precision (year → 2025, + month → 2025-02, + day →
// 2025-02-13, + hour/minute → 2025-02-13T21:30Z, + second). TimelineJS stores no time
// zone: times are taken as UTC. Negative years are read as TimelineJS shows them (see
// edtfYear); years outside format v1 (before 10000 BCE, after 9999) are reported.
import { parseEdtf } from "../edtf.ts";
import { PRESENTATION, type Reporter } from "./timelinejsReport.ts";
import { isRecord, textOf } from "./timelinejsFields.ts";

const DATE_KEYS = new Set([
  "year",
  "month",
  "day",
  "hour",
  "minute",
  "second",
  "millisecond",
  "display_date",
  "format",
]);

const NUMBER = /^-?[0-9]+$/;

/** A TimelineJS date object as EDTF, or null after reporting why it cannot be one. */
export function readDate(value: unknown, key: string, report: Reporter): string | null {
  const problem = (message: string) => {
    report.problem(`${key}: ${message}; left out`);
    return null;
  };
  if (!isRecord(value)) return problem(key === "start_date" ? "is missing" : "is not an object");
  const parts: Partial<Record<string, number>> = {};
  for (const field of Object.keys(value)) {
    if (PRESENTATION.has(`${key}.${field}`)) report.leftBehind(`${key}.${field}`);
    else if (!DATE_KEYS.has(field)) report.problem(`${key}.${field} is not carried`);
  }
  for (const field of ["year", "month", "day", "hour", "minute", "second", "millisecond"]) {
    const raw = value[field];
    if (raw === undefined || raw === null || raw === "") continue;
    const text = textOf(raw).trim();
    if (!NUMBER.test(text)) return problem(`${field} ${JSON.stringify(raw)} is not a whole number`);
    parts[field] = Number(text);
  }
  const { year, month, day, hour, minute, second, millisecond } = parts;
  if (year === undefined) return problem("has no year");
  if (year < -10_000) {
    return problem(`year ${year} (${-year} BCE) is before 10000 BCE: outside format v1`);
  }
  if (year > 9999) return problem(`year ${year} is past 9999: outside format v1`);
  const astronomical = edtfYear(year, key, report);
  const two = (n: number) => String(n).padStart(2, "0");
  let edtf = (astronomical < 0 ? "-" : "") + String(Math.abs(astronomical)).padStart(4, "0");
  if (month !== undefined) {
    edtf += `-${two(month)}`;
    if (day !== undefined) {
      edtf += `-${two(day)}`;
      if (hour !== undefined) {
        edtf += `T${two(hour)}:${two(minute ?? 0)}${second === undefined ? "" : `:${two(second)}`}Z`;
      }
    }
  }
  const finer = [
    ["day", day, month],
    ["hour", hour, day],
    ["minute", minute, hour],
    ["second", second, minute ?? hour],
  ] as const;
  for (const [field, present, parent] of finer) {
    if (present !== undefined && parent === undefined) {
      report.problem(`${key}: ${field} without the larger units is not carried`);
    }
  }
  if (millisecond !== undefined && millisecond !== 0) {
    report.problem(
      `${key}: millisecond ${millisecond} is not carried (format v1 stops at seconds)`,
    );
  }
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return problem(parsed.error);
  return edtf;
}

/**
 * The EDTF (astronomical) year that means what a TimelineJS author saw for `year`.
 *
 * TimelineJS keeps a year in a JavaScript Date, whose years are astronomical (0 is 1 BC),
 * but labels a negative year y as "|y| BCE" (Language.formatJSDate writes Math.abs(y), then
 * the era suffix "BCE"): year -44 shows as "44 BCE", though the Date lies in 45 BC. Authors
 * write the year they want to see, so -44 means 44 BCE. EDTF numbers years astronomically
 * (0000 is 1 BC, -0043 is 44 BC), so a negative year y becomes y + 1, and the dataset says
 * what the author saw. Year 0, which TimelineJS shows as "0" between "1 BCE" and "1", is a
 * year of neither reckoning: it is taken as 1 BCE (0000) and reported for the author to
 * check. Leap days follow the EDTF year (29 February of TimelineJS's -44 is one of -0043,
 * which has none, and is reported).
 */
function edtfYear(year: number, key: string, report: Reporter): number {
  if (year > 0) return year;
  if (year === 0) {
    report.problem(
      `${key}: year 0 is no year of BCE/CE (TimelineJS shows it as "0", between 1 BCE and 1): taken as 1 BCE (0000); check it`,
    );
    return 0;
  }
  report.noteOnce(
    'negative years were read as TimelineJS shows them: year -44 ("44 BCE") became -0043, as EDTF counts 0000 as 1 BCE and -0001 as 2 BCE',
  );
  return year + 1;
}
