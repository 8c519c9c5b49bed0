// What a callout on the timeline says: the event's first quote or annotation, cut to fit,
// and the sources behind it.
import type { Attribution, Dataset, Source, TimelineEvent } from "../data/model.ts";
import { ellipsize } from "./ellipsize.ts";

export const CALLOUT_WIDTH_PX = 232;
export const CALLOUT_HEIGHT_PX = 96;
const MAX_CHARS = 110;

export interface CalloutContent {
  text: string;
  isQuote: boolean;
  speaker: string | null;
  attribution: Attribution;
  sources: Source[];
}

export function calloutContent(
  event: TimelineEvent,
  dataset: Pick<Dataset, "peopleById" | "sourcesById">,
): CalloutContent {
  const note = event.annotations.find((a) => a.quote !== undefined) ?? event.annotations[0];
  const ids = note?.sources ?? event.sources;
  return {
    text: ellipsize(note?.quote ?? note?.text ?? event.summary, MAX_CHARS),
    isQuote: note?.quote !== undefined,
    speaker:
      note?.speaker === undefined ? null : (dataset.peopleById.get(note.speaker)?.name ?? null),
    attribution: note?.attribution ?? "reported",
    sources: ids.flatMap((id) => dataset.sourcesById.get(id) ?? []).slice(0, 2),
  };
}
