import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scrollToReveal } from "./scrollToReveal.ts";
import { propertyOptions } from "../test/property.ts";

describe("scrollToReveal", () => {
  it("leaves what shows alone", () => {
    expect(scrollToReveal(100, 140, 800)).toBe(0);
    expect(scrollToReveal(0, 800, 800)).toBe(0);
  });

  it("scrolls just enough, up or down", () => {
    expect(scrollToReveal(1000, 1046, 800)).toBe(262);
    expect(scrollToReveal(-50, -4, 800)).toBe(-66);
  });

  it("always ends with the element in view (its top, when taller than the view)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 300, max: 1200 }),
        (top, size, height) => {
          const delta = scrollToReveal(top, top + size, height);
          const shownTop = top - delta;
          expect(shownTop).toBeGreaterThanOrEqual(0);
          if (size + 32 <= height) expect(shownTop + size).toBeLessThanOrEqual(height);
        },
      ),
      propertyOptions(4),
    );
  });
});
