import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelWidth, visibleAxisLabels, type AxisLabel } from "./axisLabels.ts";
import { propertyOptions } from "../test/property.ts";

const CHAR = 7;
const estimated = (text: string, major: boolean) => labelWidth(text, major, CHAR);

describe("visibleAxisLabels", () => {
  it("keeps labels with room between them", () => {
    const labels: AxisLabel[] = [
      { x: 50, label: "Mar", major: false },
      { x: 150, label: "Apr", major: false },
      { x: 250, label: "May", major: false },
    ];
    expect(visibleAxisLabels(labels, 300, estimated)).toEqual([true, true, true]);
  });

  it("gives way to a major label next to a plain one slid onto it (Feb 2025|Mar)", () => {
    const labels: AxisLabel[] = [
      { x: 2, label: "Mar", major: false },
      { x: 30, label: "2025", major: true },
      { x: 120, label: "May", major: false },
    ];
    expect(visibleAxisLabels(labels, 300, estimated)).toEqual([false, true, true]);
  });

  it("drops the plain label that a slid first label runs into", () => {
    const labels: AxisLabel[] = [
      { x: 1, label: "Feb 2025", major: true },
      { x: 50, label: "Mar", major: false },
      { x: 130, label: "Apr", major: false },
    ];
    expect(visibleAxisLabels(labels, 300, estimated)).toEqual([true, false, true]);
  });

  it("never draws two labels that touch, and never drops a label with room", () => {
    const label = fc.record({
      x: fc.double({ min: 0, max: 800, noNaN: true }),
      label: fc.constantFrom("Mar", "2025", "Feb 2025", "13 Feb", "21:30", "13 Feb, 21:30"),
      major: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(label, { maxLength: 20 }), (unsorted) => {
        const labels = [...unsorted].sort((a, b) => a.x - b.x);
        const shown = visibleAxisLabels(labels, 800, estimated);
        const extents = labels.map((l) => {
          const width = estimated(l.label, l.major);
          const left = Math.max(0, Math.min(l.x - width / 2, 800 - width));
          return [left, left + width] as const;
        });
        const drawn = extents.filter((_, i) => shown[i]).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < drawn.length; i++) {
          expect(drawn[i]![0]).toBeGreaterThanOrEqual(drawn[i - 1]![1]);
        }
        if (labels.length > 0) expect(shown.some(Boolean)).toBe(true);
      }),
      propertyOptions(7),
    );
  });
});
