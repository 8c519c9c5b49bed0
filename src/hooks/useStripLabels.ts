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

/**
 * Each name's width in the strip's font, plain and at the weight of the month in view
 * (VerticalTimeline.css's --in-view-weight), measured on a canvas, which gives the boxes'
 * widths to 0.02 px: reading the boxes at both weights took two more style and layout
 * passes (11-21 ms against 6-7 on a 4x-throttled phone).
 */
function nameWidths(list: HTMLElement, texts: Element[], canvas: CanvasRenderingContext2D) {
  // The names inherit the list's weight; the month in view's is the list's custom property.
  const strip = getComputedStyle(list);
  const name = getComputedStyle(texts[0] ?? list);
  const widths = (weight: string) => {
    canvas.font = `${name.fontStyle} ${weight} ${name.fontSize} ${name.fontFamily}`;
    return texts.map((text) => canvas.measureText(text.textContent ?? "").width);
  };
  const inView = strip.getPropertyValue("--in-view-weight").trim();
  return { plain: widths(strip.fontWeight), inView: widths(inView === "" ? "bold" : inView) };
}

/**
 * Which month names of the strip `listRef` (a list of equal slots, each holding one
 * `.overview-label-text`) are written, and how, `current` (the slot of the month in view)
 * always among them: measured from the names as drawn (and as the month in view is drawn),
 * before the first paint, and again when the strip's width changes or the fonts arrive.
 * Null until measured. `labels` are the names, so that new ones are measured anew.
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
    let canvas: CanvasRenderingContext2D | null = null;
    const measure = () => {
      width = list.clientWidth;
      const texts = [...list.querySelectorAll(".overview-label-text")];
      canvas ??= document.createElement("canvas").getContext("2d");
      if (texts.length === 0 || width === 0 || canvas === null) return;
      // Both ways, so that the month in view is placed at the width it is drawn at
      // whichever month it is. Measured once as drawn, a later month in view was placed at
      // its plain width, and bold widens Arabic's names by 3.7-6.6 px at 390 px: more than
      // the gap, for a name drawn against the strip's end.
      const next = { ...nameWidths(list, texts, canvas), slot: width / texts.length };
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
