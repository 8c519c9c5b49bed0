import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SPAN_MS, MIN_SPAN_MS } from "./viewport.ts";
import {
  domainOfTransform,
  flooredPinch,
  keepTransformOnData,
  sameTransform,
  scaleExtentOf,
  transformOfDomain,
} from "./zoomTransform.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const DAY = 86_400_000;
const data: [number, number] = [Date.UTC(2025, 1, 1), Date.UTC(2025, 10, 1)];
const WIDTH = 1000;

const view = fc.record({
  at: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
  span: fc.double({ min: MIN_SPAN_MS, max: MAX_SPAN_MS / 10, noNaN: true }),
  width: fc.double({ min: 100, max: 4000, noNaN: true }),
});

describe("transform ↔ domain", () => {
  it("the identity transform shows the reference", () => {
    expect(domainOfTransform({ k: 1, x: 0 }, data, WIDTH)).toEqual(data);
    expect(transformOfDomain(data, data, WIDTH)).toEqual({ k: 1, x: -0 });
  });

  it("k = 2 around the left edge shows the first half; x moves the view by pixels", () => {
    const mid = (data[0] + data[1]) / 2;
    expect(domainOfTransform({ k: 2, x: 0 }, data, WIDTH)).toEqual([data[0], mid]);
    // Translating the content 500 px to the left shows what was at 500..1500 px.
    const [d0, d1] = domainOfTransform({ k: 1, x: -500 }, data, WIDTH);
    expect(d0).toBeCloseTo(mid, -1);
    expect(d1 - d0).toBeCloseTo(data[1] - data[0], -1);
  });

  it("property: domain → transform → domain is the identity", () => {
    fc.assert(
      fc.property(view, ({ at, span, width }) => {
        const start = data[0] + at * (data[1] - data[0]);
        const domain: [number, number] = [start, start + span];
        const back = domainOfTransform(transformOfDomain(domain, data, width), data, width);
        const tolerance = span * 1e-9 + 1e-3;
        expect(Math.abs(back[0] - domain[0])).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(back[1] - domain[1])).toBeLessThanOrEqual(tolerance);
      }),
      propertyOptions(SEED, 300),
    );
  });

  it("property: a larger k is a narrower domain (zooming in)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 1.001, max: 10, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        (k, factor, x) => {
          const [a0, a1] = domainOfTransform({ k, x }, data, WIDTH);
          const [b0, b1] = domainOfTransform({ k: k * factor, x }, data, WIDTH);
          expect(b1 - b0).toBeLessThan(a1 - a0);
        },
      ),
      propertyOptions(SEED, 300),
    );
  });
});

describe("transform ↔ domain, time running right to left", () => {
  it("the identity shows the reference with its start at the right edge", () => {
    expect(domainOfTransform({ k: 1, x: 0 }, data, WIDTH, true)).toEqual(data);
    const mid = (data[0] + data[1]) / 2;
    // k = 2 around the left edge shows the later half, which lies on the left.
    const [d0, d1] = domainOfTransform({ k: 2, x: 0 }, data, WIDTH, true);
    expect(d0).toBeCloseTo(mid, -1);
    expect(d1).toBeCloseTo(data[1], -1);
  });

  it("dragging the content to the right brings in later times from the left", () => {
    const [d0] = domainOfTransform({ k: 1, x: 500 }, data, WIDTH, true);
    expect(d0).toBeGreaterThan(data[0]);
  });

  it("property: domain → transform → domain is the identity", () => {
    fc.assert(
      fc.property(view, ({ at, span, width }) => {
        const start = data[0] + at * (data[1] - data[0]);
        const domain: [number, number] = [start, start + span];
        const there = transformOfDomain(domain, data, width, true);
        const back = domainOfTransform(there, data, width, true);
        const tolerance = span * 1e-9 + 1e-3;
        expect(Math.abs(back[0] - domain[0])).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(back[1] - domain[1])).toBeLessThanOrEqual(tolerance);
      }),
      propertyOptions(SEED, 100),
    );
  });

  it("keeps the view on the data as it does left to right", () => {
    const far = transformOfDomain([data[1] + 400 * DAY, data[1] + 430 * DAY], data, WIDTH, true);
    const kept = keepTransformOnData(far, data, WIDTH, data, true);
    const [k0, k1] = domainOfTransform(kept, data, WIDTH, true);
    expect((k0 + k1) / 2).toBeLessThanOrEqual(data[1] + 1);
    expect(k1 - k0).toBeCloseTo(30 * DAY, -2);
  });
});

describe("scaleExtentOf", () => {
  it("matches the store's span limits", () => {
    const [least, most] = scaleExtentOf(data, 1);
    const span = data[1] - data[0];
    expect(least).toBe(span / MAX_SPAN_MS);
    expect(most).toBe(span / MIN_SPAN_MS);
  });

  it("widens to include a current zoom that is already outside them", () => {
    expect(scaleExtentOf(data, 1e-9)[0]).toBe(1e-9);
    expect(scaleExtentOf(data, 1e9)[1]).toBe(1e9);
  });
});

describe("keepTransformOnData", () => {
  it("leaves a transform whose view is centred on the data alone", () => {
    const t = { k: 4, x: -1200 };
    expect(keepTransformOnData(t, data, WIDTH)).toBe(t);
  });

  it("pans a view dragged far past the end back to the data's end, keeping k", () => {
    const far = transformOfDomain([data[1] + 300 * DAY, data[1] + 310 * DAY], data, WIDTH);
    const kept = keepTransformOnData(far, data, WIDTH);
    expect(kept.k).toBe(far.k);
    const [d0, d1] = domainOfTransform(kept, data, WIDTH);
    expect((d0 + d1) / 2).toBeCloseTo(data[1], -2);
  });

  it("property: the kept view's centre is always on the data", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        (k, x) => {
          const [d0, d1] = domainOfTransform(
            keepTransformOnData({ k, x }, data, WIDTH),
            data,
            WIDTH,
          );
          const slack = (d1 - d0) * 1e-6;
          expect((d0 + d1) / 2).toBeGreaterThanOrEqual(data[0] - slack);
          expect((d0 + d1) / 2).toBeLessThanOrEqual(data[1] + slack);
        },
      ),
      propertyOptions(SEED, 300),
    );
  });
});

describe("sameTransform", () => {
  it("ignores rounding, not a real move", () => {
    expect(sameTransform({ k: 2, x: 10 }, { k: 2 * (1 + 1e-12), x: 10 + 1e-6 })).toBe(true);
    expect(sameTransform({ k: 2, x: 10 }, { k: 2, x: 10.5 })).toBe(false);
    expect(sameTransform({ k: 2, x: 10 }, { k: 2.01, x: 10 })).toBe(false);
  });
});

describe("flooredPinch", () => {
  const previous = { k: 2, x: -300 };
  /** d3-zoom's step: scale by `ratio` keeping what is under midX in place. */
  const stepOf = (ratio: number, midX: number) => {
    const world = (midX - previous.x) / previous.k;
    const k = previous.k * ratio;
    return { k, x: midX - world * k };
  };

  it("leaves a pinch between fingers further apart than the floor as it is", () => {
    const next = stepOf(120 / 100, 400);
    expect(flooredPinch(previous, next, 400, 120)).toBe(next);
  });

  // The old handler's bug: fingers 1 px apart that moved to 21 px zoomed 21×.
  it("does not zoom when fingers 1 px apart spread to 21 px: both are under the floor", () => {
    const next = stepOf(21, 400);
    const floored = flooredPinch(previous, next, 400, 21);
    expect(floored.k).toBeCloseTo(previous.k, 12);
    // The midpoint keeps the time under it.
    expect((400 - floored.x) / floored.k).toBeCloseTo((400 - next.x) / next.k, 9);
  });

  it("zooms from the floor up once the fingers pass it", () => {
    // From 10 px to 80 px: measured from 40 px, a 2× zoom, not 8×.
    const floored = flooredPinch(previous, stepOf(8, 400), 400, 80);
    expect(floored.k / previous.k).toBeCloseTo(2, 12);
  });

  it("property: never zooms further than the unfloored step, nor the other way", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (ratio, midX, spread) => {
          const next = stepOf(ratio, midX);
          const floored = flooredPinch(previous, next, midX, spread);
          const got = floored.k / previous.k;
          if (ratio >= 1) {
            expect(got).toBeGreaterThanOrEqual(1 - 1e-12);
            expect(got).toBeLessThanOrEqual(ratio * (1 + 1e-12));
          } else {
            expect(got).toBeLessThanOrEqual(1 + 1e-12);
            expect(got).toBeGreaterThanOrEqual(ratio * (1 - 1e-12));
          }
        },
      ),
      propertyOptions(SEED, 300),
    );
  });
});
