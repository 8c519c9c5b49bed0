// Whether a callout's date and title need a second line (loaded with the callouts, after
// the first paint). The callout keeps its height either way (calloutSize.ts): a long title
// takes the quote's second line.
import { CALLOUT_INNER_PX } from "./calloutSize.ts";
import { BOLD_RATIO } from "./markLabel.ts";

/**
 * Lines for the date and title: two where they do not fit one. The quote then gives up its
 * second line to them, as it is in the detail panel, whereas a title cut short is nowhere
 * else in view.
 */
export function calloutTitleLines(heading: string, charPx: number): 1 | 2 {
  return heading.length * charPx * BOLD_RATIO > CALLOUT_INNER_PX ? 2 : 1;
}
