import { describe, expect, it } from "vitest";
import { frameStats, median, percentile, round } from "./statistics.ts";

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones, of unsorted input", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("is null for no values, and leaves its input as it was", () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1
    expect(percentile(values, 0.95)).toBe(19);
    expect(percentile(values, 0.5)).toBe(10);
    expect(percentile(values, 1)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([1, 2, 3, 4], 0.95)).toBe(4);
  });

  it("is null for no values", () => {
    expect(percentile([], 0.95)).toBeNull();
  });
});

describe("round", () => {
  it("rounds to the given decimals, one by default, and keeps null", () => {
    expect(round(1.25)).toBe(1.3);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(1234.5, 0)).toBe(1235);
    expect(round(null)).toBeNull();
  });
});

describe("frameStats", () => {
  it("describes the intervals between frame timestamps", () => {
    // Intervals: 16, 16, 60, 16, 100.
    const stats = frameStats([0, 16, 32, 92, 108, 208]);
    expect(stats).toEqual({ frames: 5, medianMs: 16, p95Ms: 100, maxMs: 100, over50: 2 });
  });

  it("has no intervals for one frame or none", () => {
    const none = { frames: 0, medianMs: null, p95Ms: null, maxMs: null, over50: 0 };
    expect(frameStats([12])).toEqual(none);
    expect(frameStats([])).toEqual(none);
  });
});
