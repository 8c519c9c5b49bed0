import { useState } from "react";
import { labelWidth, type LabelWidth } from "../timeline/axisLabels.ts";
import { DEFAULT_CHAR_PX, LABEL_FONT_PX } from "../timeline/markLabel.ts";

// A mix of what labels hold: a date, capitals, lower case, digits and spaces.
const SAMPLE = "13 Feb Dinner in Soho, London · 29 Apr – 3 May Helicopter ride";

/** Widths kept, at most: an axis has a dozen labels per zoom level. */
const MAX_KEPT = 512;

export interface LabelMeasure {
  /**
   * The average advance of a label character in the font this reader's browser really
   * uses (system fonts differ by a fifth): what the many event labels are estimated with.
   */
  charPx: number;
  /**
   * An axis label's width as drawn, measured on a canvas in the labels' font (to a
   * fraction of a pixel, with no layout). An estimate from its characters was a fifth wide
   * for English dates ("Jun 2025": 59 px drawn, 70 estimated), more for other scripts, and
   * left out labels that fitted (March beside "févr. 2025" at 1024 px).
   */
  width: LabelWidth;
}

/** Measured once, before the first layout: a later correction would lay out every event again. */
export function useLabelMeasure(): LabelMeasure {
  const [measure] = useState(createLabelMeasure);
  return measure;
}

function createLabelMeasure(): LabelMeasure {
  const context = document.createElement("canvas").getContext("2d");
  if (context === null) {
    return {
      charPx: DEFAULT_CHAR_PX,
      width: (text, major) => labelWidth(text, major, DEFAULT_CHAR_PX),
    };
  }
  const family = getComputedStyle(document.body).fontFamily || "sans-serif";
  const plainFont = `${LABEL_FONT_PX}px ${family}`;
  // TimelineAxis.css draws major labels in bold.
  const boldFont = `700 ${plainFont}`;
  context.font = plainFont;
  const sampled = context.measureText(SAMPLE).width / SAMPLE.length;
  const charPx = Number.isFinite(sampled) && sampled > 0 ? sampled : DEFAULT_CHAR_PX;
  const kept = new Map<string, number>();
  const width: LabelWidth = (text, major) => {
    const key = (major ? "b" : "n") + text;
    let px = kept.get(key);
    if (px === undefined) {
      context.font = major ? boldFont : plainFont;
      px = context.measureText(text).width;
      if (!Number.isFinite(px)) px = labelWidth(text, major, charPx);
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, px);
    }
    return px;
  };
  return { charPx, width };
}
