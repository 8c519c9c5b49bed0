// Shared by the EDTF parser's tests: parse or fail loudly, read an ISO day as Date.parse does,
// and build the point a date should parse to, so each case reads as text in, bounds out.
import type { EdtfDate, EdtfPoint, Precision } from "../data/model.ts";
import { parseEdtf } from "../data/edtf.ts";

export function parsed(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected ${text} to parse, got: ${result.error}`);
  return result.value;
}

export function errorOf(text: string): string {
  const result = parseEdtf(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected`);
  return result.error;
}

/** Midnight UTC of an ISO date, read by Date.parse (expanded years: "-000044-03-15"). */
export function iso(date: string): number {
  const ms = Date.parse(`${date}T00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Date.parse cannot read ${date}`);
  return ms;
}

export const MINUTE = 60_000;
export const SECOND = 1_000;

export function point(
  start: number,
  end: number,
  precision: Precision,
  flags: Partial<Pick<EdtfPoint, "uncertain" | "approximate" | "offsetMinutes">> = {},
): EdtfPoint {
  return { start, end, precision, uncertain: false, approximate: false, ...flags };
}
