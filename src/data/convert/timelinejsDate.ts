// TimelineJS date objects ({ year, month, day, hour, minute, second, millisecond }) as
// EDTF: the fields present give the precision (year → 2025, + month → 2025-02, + day →
// 2025-02-13, + hour/minute → 2025-02-13T21:30Z, + second). TimelineJS stores no time
// zone: times are taken as UTC. Negative years and years past 9999 are outside format v1.
import { parseEdtf } from "../edtf.ts";
import { type Collector, PRESENTATION } from "./timelinejsReport.ts";
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
export function readDate(
  value: unknown,
  key: string,
  out: Collector,
  index: number,
): string | null {
  const problem = (message: string) => {
    out.problem(index, `${key}: ${message}; left out`);
    return null;
  };
  if (!isRecord(value)) return problem(key === "start_date" ? "is missing" : "is not an object");
  const parts: Partial<Record<string, number>> = {};
  for (const field of Object.keys(value)) {
    if (PRESENTATION.has(`${key}.${field}`)) out.leftBehind(`${key}.${field}`);
    else if (!DATE_KEYS.has(field)) out.problem(index, `${key}.${field} is not carried`);
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
  if (year < 0) {
    return problem(`year ${year} is negative: dates before the year 0 are outside format v1`);
  }
  if (year > 9999) return problem(`year ${year} is past 9999: outside format v1`);
  const two = (n: number) => String(n).padStart(2, "0");
  let edtf = String(year).padStart(4, "0");
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
      out.problem(index, `${key}: ${field} without the larger units is not carried`);
    }
  }
  if (millisecond !== undefined && millisecond !== 0) {
    out.problem(
      index,
      `${key}: millisecond ${millisecond} is not carried (format v1 stops at seconds)`,
    );
  }
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return problem(parsed.error);
  return edtf;
}

/** A short human form of a TimelineJS date for messages. */
export function dateText(date: Record<string, unknown>): string {
  return ["year", "month", "day"]
    .map((key) => textOf(date[key]).trim())
    .filter((part) => part !== "")
    .map((part, i) => (i === 0 ? part : part.padStart(2, "0")))
    .join("-");
}
