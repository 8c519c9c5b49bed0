import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DOM_DELTA_LINE,
  DOM_DELTA_PAGE,
  DOM_DELTA_PIXEL,
  LINE_HEIGHT_PX,
  MAX_WHEEL_ZOOM_LOG2,
  wheelDeltaPx,
  wheelGesture,
  type WheelLike,
} from "./wheel.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const PAGE = 800;

function wheel(update: Partial<WheelLike>): WheelLike {
  return {
    deltaX: 0,
    deltaY: 0,
    deltaMode: DOM_DELTA_PIXEL,
    ctrlKey: false,
    metaKey: false,
    ...update,
  };
}

function zoomOf(gesture: ReturnType<typeof wheelGesture>): number {
  if (gesture.kind !== "zoom") throw new Error(`expected a zoom, got ${gesture.kind}`);
  return 2 ** gesture.log2;
}

describe("wheelDeltaPx", () => {
  it("keeps pixels, turns lines and pages into pixels", () => {
    expect(wheelDeltaPx(wheel({ deltaY: 100 }), PAGE)).toEqual({ dx: 0, dy: 100 });
    expect(wheelDeltaPx(wheel({ deltaY: 3, deltaMode: DOM_DELTA_LINE }), PAGE)).toEqual({
      dx: 0,
      dy: 3 * LINE_HEIGHT_PX,
    });
    expect(wheelDeltaPx(wheel({ deltaX: -1, deltaMode: DOM_DELTA_PAGE }), PAGE)).toEqual({
      dx: -PAGE,
      dy: 0,
    });
  });

  it("treats a non-finite delta as none", () => {
    expect(wheelDeltaPx(wheel({ deltaY: NaN, deltaX: Infinity }), PAGE)).toEqual({ dx: 0, dy: 0 });
  });
});

describe("wheelGesture", () => {
  it("leaves a plain vertical wheel to the page", () => {
    expect(wheelGesture(wheel({ deltaY: 100 }), PAGE)).toEqual({ kind: "scroll" });
    expect(wheelGesture(wheel({ deltaY: -3, deltaMode: DOM_DELTA_LINE }), PAGE)).toEqual({
      kind: "scroll",
    });
    // A diagonal trackpad swipe that is mostly vertical is a scroll too.
    expect(wheelGesture(wheel({ deltaX: 20, deltaY: 30 }), PAGE)).toEqual({ kind: "scroll" });
  });

  it("pans on a mostly sideways wheel, in pixels whatever the unit", () => {
    expect(wheelGesture(wheel({ deltaX: 40, deltaY: 5 }), PAGE)).toEqual({ kind: "pan", px: 40 });
    expect(wheelGesture(wheel({ deltaX: -2, deltaMode: DOM_DELTA_LINE }), PAGE)).toEqual({
      kind: "pan",
      px: -2 * LINE_HEIGHT_PX,
    });
  });

  it("zooms on ctrl or ⌘ + wheel: up (negative deltaY) zooms in", () => {
    expect(zoomOf(wheelGesture(wheel({ deltaY: -100, ctrlKey: true }), PAGE))).toBeGreaterThan(1);
    expect(zoomOf(wheelGesture(wheel({ deltaY: 100, metaKey: true }), PAGE))).toBeLessThan(1);
    expect(zoomOf(wheelGesture(wheel({ deltaY: -100, ctrlKey: true }), PAGE))).toBeCloseTo(
      Math.exp(0.2),
      10,
    );
  });

  // The old handler read deltaY as pixels whatever the mode: Firefox's ctrl + wheel notch
  // (3 lines) zoomed by 0.6 %, so the wheel seemed broken there.
  it("zooms a Firefox line-mode notch as much as a Chrome pixel-mode notch", () => {
    const firefox = zoomOf(
      wheelGesture(wheel({ deltaY: -3, deltaMode: DOM_DELTA_LINE, ctrlKey: true }), PAGE),
    );
    const chrome = zoomOf(wheelGesture(wheel({ deltaY: -100, ctrlKey: true }), PAGE));
    expect(firefox).toBeCloseTo(chrome, 10);
    expect(firefox).toBeGreaterThan(1.15);
  });

  it("zooms a page-mode step, but never by more than the cap in one event", () => {
    const page = zoomOf(
      wheelGesture(wheel({ deltaY: -1, deltaMode: DOM_DELTA_PAGE, ctrlKey: true }), PAGE),
    );
    expect(page).toBeGreaterThan(1.5);
    expect(page).toBeLessThanOrEqual(2 ** MAX_WHEEL_ZOOM_LOG2);
  });

  it("property: ctrl + wheel always zooms, and up and down by the same amount undo each other", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.constantFrom(DOM_DELTA_PIXEL, DOM_DELTA_LINE, DOM_DELTA_PAGE),
        (deltaY, deltaMode) => {
          const up = wheelGesture(wheel({ deltaY, deltaMode, ctrlKey: true }), PAGE);
          const down = wheelGesture(wheel({ deltaY: -deltaY, deltaMode, ctrlKey: true }), PAGE);
          expect(zoomOf(up) * zoomOf(down)).toBeCloseTo(1, 10);
          expect(Math.abs(up.kind === "zoom" ? up.log2 : NaN)).toBeLessThanOrEqual(
            MAX_WHEEL_ZOOM_LOG2,
          );
        },
      ),
      propertyOptions(SEED, 300),
    );
  });

  it("property: without a modifier, a wheel is either a sideways pan or the page's scroll", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (deltaX, deltaY) => {
          const gesture = wheelGesture(wheel({ deltaX, deltaY }), PAGE);
          if (Math.abs(deltaX) > Math.abs(deltaY))
            expect(gesture).toEqual({ kind: "pan", px: deltaX });
          else expect(gesture).toEqual({ kind: "scroll" });
        },
      ),
      propertyOptions(SEED, 300),
    );
  });
});
