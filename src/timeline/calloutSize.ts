// How tall a callout must be so that its attribution is never cut: the date and title on
// one line, the quote on at most QUOTE_LINES lines (it is the part that gives way: a long
// title takes one of them, calloutTitleLines), then
// every chip (speaker, attribution, outlets), wrapped onto as many rows as they need. The
// placement needs each height before anything is drawn, so chips are measured by
// character count at the reader's measured character width (see useLabelMeasure).

import type { Source } from "../data/model.ts";
import type { Translator } from "../i18n/translator.ts";
import type { CalloutContent } from "./calloutContent.ts";
// The first chip, who said it, is bold, as are a callout's date and title.
import { BOLD_RATIO } from "./markLabel.ts";

export const CALLOUT_WIDTH_PX = 248;
export const QUOTE_LINES = 2;
/** CSS of `.callout`: padding and border on each side, line height of its text. */
const PADDING_PX = 8;
const BORDER_PX = 1;
const LINE_PX = 16;
/** The width a callout's text and chips have. */
export const CALLOUT_INNER_PX = CALLOUT_WIDTH_PX - 2 * (PADDING_PX + BORDER_PX);
/** CSS of `.chip`: its font relative to the label font, padding, border, height, gap. */
const CHIP_FONT_RATIO = 11 / 12;
const CHIP_PADDING_PX = 6;
const CHIP_HEIGHT_PX = 20;
const CHIP_GAP_PX = 4;

/** An outlet as a reader cites it: "Lado.mx · via People". */
export function sourceChip(
  source: Pick<Source, "outlet" | "relays">,
  tr: Pick<Translator, "t">,
): string {
  return source.relays === undefined
    ? source.outlet
    : tr.t("callout.outletVia", { outlet: source.outlet, relay: source.relays });
}

/** Who said it and how we know: "Tom Cruise · On the record", "Anonymous source". */
export function attributionChip(
  content: Pick<CalloutContent, "speaker" | "attribution">,
  tr: Pick<Translator, "t">,
): string {
  const how = tr.t(`attribution.${content.attribution}`);
  return content.speaker === null
    ? how
    : tr.t("callout.speaker", { speaker: content.speaker, attribution: how });
}

/** Wrapped words do not fill their lines. */
const WRAP_LOSS = 1.2;

/**
 * Rows that chips of these texts take in a callout's inner width. The first chip says who
 * said it and is never cut: one wider than the callout wraps, a row for each of its lines
 * ("Ana de Armas · Declaración pública"); an outlet that long ends in an ellipsis.
 */
export function chipRows(chips: readonly string[], charPx: number): number {
  const inner = CALLOUT_INNER_PX;
  let rows = 0;
  let used = Infinity;
  for (const [i, chip] of chips.entries()) {
    const text = chip.length * charPx * CHIP_FONT_RATIO * (i === 0 ? BOLD_RATIO : 1);
    const width = text + 2 * (CHIP_PADDING_PX + BORDER_PX);
    if (i === 0 && width > inner) {
      rows = Math.ceil((width * WRAP_LOSS) / inner);
      used = inner;
    } else if (used + CHIP_GAP_PX + Math.min(inner, width) > inner) {
      rows++;
      used = Math.min(inner, width);
    } else {
      used += CHIP_GAP_PX + width;
    }
  }
  return rows;
}

export function calloutHeightPx(chips: readonly string[], charPx: number): number {
  const rows = chipRows(chips, charPx);
  const chipsPx = rows * CHIP_HEIGHT_PX + Math.max(0, rows - 1) * CHIP_GAP_PX;
  return 2 * (PADDING_PX + BORDER_PX) + LINE_PX * (1 + QUOTE_LINES) + CHIP_GAP_PX + chipsPx;
}
