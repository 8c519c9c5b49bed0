// fast-check generators of EDTF dates in the supported subset, for property tests anywhere:
// every precision, qualifier and interval form, and moments (a day or a time) for the dates
// that say when a dataset changed.
import fc from "fast-check";
import { parseEdtf } from "../edtf.ts";

const two = (max: number) => fc.integer({ min: 1, max }).map((n) => String(n).padStart(2, "0"));

const yearText = fc
  .oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1990, max: 2030 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
  )
  .map((y) => String(y).padStart(4, "0"));
const qualifier = fc.constantFrom("", "", "", "?", "~", "%");

/** A day, with an optional qualifier. */
const day = fc
  .tuple(yearText, two(12), two(28), qualifier)
  .map(([y, m, d, q]) => `${y}-${m}-${d}${q}`);

/** A time of day (minutes, maybe seconds) with its zone. */
const time = fc
  .tuple(
    yearText,
    two(12),
    two(28),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    fc.constantFrom("Z", "Z", "+01:00", "-03:00", "+05:30"),
  )
  .map(([y, m, d, h, min, s, z]) => {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${y}-${m}-${d}T${pad(h)}:${pad(min)}${s === undefined ? "" : `:${pad(s)}`}${z}`;
  });

/** A day or a time: the precisions of a moment, as `added` and `updated` need. */
export function arbitraryMoment(): fc.Arbitrary<string> {
  return fc.oneof(day, time);
}

/**
 * One side of an EDTF date: year, month, day or a time, with an optional qualifier. Four
 * arms of equal weight, in this order: property tests' fixed seeds draw the same dates.
 */
function arbitraryPoint(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(yearText, qualifier).map(([y, q]) => y + q),
    fc.tuple(yearText, two(12), qualifier).map(([y, m, q]) => `${y}-${m}${q}`),
    day,
    time,
  );
}

/** EDTF dates in the supported subset: single dates, intervals and open intervals. */
export function arbitraryEdtf(): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 4, arbitrary: arbitraryPoint() },
      {
        weight: 2,
        arbitrary: fc.tuple(arbitraryPoint(), arbitraryPoint()).map(([a, b]) => {
          // Order the two sides by where they start, so that most intervals are valid.
          const [first, second] = [a, b].sort((x, y) => start(x) - start(y));
          return `${first}/${second}`;
        }),
      },
      { weight: 1, arbitrary: arbitraryPoint().map((p) => `../${p}`) },
      { weight: 1, arbitrary: arbitraryPoint().map((p) => `${p}/..`) },
    )
    .filter((text) => parseEdtf(text).ok);
}

/** Where a date starts, for ordering generated dates (0 for one that does not parse). */
export function start(point: string): number {
  const parsed = parseEdtf(point);
  return parsed.ok ? parsed.value.start : 0;
}
