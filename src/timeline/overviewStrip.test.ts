import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fractionInTime, nearestIndex, stripKeyTarget } from "./overviewStrip.ts";
import { propertyOptions } from "../test/property.ts";

describe("stripKeyTarget", () => {
  it("steps like a slider and stays within the story", () => {
    expect(stripKeyTarget("ArrowRight", 3, 29)).toBe(4);
    expect(stripKeyTarget("ArrowUp", 3, 29)).toBe(4);
    expect(stripKeyTarget("ArrowLeft", 3, 29)).toBe(2);
    expect(stripKeyTarget("ArrowDown", 0, 29)).toBe(0);
    expect(stripKeyTarget("ArrowRight", 28, 29)).toBe(28);
    expect(stripKeyTarget("Home", 12, 29)).toBe(0);
    expect(stripKeyTarget("End", 12, 29)).toBe(28);
    expect(stripKeyTarget("PageUp", 12, 29)).toBe(15);
    expect(stripKeyTarget("PageDown", 1, 29)).toBe(0);
  });

  it("steps ← to the later event and → to the earlier one when time runs right to left", () => {
    expect(stripKeyTarget("ArrowLeft", 3, 29, "rtl")).toBe(4);
    expect(stripKeyTarget("ArrowRight", 3, 29, "rtl")).toBe(2);
    expect(stripKeyTarget("ArrowRight", 0, 29, "rtl")).toBe(0);
    expect(stripKeyTarget("ArrowUp", 3, 29, "rtl")).toBe(4);
    expect(stripKeyTarget("Home", 12, 29, "rtl")).toBe(0);
  });

  it("starts at the first event when none is selected", () => {
    expect(stripKeyTarget("ArrowRight", -1, 5)).toBe(0);
    expect(stripKeyTarget("ArrowLeft", -1, 5)).toBe(0);
  });

  it("leaves other keys, and an empty story, alone", () => {
    expect(stripKeyTarget("Enter", 2, 5)).toBeNull();
    expect(stripKeyTarget("a", 2, 5)).toBeNull();
    expect(stripKeyTarget("ArrowRight", -1, 0)).toBeNull();
  });
});

describe("nearestIndex", () => {
  it("picks the nearest tick, the earlier on a tie", () => {
    const ticks = [0, 0.1, 0.5, 0.52, 1];
    expect(nearestIndex(ticks, 0)).toBe(0);
    expect(nearestIndex(ticks, 0.04)).toBe(0);
    expect(nearestIndex(ticks, 0.06)).toBe(1);
    expect(nearestIndex(ticks, 0.3)).toBe(1);
    expect(nearestIndex(ticks, 0.51)).toBe(2);
    expect(nearestIndex(ticks, 0.9)).toBe(4);
    expect(nearestIndex(ticks, 2)).toBe(4);
    expect(nearestIndex(ticks, -1)).toBe(0);
    expect(nearestIndex([], 0.5)).toBe(-1);
  });

  it("agrees with a linear scan", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        (values, fraction) => {
          const sorted = [...values].sort((a, b) => a - b);
          const found = nearestIndex(sorted, fraction);
          const best = Math.min(...sorted.map((v) => Math.abs(v - fraction)));
          expect(Math.abs((sorted[found] as number) - fraction)).toBe(best);
        },
      ),
      propertyOptions(12),
    );
  });
});

describe("fractionInTime", () => {
  it("measures from the left end in left-to-right and from the right end in right-to-left", () => {
    expect(fractionInTime(0.25, "ltr")).toBe(0.25);
    expect(fractionInTime(0.25, "rtl")).toBe(0.75);
    expect(fractionInTime(0, "rtl")).toBe(1);
  });
});
