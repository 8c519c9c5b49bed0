import { useState } from "react";
import { DEFAULT_CHAR_PX, LABEL_FONT_PX } from "../timeline/markLabel.ts";

// A mix of what labels hold: a date, capitals, lower case, digits and spaces.
const SAMPLE = "13 Feb Dinner in Soho, London · 29 Apr – 3 May Helicopter ride";

/**
 * The average advance of a label character in the font this reader's browser really uses
 * (system fonts differ by a fifth), measured once, before the first layout: a later
 * correction would lay out every event a second time.
 */
export function useLabelCharWidth(): number {
  const [charPx] = useState(measure);
  return charPx;
}

function measure(): number {
  const context = document.createElement("canvas").getContext("2d");
  if (context === null) return DEFAULT_CHAR_PX;
  const family = getComputedStyle(document.body).fontFamily || "sans-serif";
  context.font = `${LABEL_FONT_PX}px ${family}`;
  const px = context.measureText(SAMPLE).width / SAMPLE.length;
  return Number.isFinite(px) && px > 0 ? px : DEFAULT_CHAR_PX;
}
