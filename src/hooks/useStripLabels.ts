import { useLayoutEffect, useMemo, useState, type RefObject } from "react";
import { stripLabels, type StripLabel } from "../timeline/stripLabels.ts";

/** Room kept between two written month names, px: the month in view, in bold, stays clear. */
const GAP_PX = 4;

interface Measured {
  widths: number[];
  slot: number;
}

/**
 * Which month names of the strip `listRef` (a list of equal slots, each holding one
 * `.overview-label-text`) are written, and how, `current` (the slot of the month in view)
 * always among them: measured from the names as drawn, before the first paint, and again
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
      const texts = [...list.querySelectorAll(".overview-label-text")];
      if (texts.length === 0 || width === 0) return;
      const next = {
        widths: texts.map((text) => text.getBoundingClientRect().width),
        slot: width / texts.length,
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
  return useMemo(
    () => (measured === null ? null : stripLabels(measured.widths, measured.slot, GAP_PX, current)),
    [measured, current],
  );
}
