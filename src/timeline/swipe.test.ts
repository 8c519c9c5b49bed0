import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SWIPE_MIN_PX, swipeDirection } from "./swipe.ts";
import { propertyOptions } from "../test/property.ts";

describe("swipeDirection", () => {
  it("reads a leftward swipe as Next and a rightward one as Previous", () => {
    expect(swipeDirection(-80, 5)).toBe(1);
    expect(swipeDirection(80, -5)).toBe(-1);
  });

  it("ignores taps and short wobbles", () => {
    expect(swipeDirection(SWIPE_MIN_PX - 1, 0)).toBeNull();
    expect(swipeDirection(0, 0)).toBeNull();
  });

  it("leaves mostly vertical moves to the page's scroll", () => {
    expect(swipeDirection(60, 50)).toBeNull();
    expect(swipeDirection(-10, 300)).toBeNull();
  });

  it("never answers for a move that is more vertical than horizontal", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (dx, dy) => {
        if (Math.abs(dy) >= Math.abs(dx)) expect(swipeDirection(dx, dy)).toBeNull();
      }),
      propertyOptions(20250213),
    );
  });

  it("is not fooled by non-finite input", () => {
    expect(swipeDirection(Number.NaN, 0)).toBeNull();
    expect(swipeDirection(-Infinity, 0)).toBeNull();
  });
});
