import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ease, tweenDomain, TWEEN_MS } from "./domainTween.ts";
import { propertyOptions } from "../test/property.ts";

describe("tweenDomain", () => {
  it("starts where the view was and lands exactly on the target", () => {
    expect(tweenDomain([0, 10], [100, 130], 0)).toEqual([0, 10]);
    expect(tweenDomain([0, 10], [100, 130], TWEEN_MS)).toEqual([100, 130]);
    expect(tweenDomain([0, 10], [100, 130], TWEEN_MS * 5)).toEqual([100, 130]);
  });

  it("jumps when there is no time to glide", () => {
    expect(tweenDomain([0, 10], [100, 130], 0, 0)).toEqual([100, 130]);
  });

  it("moves only towards the target, never past it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TWEEN_MS }), (ms) => {
        const [a, b] = tweenDomain([0, 10], [100, 130], ms);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(100);
        expect(b).toBeGreaterThanOrEqual(10);
        expect(b).toBeLessThanOrEqual(130);
      }),
      propertyOptions(20250213),
    );
  });

  it("eases in and out", () => {
    expect(ease(0)).toBe(0);
    expect(ease(0.5)).toBe(0.5);
    expect(ease(1)).toBe(1);
    expect(ease(0.1)).toBeLessThan(0.1);
    expect(ease(0.9)).toBeGreaterThan(0.9);
  });
});
