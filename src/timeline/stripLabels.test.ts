import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripLabels, type StripLabel } from "./stripLabels.ts";

const written = (labels: readonly StripLabel[]) =>
  labels.flatMap((label, i) => (label.shown ? [i] : []));

/** The px span each written label covers, as the strip draws it. */
function spans(labels: readonly StripLabel[], widths: readonly number[], slot: number) {
  return labels.flatMap((label, i) => {
    if (!label.shown) return [];
    const width = widths[i] ?? 0;
    if (label.align === "start") return [[i * slot, i * slot + width]];
    if (label.align === "end") return [[(i + 1) * slot - width, (i + 1) * slot]];
    return [[(i + 0.5) * slot - width / 2, (i + 0.5) * slot + width / 2]];
  });
}

/** The written names' spans stay inside the strip, at least `gap` px apart. */
function expectApart(labels: readonly StripLabel[], widths: number[], slot: number, gap: number) {
  const covered = spans(labels, widths, slot);
  covered.forEach(([from = 0, to = 0], k) => {
    expect(from).toBeGreaterThanOrEqual(-1e-9);
    expect(to).toBeLessThanOrEqual(widths.length * slot + 1e-9);
    const next = covered[k + 1];
    if (next !== undefined) expect(next[0] ?? 0).toBeGreaterThanOrEqual(to + gap - 1e-9);
  });
}

/** Names' widths, slots and gaps, px, from a phone's strip and well beyond. */
const WIDTHS = fc.array(fc.double({ min: 1, max: 80, noNaN: true }), {
  minLength: 1,
  maxLength: 48,
});
const SLOT = fc.double({ min: 8, max: 120, noNaN: true });
const GAP = fc.integer({ min: 0, max: 8 });

describe("stripLabels", () => {
  it("writes every month when the names fit their slots", () => {
    const labels = stripLabels([18, 20, 19, 21], 34, 4);
    expect(written(labels)).toEqual([0, 1, 2, 3]);
    expect(labels.map((l) => l.align)).toEqual(["center", "center", "center", "center"]);
  });

  it("lets a name wider than its slot run over short neighbours rather than cut it", () => {
    // 40 px centred on a 34 px slot reaches 3 px into each neighbour's slot, whose names
    // leave 8 px free on their sides.
    expect(written(stripLabels([18, 40, 18], 34, 2))).toEqual([0, 1, 2]);
  });

  it("writes every second month when two long names would touch (Arabic at 360 px)", () => {
    // فبراير … نوفمبر as the phone draws them at 360 px (10.4 px type, 34.4 px slots): with
    // every month named, أغسطس (39.4 px) and سبتمبر (29.9 px) would overlap.
    const widths = [31.4, 26.4, 22.3, 17, 19.7, 19.9, 39.4, 29.9, 25, 28.1];
    const labels = stripLabels(widths, 34.4, 4);
    expect(written(labels)).toEqual([0, 2, 4, 6, 8]);
  });

  it("sets a name that would cross the strip's end against that end", () => {
    const labels = stripLabels([36, 10, 10, 36], 30, 2);
    expect(labels[0]).toEqual({ shown: true, align: "start" });
    expect(labels[3]).toEqual({ shown: true, align: "end" });
    expect(written(labels)).toEqual([0, 1, 2, 3]);
  });

  it("writes fewer names for many narrow months, the first always", () => {
    const labels = stripLabels(Array<number>(24).fill(20), 14, 4);
    expect(written(labels)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    expect(written(stripLabels([], 14, 4))).toEqual([]);
  });

  it("written names never touch nor cross the strip's ends, and come at a steady step", () => {
    fc.assert(
      fc.property(WIDTHS, SLOT, GAP, (widths, slot, gap) => {
        const labels = stripLabels(widths, slot, gap);
        const shown = written(labels);
        expect(shown[0]).toBe(0);
        const step = shown.length > 1 ? (shown[1] ?? 0) - (shown[0] ?? 0) : widths.length;
        expect(shown).toEqual(
          Array.from({ length: widths.length }, (_, i) => i).filter((i) => i % step === 0),
        );
        // Only a name wider than the whole strip may break the rule: it is written alone.
        if (widths.every((w) => w <= widths.length * slot)) {
          expectApart(labels, widths, slot, gap);
        }
        if (widths.every((w) => w <= slot - gap)) expect(shown.length).toBe(widths.length);
      }),
      { seed: 21 },
    );
  });

  it("names the month in view where the step skips it, and not the neighbours it would touch", () => {
    // Arabic at 360 px, the reader in سبتمبر (slot 7): the step writes 0, 2, 4, 6, 8, and
    // أغسطس (slot 6, 39.4 px) would run into it; أكتوبر (slot 8) clears it by 7 px.
    const widths = [31.4, 26.4, 22.3, 17, 19.7, 19.9, 39.4, 29.9, 25, 28.1];
    const labels = stripLabels(widths, 34.4, 4, 7);
    expect(written(labels)).toEqual([0, 2, 4, 7, 8]);
    // A month the step writes anyway changes nothing.
    expect(stripLabels(widths, 34.4, 4, 6)).toEqual(stripLabels(widths, 34.4, 4));
  });

  it("sets the month in view against the strip's end it would cross", () => {
    // The step writes slots 0 and 3; the last name, set against the end, reaches into 3.
    const labels = stripLabels([20, 20, 20, 20, 40], 20, 4, 4);
    expect(labels[4]).toEqual({ shown: true, align: "end" });
    expect(written(labels)).toEqual([0, 4]);
  });

  it("always names the month in view, apart from every other name written", () => {
    fc.assert(
      fc.property(WIDTHS, SLOT, GAP, fc.nat(), (widths, slot, gap, pick) => {
        const current = pick % widths.length;
        const labels = stripLabels(widths, slot, gap, current);
        const base = stripLabels(widths, slot, gap);
        expect(labels[current]?.shown).toBe(true);
        // Nothing else is added: the others written are some of the step's.
        for (const i of written(labels)) {
          if (i !== current) expect(base[i]).toEqual(labels[i]);
        }
        // Names up to two slots wide, as on the phone: only the first or last slot's can
        // reach past an end, and it is set against that end.
        if (widths.every((w) => w <= Math.min(widths.length, 2) * slot)) {
          expectApart(labels, widths, slot, gap);
        }
      }),
      { seed: 22 },
    );
  });
});
