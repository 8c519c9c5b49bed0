import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeScale, timeScaleAt } from "./timeScale.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const HOUR = 3_600_000;
const YEAR = 365.2425 * 24 * HOUR;

/** Times a dataset can hold: negative years to the far future. */
const time = fc.double({ min: -70_000 * YEAR, max: 300 * YEAR, noNaN: true });
/** Visible spans from the finest zoom (an hour) to the widest (two centuries). */
const span = fc.double({ min: HOUR, max: 200 * YEAR, noNaN: true });
const width = fc.double({ min: 1, max: 10_000, noNaN: true });
/** A domain as the store holds one, and a plot width. */
const view = fc.record({ start: time, span, width });

describe("timeScale", () => {
  const feb = Date.UTC(2025, 1, 1);
  const march = Date.UTC(2025, 2, 1);

  it("maps the domain's ends onto the range's ends, linearly in between", () => {
    const scale = timeScale([feb, march], [0, 280]);
    expect(scale(feb)).toBe(0);
    expect(scale(march)).toBe(280);
    expect(scale(Date.UTC(2025, 1, 15))).toBe(140);
    expect(scale.invert(140)).toBe(Date.UTC(2025, 1, 15));
    expect(scale.pxPerMs()).toBe(280 / (march - feb));
  });

  it("is not clamped: times outside the domain land outside the range", () => {
    const scale = timeScale([feb, march], [0, 280]);
    expect(scale(Date.UTC(2025, 0, 18))).toBe(-140);
    expect(scale.invert(420)).toBe(Date.UTC(2025, 2, 15));
  });

  it("honours a range that does not start at zero, and a reversed one", () => {
    const shifted = timeScale([feb, march], [100, 380]);
    expect(shifted(feb)).toBe(100);
    expect(shifted.invert(380)).toBe(march);
    const reversed = timeScale([feb, march], [280, 0]);
    expect(reversed(feb)).toBe(280);
    expect(reversed.invert(0)).toBe(march);
    expect(reversed.pxPerMs()).toBeLessThan(0);
  });

  it("reports its domain and range as copies", () => {
    const scale = timeScale([feb, march], [0, 280]);
    expect(scale.domain()).toEqual([feb, march]);
    expect(scale.range()).toEqual([0, 280]);
    scale.domain()[0] = 0;
    expect(scale.domain()).toEqual([feb, march]);
  });

  it("defaults the range to [0, 1], like d3", () => {
    expect(timeScale([feb, march]).range()).toEqual([0, 1]);
    expect(timeScale([feb, march])(march)).toBe(1);
  });

  it("maps a degenerate domain to the middle of the range, and back to the domain", () => {
    const scale = timeScale([feb, feb], [0, 280]);
    expect(scale(feb)).toBe(140);
    expect(scale(march)).toBe(140);
    expect(scale.invert(10)).toBe(feb);
    expect(scale.pxPerMs()).toBe(0);
    const flat = timeScale([feb, march], [50, 50]);
    expect(flat.invert(50)).toBe((feb + march) / 2);
  });

  it("property: invert ∘ scale is the identity, to well under a millisecond a pixel", () => {
    fc.assert(
      fc.property(view, time, ({ start, span, width }, t) => {
        const scale = timeScale([start, start + span], [0, width]);
        // Doubles hold ~16 digits: the error is relative to the magnitudes involved.
        const tolerance = (Math.abs(t) + Math.abs(start) + span) * 1e-12;
        expect(Math.abs(scale.invert(scale(t)) - t)).toBeLessThanOrEqual(tolerance);
      }),
      propertyOptions(SEED, 500),
    );
  });

  it("property: scale ∘ invert is the identity on pixels", () => {
    fc.assert(
      fc.property(view, fc.double({ min: -20_000, max: 20_000, noNaN: true }), (v, x) => {
        const scale = timeScale([v.start, v.start + v.span], [0, v.width]);
        const tolerance = ((Math.abs(v.start) + v.span) / v.span) * v.width * 1e-12 + 1e-9;
        expect(Math.abs(scale(scale.invert(x)) - x)).toBeLessThanOrEqual(
          tolerance * (1 + Math.abs(x)),
        );
      }),
      propertyOptions(SEED, 500),
    );
  });

  it("property: strictly increasing for an increasing range", () => {
    fc.assert(
      fc.property(view, time, span, ({ start, span: s, width }, a, gap) => {
        const scale = timeScale([start, start + s], [0, width]);
        // A gap of at least an hour is visible at every width this app draws.
        expect(scale(a + gap)).toBeGreaterThan(scale(a));
        expect(scale.invert(width)).toBeGreaterThan(scale.invert(0));
      }),
      propertyOptions(SEED, 500),
    );
  });

  it("property: the domain's ends land on the range's ends; the middle on the middle", () => {
    fc.assert(
      fc.property(view, ({ start, span: s, width }) => {
        const scale = timeScale([start, start + s], [0, width]);
        // Rounding grows with how far the domain lies from zero, measured in spans.
        const tolerance = ((Math.abs(start) + s) / s) * width * 1e-14 + 1e-9;
        const close = (a: number, b: number) =>
          expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance);
        close(scale(start), 0);
        close(scale(start + s), width);
        close(scale(start + s / 2), width / 2);
        close(scale.pxPerMs() * s, width);
      }),
      propertyOptions(SEED, 500),
    );
  });

  it("property: a shift of the domain shifts every x by the same amount (a pan)", () => {
    fc.assert(
      fc.property(view, time, span, ({ start, span: s, width }, t, shift) => {
        const scale = timeScale([start, start + s], [0, width]);
        const panned = timeScale([start + shift, start + shift + s], [0, width]);
        const dx = shift * scale.pxPerMs();
        const tolerance = ((Math.abs(t - start) + Math.abs(shift)) / s) * width * 1e-9 + 1e-6;
        expect(Math.abs(scale(t) - panned(t) - dx)).toBeLessThanOrEqual(tolerance);
      }),
      propertyOptions(SEED, 300),
    );
  });
});

describe("timeScaleAt", () => {
  it("puts the origin at 0 with the given density, and inverts it", () => {
    const origin = Date.UTC(2025, 1, 1);
    const scale = timeScaleAt(origin, 1 / HOUR);
    expect(scale(origin)).toBe(0);
    expect(scale(origin + 3 * HOUR)).toBe(3);
    expect(scale.invert(-2)).toBe(origin - 2 * HOUR);
    expect(scale.pxPerMs()).toBe(1 / HOUR);
    expect(scale.domain()).toEqual([origin, origin + HOUR]);
    expect(scale.range()).toEqual([0, 1]);
  });

  it("agrees with timeScale over the same mapping", () => {
    fc.assert(
      fc.property(view, time, ({ start, span: s, width }, t) => {
        const a = timeScale([start, start + s], [0, width]);
        const b = timeScaleAt(start, a.pxPerMs());
        const tolerance = (Math.abs(t - start) / s) * width * 1e-12 + 1e-9;
        expect(Math.abs(a(t) - b(t))).toBeLessThanOrEqual(tolerance);
      }),
      propertyOptions(SEED, 300),
    );
  });
});
