// The edtf package (edtf.js) as an independent oracle for the bounds.
//
// How it lines up with us (read from node_modules/edtf/src/date.js and interval.js):
// - A date's `min` is its first instant and `max` its last millisecond (our end - 1),
//   except for dates with a time: those are "atomic", min === max === the instant written,
//   with no minute/second length. We compare their start and derive the end ourselves.
// - `precision` is 1/2/3 for year/month/day and 0 for anything with a time.
// - Qualifiers never change min/max; they show up as non-zero bitmasks.
// - An interval demands lower.min < upper.min and throws "invalid upper bound" otherwise,
//   so it rejects equal or overlapping ends ("2025/2025", "2025-02/2025") that we accept.
// - Open ends: min is -Infinity (../B) or max is Infinity (A/..).
import fc from "fast-check";
// @ts-expect-error -- the edtf package ships no type declarations; the part we use is typed below.
import untypedEdtf from "edtf";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "./edtf.ts";
import type { EdtfPoint, Precision } from "./model.ts";
import { MINUTE, SECOND } from "../test/parsedEdtf.ts";
import { PROPERTY_RUNS, validText } from "../test/edtfText.ts";

interface Bitmask {
  value: number;
}
interface OracleDate {
  min: number;
  max: number;
  precision: number;
  uncertain: Bitmask;
  approximate: Bitmask;
}
interface OracleInterval {
  min: number;
  max: number;
}
const oracle = untypedEdtf as (text: string) => OracleDate & OracleInterval;

const ORACLE_PRECISION: Record<Precision, number> = {
  year: 1,
  month: 2,
  day: 3,
  minute: 0,
  second: 0,
};

/** The oracle's end of one side, in our exclusive convention. */
function oracleEnd(side: string, date: OracleDate): number {
  if (date.precision > 0) return date.max + 1;
  return date.min + (/T\d\d:\d\d:\d\d/.test(side) ? SECOND : MINUTE);
}

function expectSideMatchesOracle(ours: EdtfPoint | null, side: string): void {
  expect(ours).not.toBeNull();
  if (!ours) return;
  const theirs = oracle(side);
  expect(ours.start).toBe(theirs.min);
  expect(ours.end).toBe(oracleEnd(side, theirs));
  expect(ORACLE_PRECISION[ours.precision]).toBe(theirs.precision);
  expect(ours.uncertain).toBe(theirs.uncertain.value !== 0);
  expect(ours.approximate).toBe(theirs.approximate.value !== 0);
}

describe("parseEdtf against the edtf package", () => {
  it("agrees on bounds, precision and qualifiers", () => {
    fc.assert(
      fc.property(validText, (text) => {
        const ours = parseEdtf(text);
        const [first = "", second] = text.split("/");

        if (second === undefined) {
          expect(ours.ok).toBe(true);
          if (!ours.ok) return;
          expectSideMatchesOracle(ours.value.from, first);
          expect(ours.value.to).toBe(ours.value.from);
          return;
        }

        if (first === ".." || second === "..") {
          expect(ours.ok).toBe(true);
          if (!ours.ok) return;
          const whole = oracle(text);
          if (first === "..") {
            expectSideMatchesOracle(ours.value.to, second);
            expect(whole.min).toBe(-Infinity);
            expect(ours.value.start).toBe(oracle(second).min);
          } else {
            expectSideMatchesOracle(ours.value.from, first);
            expect(whole.max).toBe(Infinity);
            expect(ours.value.start).toBe(whole.min);
          }
          return;
        }

        const from = oracle(first);
        const to = oracle(second);
        // Ours: out of order only when the end lies wholly before the start.
        expect(ours.ok).toBe(oracleEnd(second, to) > from.min);
        if (from.min >= to.min) expect(() => oracle(text)).toThrow(/invalid upper bound/);
        if (!ours.ok) {
          expect(ours.error).toMatch(/^interval ends are out of order: /);
          return;
        }
        expectSideMatchesOracle(ours.value.from, first);
        expectSideMatchesOracle(ours.value.to, second);
        expect(ours.value.start).toBe(from.min);
        expect(ours.value.end).toBe(oracleEnd(second, to));
        if (from.min < to.min) expect(oracle(text).min).toBe(ours.value.start);
      }),
      PROPERTY_RUNS,
    );
  });
});
