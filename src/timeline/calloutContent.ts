// What a callout on the timeline says: the event's first quote or annotation, cut to fit,
// and the sources behind it.
import type { Attribution, Dataset, Source, TimelineEvent } from "../data/model.ts";

const MAX_CHARS = 110;

export interface CalloutContent {
  /** Cut to fit; `fullText` is what the reader gets on demand (and assistive tech always). */
  text: string;
  fullText: string;
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
  const fullText = note?.quote ?? note?.text ?? event.summary;
  return {
    text: clip(fullText),
    fullText,
    isQuote: note?.quote !== undefined,
    speaker:
      note?.speaker === undefined ? null : (dataset.peopleById.get(note.speaker)?.name ?? null),
    attribution: note?.attribution ?? "reported",
    sources: ids.flatMap((id) => dataset.sourcesById.get(id) ?? []).slice(0, 2),
  };
}

function clip(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const cut = text.slice(0, MAX_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > MAX_CHARS * 0.6 ? space : MAX_CHARS).trimEnd()}…`;
}
