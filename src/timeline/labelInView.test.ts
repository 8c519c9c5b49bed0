import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawnWindow } from "./clipExtent.ts";
import { freeBefore, labelWidthInView, placeLabel } from "./labelInView.ts";
import { BOLD_RATIO, LABEL_GAP_PX, LABEL_MIN_PX } from "./markLabel.ts";

// The view runs from 100 to 740 in layer pixels.
const drawn = drawnWindow(100, 640);
const charPx = 6.6;

describe("labelWidthInView", () => {
  it("keeps the laid-out width of a label inside the view", () => {
    expect(labelWidthInView(200, 120, drawn, 6, charPx)).toBe(120);
    expect(labelWidthInView(620, 120, drawn, 6, charPx)).toBe(120);
  });

  it("narrows a label that reaches past the trailing edge to the room left", () => {
    // "25 Jul Cruise at Oasis concert, Wembley" at 640 px was cut to "Cruise conce".
    expect(labelWidthInView(661.5, 127, drawn, 6, charPx)).toBe(78);
  });

  it("drops a label with less room than its date, or than the narrowest label", () => {
    // "c. 27 Jul", bold: 9 × 1.15 × 6.6 ≈ 68 px.
    expect(labelWidthInView(740 - 60, 120, drawn, 9, charPx)).toBe(0);
    expect(labelWidthInView(740 - 70, 120, drawn, 9, charPx)).toBe(70);
    expect(labelWidthInView(740 - LABEL_MIN_PX + 1, 120, drawn, 3, charPx)).toBe(0);
    expect(labelWidthInView(740 - LABEL_MIN_PX, 120, drawn, 3, charPx)).toBe(LABEL_MIN_PX);
  });

  it("drops a label whose start is before the leading edge, but not for a pixel", () => {
    expect(labelWidthInView(90, 120, drawn, 6, charPx)).toBe(0);
    expect(labelWidthInView(99.5, 120, drawn, 6, charPx)).toBe(120);
  });

  it("draws no label the layout kept no room for", () => {
    expect(labelWidthInView(200, 0, drawn, 6, charPx)).toBe(0);
  });

  it("never draws past the trailing edge, nor wider than laid out, nor narrower than its date", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.integer({ min: 0, max: 150 }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 20 }),
        (start, width, offset, size, dateChars) => {
          const window = drawnWindow(offset, size);
          const drawnPx = labelWidthInView(start, width, window, dateChars, charPx);
          if (drawnPx === 0) return;
          expect(start + drawnPx).toBeLessThanOrEqual(offset + size);
          expect(start).toBeGreaterThanOrEqual(offset - 1);
          expect(drawnPx).toBeLessThanOrEqual(width);
          if (drawnPx < width) {
            expect(drawnPx).toBeGreaterThanOrEqual(
              Math.max(dateChars * BOLD_RATIO * charPx, LABEL_MIN_PX),
            );
          }
        },
      ),
      { seed: 15 },
    );
  });
});

describe("placeLabel", () => {
  // The view runs from 100 to 740: a mark at 700–724 has 12 px after it for its label.
  const mark = { left: 700, right: 724 };
  const start = 728;

  it("keeps a label that fits after its mark there", () => {
    expect(placeLabel(200, 120, { left: 172, right: 196 }, () => 80, drawn, 6, charPx)).toEqual({
      start: 200,
      width: 120,
      before: false,
    });
  });

  it("puts a label the trailing edge cuts before its mark, ending beside it", () => {
    // "c. 27 Jul Holding hands in Vermont" at an article's 680 px had no label at all.
    expect(placeLabel(start, 120, mark, () => 400, drawn, 9, charPx)).toEqual({
      start: 700 - LABEL_GAP_PX - 120,
      width: 120,
      before: true,
    });
  });

  it("goes before its mark only as far as its row leaves room, with a gap", () => {
    // 90 px free: 82 px of label, narrowed, since the 12 px after the mark hold no date.
    expect(placeLabel(start, 120, mark, () => 90, drawn, 9, charPx)).toEqual({
      start: 700 - LABEL_GAP_PX - 82,
      width: 82,
      before: true,
    });
    // Less room than its date on either side: not drawn.
    expect(placeLabel(start, 120, mark, () => 60, drawn, 9, charPx).width).toBe(0);
  });

  it("narrows after its mark when that side has more room than before it", () => {
    // 78 px after the mark, 70 before: stays after, as labelWidthInView narrows it.
    expect(
      placeLabel(
        661.5,
        127,
        { left: 634, right: 658 },
        () => 70 + 2 * LABEL_GAP_PX,
        drawn,
        6,
        charPx,
      ),
    ).toEqual({
      start: 661.5,
      width: 78,
      before: false,
    });
  });

  it("stops at the leading edge", () => {
    const near = { left: 180, right: 204 };
    // Whole after its mark: it stays there.
    expect(placeLabel(208, 120, near, () => Infinity, drawn, 6, charPx)).toEqual({
      start: 208,
      width: 120,
      before: false,
    });
    // Cut at the trailing edge too (a view 150 px wide): the 42 px after the mark hold no
    // date; before it, the view leaves 80 − 4 = 76 px, less than the label: narrowed there.
    const narrow = drawnWindow(100, 150);
    expect(placeLabel(208, 120, near, () => Infinity, narrow, 6, charPx)).toEqual({
      start: 100,
      width: 76,
      before: true,
    });
  });

  it("draws no label for a mark beyond the trailing edge, nor where none was kept", () => {
    expect(
      placeLabel(760, 120, { left: 732, right: 756 }, () => Infinity, drawn, 6, charPx).width,
    ).toBe(0);
    expect(placeLabel(start, 0, mark, () => Infinity, drawn, 6, charPx).width).toBe(0);
  });

  it("never covers its mark, what its row holds before it, or the view's edges", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 1500, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 150 }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        (markLeft, markWidth, width, free, dateChars) => {
          const right = markLeft + Math.max(24, markWidth);
          const labelStart = right + LABEL_GAP_PX;
          const place = placeLabel(
            labelStart,
            width,
            { left: markLeft, right },
            () => free,
            drawn,
            dateChars,
            charPx,
          );
          if (place.width === 0) return;
          expect(place.width).toBeLessThanOrEqual(width);
          expect(place.start).toBeGreaterThanOrEqual(100 - 1);
          expect(place.start + place.width).toBeLessThanOrEqual(740);
          if (!place.before) return;
          // Before: the mark is in view, the label ends a gap before it, and a gap after
          // whatever ends `free` pixels before the mark.
          expect(right).toBeLessThanOrEqual(741);
          expect(place.start + place.width).toBeLessThanOrEqual(markLeft - LABEL_GAP_PX);
          expect(place.start).toBeGreaterThanOrEqual(markLeft - free + LABEL_GAP_PX - 1e-9);
          expect(place.width).toBeGreaterThanOrEqual(
            Math.min(width, Math.max(dateChars * BOLD_RATIO * charPx, LABEL_MIN_PX)),
          );
        },
      ),
      { seed: 16 },
    );
  });
});

describe("freeBefore", () => {
  it("measures back to the nearest end in the same row, whatever the order given", () => {
    const items = [
      { y: 0, x0: 300, x1: 420 },
      { y: 30, x0: 50, x1: 200 },
      { y: 0, x0: 10, x1: 150 },
      { y: 30, x0: 260, x1: 300 },
    ];
    expect(items.map((_, i) => freeBefore(items, i))).toEqual([150, Infinity, Infinity, 60]);
  });

  it("counts a long item that reaches past its neighbour", () => {
    const items = [
      { y: 0, x0: 0, x1: 500 },
      { y: 0, x0: 100, x1: 140 },
      { y: 0, x0: 520, x1: 600 },
    ];
    expect(items.map((_, i) => freeBefore(items, i))).toEqual([Infinity, -400, 20]);
  });
});
