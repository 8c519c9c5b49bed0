// The room above the lanes that callouts hang in. Part of the first load (the plot's
// height depends on it) while the callouts themselves load after the first paint.
import type { Dataset, TimelineEvent } from "../data/model.ts";
import type { Translator } from "../i18n/translator.ts";
import { calloutContent, type CalloutContent } from "./calloutContent.ts";
import { attributionChip, calloutHeightPx, sourceChip } from "./calloutSize.ts";

/** Key events get a callout: the dataset's authors tag the turns of the story "key". */
export function hasCallout(event: TimelineEvent): boolean {
  return event.tags.includes("key");
}

export function calloutChips(content: CalloutContent, tr: Pick<Translator, "t">): string[] {
  return [attributionChip(content, tr), ...content.sources.map((source) => sourceChip(source, tr))];
}

const TIER_GAP_PX = 6;

/**
 * Room above the lanes for one tier of the tallest callout this dataset can show: fixed
 * per dataset, so that the plot does not jump as callouts come into view while panning.
 * One tier: a second one could only hang where the first leaves its leader a way down,
 * which is rarely anywhere, and the empty room pushed the lanes below the fold.
 */
export function calloutBandPx(
  events: readonly TimelineEvent[],
  dataset: Pick<Dataset, "peopleById" | "sourcesById">,
  charPx: number,
  tr: Pick<Translator, "t">,
): number {
  let tallest = 0;
  for (const event of events) {
    if (!hasCallout(event)) continue;
    tallest = Math.max(
      tallest,
      calloutHeightPx(calloutChips(calloutContent(event, dataset), tr), charPx),
    );
  }
  return tallest === 0 ? 0 : tallest + 2 * TIER_GAP_PX;
}
