// Which axis labels are drawn. Each label is centred on its tick and slid to stay inside
// the plot (TimelineAxis's CSS); the first one, slid right, can land on the second ("Feb
// 2025Mar"). Widths come from the caller: measured on a canvas in the page
// (useLabelMeasure), never from the DOM, or estimated from character counts.

/** Space kept between two labels. */
export const GAP_PX = 6;
/** Major labels are bold: wider per character. */
const BOLD_RATIO = 1.1;
/**
 * Axis labels are digits and capitals ("Feb 2025", "Mar"), wider than the mixed text the
 * character width is measured on: "Mar" is 22 px where three average characters are 18.
 */
const DATE_CHAR_RATIO = 1.2;

/** How wide a label is drawn, in px: measured (useLabelMeasure) or estimated (labelWidth). */
export type LabelWidth = (label: string, major: boolean) => number;

/** How wide a label is drawn, estimated from its characters (where nothing can measure). */
export function labelWidth(label: string, major: boolean, charPx: number): number {
  return label.length * charPx * DATE_CHAR_RATIO * (major ? BOLD_RATIO : 1);
}

export interface AxisLabel {
  /** The tick's x in the plot. */
  x: number;
  label: string;
  major: boolean;
}

/**
 * Per label, whether it is drawn: left to right, a label that would touch the last one
 * drawn is dropped, unless it is major and that one is not (the year or month a reader
 * needs to place the rest wins over a plain tick).
 */
export function visibleAxisLabels(
  labels: readonly AxisLabel[],
  widthPx: number,
  labelPx: LabelWidth,
): boolean[] {
  /** Where a label lands: centred on its tick, slid to stay within [0, widthPx]. */
  const extent = (label: AxisLabel): [number, number] => {
    const width = labelPx(label.label, label.major);
    const left = Math.max(0, Math.min(label.x - width / 2, widthPx - width));
    return [left, left + width];
  };
  const shown = labels.map(() => false);
  /** The labels drawn so far, by index, left to right. */
  const kept: number[] = [];
  const clears = (left: number, index: number | undefined) => {
    const other = index === undefined ? undefined : labels[index];
    return other === undefined || left >= extent(other)[1] + GAP_PX;
  };
  labels.forEach((label, i) => {
    const [left] = extent(label);
    const last = kept.at(-1);
    if (clears(left, last)) {
      kept.push(i);
      return;
    }
    if (label.major && last !== undefined && labels[last]?.major === false) {
      if (clears(left, kept.at(-2))) kept[kept.length - 1] = i;
    }
  });
  for (const i of kept) shown[i] = true;
  return shown;
}
