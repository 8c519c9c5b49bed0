import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLIP_MARGIN_PX, clipExtent, drawnWindow } from "./clipExtent.ts";
import { propertyOptions } from "../test/property.ts";

describe("clipExtent", () => {
  it("leaves an extent inside the window alone", () => {
    expect(clipExtent(10, 50, 0, 100)).toEqual({ x0: 10, x1: 50 });
  });

  it("cuts a huge extent to the window", () => {
    expect(clipExtent(-1e7, 1e7, 0, 100)).toEqual({ x0: 0, x1: 100 });
    expect(clipExtent(-1e7, 40, 0, 100)).toEqual({ x0: 0, x1: 40 });
  });

  it("never draws wider than the window nor outside the extent", () => {
    const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (a, b, lo, w) => {
          const [x0, x1] = a <= b ? [a, b] : [b, a];
          const cut = clipExtent(x0, x1, lo, lo + w);
          expect(cut.x1 - cut.x0).toBeGreaterThanOrEqual(0);
          expect(cut.x1 - cut.x0).toBeLessThanOrEqual(w);
          expect(cut.x0).toBeGreaterThanOrEqual(lo);
          expect(cut.x1).toBeLessThanOrEqual(lo + w);
          if (x1 >= lo && x0 <= lo + w) {
            // Overlapping extents keep exactly their overlap.
            expect(cut.x0).toBe(Math.max(x0, lo));
            expect(cut.x1).toBe(Math.min(x1, lo + w));
          }
        },
      ),
      propertyOptions(20250213),
    );
  });
});

describe("drawnWindow", () => {
  it("covers the view and a margin on each side", () => {
    expect(drawnWindow(500, 800)).toEqual({ lo: 500 - CLIP_MARGIN_PX, hi: 1300 + CLIP_MARGIN_PX });
  });
});
