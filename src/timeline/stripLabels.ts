// The phone's month strip gives every month an equal slot, and a month's name can be wider
// than its slot: Arabic writes its short months in full, and a long story has many months.
// Cut to their slots, two such names ran into each other ("أغسطس" into "سبتمبر" at 360 px).
// Here the names are placed whole, centred over their bars, or written for every second
// (third, …) month only, never touching; the others stay in their buttons' accessible names.
// The month the reader is in is always named: where the step skips it, it is written and
// the neighbours it would touch are not, so only those two names change as the reader
// scrolls, rather than every other name on the strip.

/** Where a written label sits: centred over its slot, or against the strip's start or end. */
export type LabelAlign = "center" | "start" | "end";

export interface StripLabel {
  shown: boolean;
  align: LabelAlign;
}

/** A month whose name is left to its button's accessible name. */
const UNWRITTEN: StripLabel = { shown: false, align: "center" };

/**
 * How the labels of `widths.length` equal slots of `slot` px are written: all of them when
 * they fit, else every k-th from the first for the least k at which they fit. Labels fit
 * when at least `gap` px separate any two written ones and none crosses the strip's ends; a
 * label centred over its slot that would cross an end is set against that end instead.
 * `current`, the slot of the month in view, is written in any case, and a written label
 * that would come within `gap` of it is not. Positions run from the strip's start, so the
 * same answer serves either direction.
 */
export function stripLabels(
  widths: readonly number[],
  slot: number,
  gap: number,
  current: number | null = null,
): StripLabel[] {
  const placed = everyKth(widths, slot, gap);
  const label = current === null ? undefined : placed[current];
  if (current === null || label === undefined || label.shown) return placed;
  const width = widths[current] ?? 0;
  const named = place(current, width, slot, widths.length);
  const [from, to] = extent(current, width, slot, named.align);
  return placed.map((other, i) => {
    if (i === current) return named;
    if (!other.shown) return other;
    const [start, end] = extent(i, widths[i] ?? 0, slot, other.align);
    const apart = end + gap <= from || to + gap <= start;
    return apart ? other : UNWRITTEN;
  });
}

function everyKth(widths: readonly number[], slot: number, gap: number): StripLabel[] {
  const n = widths.length;
  for (let stride = 1; stride < n; stride++) {
    const placed = placeEvery(widths, slot, stride);
    if (fits(placed, widths, slot, gap)) return placed;
  }
  return placeEvery(widths, slot, Math.max(n, 1));
}

function placeEvery(widths: readonly number[], slot: number, stride: number): StripLabel[] {
  return widths.map((width, i) =>
    i % stride === 0 ? place(i, width, slot, widths.length) : UNWRITTEN,
  );
}

/** Label `i`, written: centred over its slot unless that would cross an end of the strip. */
function place(i: number, width: number, slot: number, slots: number): StripLabel {
  const centre = (i + 0.5) * slot;
  if (centre - width / 2 < 0) return { shown: true, align: "start" };
  if (centre + width / 2 > slots * slot) return { shown: true, align: "end" };
  return { shown: true, align: "center" };
}

/** The span a written label covers, in px from the strip's start. */
function extent(i: number, width: number, slot: number, align: LabelAlign): [number, number] {
  if (align === "start") return [i * slot, i * slot + width];
  if (align === "end") return [(i + 1) * slot - width, (i + 1) * slot];
  const centre = (i + 0.5) * slot;
  return [centre - width / 2, centre + width / 2];
}

function fits(
  placed: readonly StripLabel[],
  widths: readonly number[],
  slot: number,
  gap: number,
): boolean {
  const length = widths.length * slot;
  let end = -Infinity;
  for (let i = 0; i < placed.length; i++) {
    const label = placed[i];
    if (label === undefined || !label.shown) continue;
    const [from, to] = extent(i, widths[i] ?? 0, slot, label.align);
    if (from < 0 || to > length || from < end + gap) return false;
    end = to;
  }
  return true;
}
