import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import {
  LABEL_ROOM_PX,
  LABEL_ROOM_RATIO,
  fitDomain,
  labelRoomRatio,
  labelRoomShare,
  keepOnData,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  panDomain,
  revealDomain,
  zoomDomain,
} from "./viewport.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function events(...texts: string[]) {
  return texts.map((text) => {
    const result = parseEdtf(text);
    if (!result.ok) throw new Error(result.error);
    return { date: result.value };
  });
}

const feb = Date.UTC(2025, 1, 1);
const march = Date.UTC(2025, 2, 1);
const februaryDomain: [number, number] = [feb, march];

describe("fitDomain", () => {
  it("covers every event with padding on both sides and room for the last labels", () => {
    const [d0, d1] = fitDomain(events("2025-02-13", "2025-04-29/2025-05-03", "2025-03"));
    const start = Date.UTC(2025, 1, 13);
    const end = Date.UTC(2025, 4, 4);
    const pad = (end - start) * 0.05;
    expect(d0).toBe(start - pad);
    expect(d1).toBe(end + pad + (end - start) * LABEL_ROOM_RATIO);
  });

  it("leaves extra room for the fade of an open end", () => {
    const closed = fitDomain(events("2025-02-13", "2025-02-20"));
    const open = fitDomain(events("2025-02-13", "../2025-02-20", "2025-02-20/.."));
    expect(open[1]).toBeGreaterThan(closed[1]);
    expect(open[0]).toBe(closed[0]);
    const onOrBefore = fitDomain(events("../2025-02-13", "2025-02-20"));
    expect(onOrBefore[0]).toBeLessThan(closed[0]);
  });

  it("shows a lone event with a month around it", () => {
    const [d0, d1] = fitDomain(events("2025-02-13T21:30Z"));
    expect(d1 - d0).toBe(30 * DAY);
    const labelRoom = 60_000 * LABEL_ROOM_RATIO;
    expect((d0 + d1) / 2).toBe(Date.UTC(2025, 1, 13, 21, 30, 30) + labelRoom / 2);
    const year = fitDomain(events("2025"));
    expect(year[0]).toBeLessThan(Date.UTC(2025, 0, 1));
    expect(year[1]).toBeGreaterThan(Date.UTC(2026, 0, 1));
  });

  it("keeps at least an hour for events minutes apart", () => {
    const [d0, d1] = fitDomain(events("2025-02-13T21:30Z", "2025-02-13T21:32Z"));
    expect(d1 - d0).toBe(MIN_SPAN_MS);
  });

  it("shows the current UTC year when there is nothing", () => {
    expect(fitDomain([], 0.05, Date.UTC(2025, 6, 4, 12))).toEqual([
      Date.UTC(2025, 0, 1),
      Date.UTC(2026, 0, 1),
    ]);
  });
});

describe("zoomDomain", () => {
  it("zooms in and out around the anchor, which stays put on screen", () => {
    const anchor = feb + 7 * DAY;
    const zoomed = zoomDomain(februaryDomain, 2, anchor);
    expect(zoomed[1] - zoomed[0]).toBe((march - feb) / 2);
    const share = (t: number, [d0, d1]: [number, number]) => (t - d0) / (d1 - d0);
    expect(share(anchor, zoomed)).toBeCloseTo(share(anchor, februaryDomain), 12);
    const out = zoomDomain(februaryDomain, 0.5, anchor);
    expect(out[1] - out[0]).toBe(2 * (march - feb));
    expect(share(anchor, out)).toBeCloseTo(share(anchor, februaryDomain), 12);
  });

  it("stops at an hour and at 200 years", () => {
    const inMax = zoomDomain(februaryDomain, 1e9, feb);
    expect(inMax).toEqual([feb, feb + MIN_SPAN_MS]);
    const outMax = zoomDomain(februaryDomain, 1e-9, feb);
    expect(outMax[1] - outMax[0]).toBe(MAX_SPAN_MS);
  });

  it("never zooms the wrong way from outside the limits", () => {
    const tiny: [number, number] = [feb, feb + 60_000];
    expect(zoomDomain(tiny, 2, feb)).toEqual(tiny);
    const out = zoomDomain(tiny, 0.5, feb);
    expect(out[1] - out[0]).toBe(120_000);
  });

  it("ignores factors that are not positive numbers", () => {
    for (const factor of [0, -2, Number.NaN, Infinity]) {
      expect(zoomDomain(februaryDomain, factor, feb)).toEqual(februaryDomain);
    }
  });

  it("undoes itself: zooming in then out by the same factor is the same view", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2050, 0, 1) }),
        fc.integer({ min: MIN_SPAN_MS, max: 50 * 365 * DAY }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d0, span, factor, at) => {
          const domain: [number, number] = [d0, d0 + span];
          const anchor = d0 + span * at;
          const zoomed = zoomDomain(domain, factor, anchor);
          fc.pre(zoomed[1] - zoomed[0] > MIN_SPAN_MS);
          const back = zoomDomain(zoomed, 1 / factor, anchor);
          expect(Math.abs(back[0] - d0)).toBeLessThan(1);
          expect(Math.abs(back[1] - (d0 + span))).toBeLessThan(1);
        },
      ),
      propertyOptions(SEED, 300),
    );
  });
});

describe("panDomain", () => {
  it("moves the view by the given time, keeping its span", () => {
    expect(panDomain(februaryDomain, DAY)).toEqual([feb + DAY, march + DAY]);
    expect(panDomain(februaryDomain, -DAY)).toEqual([feb - DAY, march - DAY]);
  });
});

describe("revealDomain", () => {
  const span = march - feb;
  const margin = span * 0.1;

  it("leaves the view alone when the range is already well inside", () => {
    expect(revealDomain(februaryDomain, feb + 10 * DAY, feb + 11 * DAY)).toEqual(februaryDomain);
  });

  it("pans just enough to show the range with a margin", () => {
    const later = Date.UTC(2025, 2, 10);
    expect(revealDomain(februaryDomain, later, later + DAY)).toEqual([
      later + DAY + margin - span,
      later + DAY + margin,
    ]);
    const earlier = Date.UTC(2025, 0, 10);
    expect(revealDomain(februaryDomain, earlier, earlier + DAY)).toEqual([
      earlier - margin,
      earlier - margin + span,
    ]);
  });

  it("zooms out, centred, only when the range does not fit", () => {
    const [d0, d1] = revealDomain(februaryDomain, Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 1));
    const range = Date.UTC(2025, 3, 1) - Date.UTC(2025, 0, 1);
    expect(d1 - d0).toBeCloseTo(range / 0.8, 3);
    expect((d0 + d1) / 2).toBe((Date.UTC(2025, 0, 1) + Date.UTC(2025, 3, 1)) / 2);
  });

  it("always shows the range inside its margin, and never zooms in", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: HOUR, max: 5 * 365 * DAY }),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 0, max: 20 * 365 * DAY }),
        (d0, viewSpan, t0, length) => {
          const [r0, r1] = revealDomain([d0, d0 + viewSpan], t0, t0 + length);
          const m = (r1 - r0) * 0.1;
          expect(r1 - r0).toBeGreaterThanOrEqual(viewSpan - 1);
          expect(t0).toBeGreaterThanOrEqual(r0 + m - 1);
          expect(t0 + length).toBeLessThanOrEqual(r1 - m + 1);
        },
      ),
      propertyOptions(SEED, 500),
    );
  });
});

describe("keepOnData", () => {
  const data: [number, number] = [Date.UTC(2025, 1, 1), Date.UTC(2025, 10, 1)];
  const month = 30 * DAY;

  it("leaves a view whose centre is on the data alone", () => {
    expect(keepOnData(februaryDomain, data)).toEqual(februaryDomain);
    const edge: [number, number] = [data[1] - month, data[1] + month];
    expect(keepOnData(edge, data)).toEqual(edge);
  });

  it("pans a view that ran past the end back until its centre is the data's end", () => {
    const past: [number, number] = [data[1] + 5 * month, data[1] + 7 * month];
    expect(keepOnData(past, data)).toEqual([data[1] - month, data[1] + month]);
  });

  it("pans a view that ran before the start forward until its centre is the data's start", () => {
    const before: [number, number] = [data[0] - 40 * month, data[0] - 38 * month];
    expect(keepOnData(before, data)).toEqual([data[0] - month, data[0] + month]);
  });

  it("keeps a view wider than the data on it, span unchanged", () => {
    const wide: [number, number] = [data[1], data[1] + 400 * DAY * 10];
    const [d0, d1] = keepOnData(wide, data);
    expect(d1 - d0).toBe(wide[1] - wide[0]);
    expect((d0 + d1) / 2).toBe(data[1]);
  });

  it("property: the centre ends on the data, the span is kept, and it is idempotent", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        fc.double({ min: MIN_SPAN_MS, max: MAX_SPAN_MS, noNaN: true }),
        (start, span) => {
          const kept = keepOnData([start, start + span], data);
          const centre = (kept[0] + kept[1]) / 2;
          const slack = span * 1e-12 + 1e-3;
          expect(centre).toBeGreaterThanOrEqual(data[0] - slack);
          expect(centre).toBeLessThanOrEqual(data[1] + slack);
          expect(Math.abs(kept[1] - kept[0] - span)).toBeLessThanOrEqual(slack);
          // The view always shows some of the data.
          expect(kept[0]).toBeLessThan(data[1]);
          expect(kept[1]).toBeGreaterThan(data[0]);
          expect(keepOnData(kept, data)).toEqual(kept);
        },
      ),
      propertyOptions(SEED, 300),
    );
  });

  it("property: a view on the data is unchanged, so a pan inside it moves freely", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: MIN_SPAN_MS, max: MAX_SPAN_MS, noNaN: true }),
        (at, span) => {
          const centre = data[0] + at * (data[1] - data[0]);
          const view: [number, number] = [centre - span / 2, centre + span / 2];
          expect(keepOnData(view, data)).toEqual(view);
        },
      ),
      propertyOptions(SEED, 300),
    );
  });
});

describe("room for the last label, in pixels", () => {
  it("keeps LABEL_ROOM_PX after the story at any plot width from 340 px", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 340, max: 4000 }),
        fc.integer({ min: 2, max: 3650 }),
        (width, days) => {
          const last = feb + days * DAY;
          const [d0, d1] = fitDomain(
            events("2025-02-01", new Date(last).toISOString().slice(0, 10)),
            undefined,
            undefined,
            labelRoomRatio(width),
          );
          const pxPerMs = width / (d1 - d0);
          expect((d1 - (last + DAY)) * pxPerMs).toBeGreaterThanOrEqual(LABEL_ROOM_PX - 1e-6);
        },
      ),
      propertyOptions(SEED),
    );
  });

  it("gives narrower plots a bigger share, and unknown widths the fixed one", () => {
    expect(labelRoomRatio(480)).toBeGreaterThan(labelRoomRatio(1280));
    expect(labelRoomRatio(null)).toBe(LABEL_ROOM_RATIO);
    expect(labelRoomShare(null)).toBe(0);
    expect(labelRoomShare(100)).toBe(0.45);
  });

  it("revealing an event near the right edge keeps its label's room in view", () => {
    const late = Date.UTC(2025, 1, 26);
    const share = labelRoomShare(680);
    const [d0, d1] = revealDomain(februaryDomain, late, late + DAY, 0.1, share);
    expect((d1 - (late + DAY)) / (d1 - d0)).toBeCloseTo(share, 9);
    expect(d1 - d0).toBe(march - feb);
    // The left margin is still the plain one.
    const early = Date.UTC(2025, 0, 20);
    const [e0] = revealDomain(februaryDomain, early, early + DAY, 0.1, share);
    expect((early - e0) / (march - feb)).toBeCloseTo(0.1, 9);
  });
});
