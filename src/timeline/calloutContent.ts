// What a callout on the timeline says: the event's first quote or annotation, and the
// sources behind it.
import type { Attribution, Dataset, Source, TimelineEvent } from "../data/model.ts";

export interface CalloutContent {
  /**
   * Whole: the callout shows its first lines and gives way there (CSS), so that the text
   * is never cut before who said it; assistive tech and the tooltip get all of it.
   */
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
    text: note?.quote ?? note?.text ?? event.summary,
    isQuote: note?.quote !== undefined,
    speaker:
      note?.speaker === undefined ? null : (dataset.peopleById.get(note.speaker)?.name ?? null),
    attribution: note?.attribution ?? "reported",
    sources: ids.flatMap((id) => dataset.sourcesById.get(id) ?? []).slice(0, 2),
  };
}
