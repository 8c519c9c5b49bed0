// What a phone card shows before it is tapped: the key quote with who said it (or, without
// a quote, the summary) and the outlets behind the event. Pure, so it is tested alone.
import type { Dataset, Source, TimelineEvent } from "../data/model.ts";
import type { Translator } from "../i18n/translator.ts";

export interface KeyQuote {
  /** The quote, shortened at a word boundary when long ("…" added). */
  quote: string;
  /** Whether `quote` is shorter than the annotation's quote. */
  shortened: boolean;
  /** Who said it: the speaker's name, or "anonymous source via People" and the like. */
  by: string;
}

/** Quotes longer than this are shortened on the card; the expanded card shows them whole. */
export const QUOTE_MAX = 90;

/** Shortens at a word boundary, never inside a word; the speaker is never what is cut. */
export function shortenQuote(text: string, max = QUOTE_MAX): { text: string; shortened: boolean } {
  const clean = text.trim();
  if (clean.length <= max) return { text: clean, shortened: false };
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "");
  return { text: `${head}…`, shortened: true };
}

/** "People" for a source relaying People, else its own outlet: who reported it first. */
function originalOutlet(source: Source | undefined): string | null {
  if (source === undefined) return null;
  return source.relays ?? source.outlet;
}

/**
 * The event's key quote: the first on-the-record quote with a speaker, else the first quote.
 * Null when no annotation quotes anyone.
 */
export function keyQuote(
  event: TimelineEvent,
  dataset: Pick<Dataset, "peopleById" | "sourcesById">,
  tr: Pick<Translator, "t">,
  max = QUOTE_MAX,
): KeyQuote | null {
  const quoted = event.annotations.filter((a) => a.quote !== undefined && a.quote.trim() !== "");
  const annotation =
    quoted.find((a) => a.attribution === "on-record" && a.speaker !== undefined) ?? quoted[0];
  if (annotation?.quote === undefined) return null;
  const speaker =
    annotation.speaker === undefined ? undefined : dataset.peopleById.get(annotation.speaker);
  const outlet = originalOutlet(dataset.sourcesById.get(annotation.sources[0] ?? ""));
  const by =
    speaker !== undefined
      ? speaker.name
      : outlet === null
        ? tr.t(`quoteBy.${annotation.attribution}`)
        : tr.t(`quoteByVia.${annotation.attribution}`, { outlet });
  const { text, shortened } = shortenQuote(annotation.quote, max);
  return { quote: text, shortened, by };
}

export interface OutletLine {
  /** "Majorca Daily Bulletin via Daily Mail", at most `max` of them, duplicates dropped. */
  shown: string[];
  /** How many further distinct outlets the event cites. */
  more: number;
}

/** The outlets an event cites, as a reader would name them, for one line of the card. */
export function outletLine(
  ids: readonly string[],
  sourcesById: ReadonlyMap<string, Source>,
  tr: Pick<Translator, "t">,
  max = 2,
): OutletLine {
  const names: string[] = [];
  for (const id of ids) {
    const source = sourcesById.get(id);
    if (source === undefined) continue;
    const name =
      source.relays === undefined
        ? source.outlet
        : tr.t("sources.outletVia", { outlet: source.outlet, relay: source.relays });
    if (!names.includes(name)) names.push(name);
  }
  return { shown: names.slice(0, max), more: Math.max(0, names.length - max) };
}
