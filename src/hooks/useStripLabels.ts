import { useLayoutEffect, useMemo, useState, type RefObject } from "react";
import { stripLabels, type StripLabel } from "../timeline/stripLabels.ts";

/** Room kept between two written month names, px: the month in view, in bold, stays clear. */
const GAP_PX = 4;

interface Measured {
  /** Each name's width as the strip draws it, and as it draws the month in view. */
  plain: number[];
  inView: number[];
  slot: number;
}

/** Each name's width drawn one way (VerticalTimeline.css draws `ul[data-measure]` so). */
function widthsAs(list: HTMLElement, drawn: "plain" | "current"): number[] {
  list.dataset["measure"] = drawn;
  const widths = [...list.querySelectorAll(".overview-label-text")].map(
    (text) => text.getBoundingClientRect().width,
  );
  delete list.dataset["measure"];
  return widths;
}

/**
 * Which month names of the strip `listRef` (a list of equal slots, each holding one
 * `.overview-label-text`) are written, and how, `current` (the slot of the month in view)
 * always among them: measured from the names as drawn (and as the month in view is drawn),
 * before the first paint, and again
 * when the strip's width changes or the fonts arrive. Null until measured. `labels` are
 * the names, so that new ones are measured anew.
 */
export function useStripLabels(
  listRef: RefObject<HTMLElement | null>,
  labels: readonly string[],
  current: number | null,
): StripLabel[] | null {
  const [measured, setMeasured] = useState<Measured | null>(null);
  const names = labels.join("\n");
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    let width = -1;
    const measure = () => {
      width = list.clientWidth;
      const count = list.querySelectorAll(".overview-label-text").length;
      if (count === 0 || width === 0) return;
      // Both ways, so that the month in view is placed at the width it is drawn at
      // whichever month it is. Measured once as drawn, a later month in view was placed at
      // its plain width, and bold widens Arabic's names by 3.7-6.6 px at 390 px: more than
      // the gap, for a name drawn against the strip's end.
      const next = {
        plain: widthsAs(list, "plain"),
        inView: widthsAs(list, "current"),
        slot: width / count,
      };
      setMeasured((now) => (JSON.stringify(now) === JSON.stringify(next) ? now : next));
    };
    measure();
    const observer = new ResizeObserver(() => {
      if (list.clientWidth !== width) measure();
    });
    observer.observe(list);
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) measure();
    });
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [listRef, names]);
  return useMemo(() => {
    if (measured === null) return null;
    const widths = measured.plain.map((width, slot) =>
      slot === current ? (measured.inView[slot] ?? width) : width,
    );
    return stripLabels(widths, measured.slot, GAP_PX, current);
  }, [measured, current]);
}
