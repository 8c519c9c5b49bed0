import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawnWindow } from "./clipExtent.ts";
import { labelWidthInView } from "./labelInView.ts";
import { BOLD_RATIO, LABEL_MIN_PX } from "./markLabel.ts";

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
