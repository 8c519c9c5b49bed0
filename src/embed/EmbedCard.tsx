// The bounded story box's event card: what an article's reader needs to follow the story
// and to trust it, in the room a 600 px box leaves: date (with its qualifier) and kind,
// Previous / Next, the title, the outlets as links to the sources, what happened, and the
// key quote with who said it. The full page's detail panel (annotations, claims,
// disputed dates) is one link away; a card that is still too tall scrolls its own text.
import { useEffect, useId, type RefObject } from "react";
import type { Dataset, Source, TimelineEvent } from "../data/model.ts";
import { useSwipeStep } from "../hooks/useSwipeStep.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import type { StoryStep } from "../store/useStoryStep.ts";
import { keyQuote } from "../timeline/cardTeaser.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { colourClaim, stanceOn } from "../timeline/stanceOf.ts";
import { ErrorBoundary } from "../components/ErrorBoundary.tsx";
import { KindGlyph } from "../components/KindGlyph.tsx";
import { SourceLink } from "../components/SourceLink.tsx";
import { StoryStepper } from "../components/StoryStepper.tsx";
import "../components/DetailPanel.css";
import { writtenIn } from "../i18n/writtenIn.ts";
import { NoBreakText } from "../components/NoBreakText.tsx";

/** Outlets named on the card; the rest are counted ("+3 more") and listed on the full page. */
const OUTLETS_SHOWN = 3;

export function EmbedCard({
  story,
  scrollRef,
}: {
  story: StoryStep;
  /** The card's own scroll box, brought back to its top when the card changes. */
  scrollRef: RefObject<HTMLDivElement | null>;
}) {
  const { t, dates } = useI18n();
  const dataset = useTimeline((s) => s.dataset);
  const event = useTimeline((s) => s.dataset.events.find((e) => e.id === s.selectedId));
  const claim = useTimeline((s) => colourClaim(s.dataset, s.lanes, s.filters.claim));
  useSwipeStep(scrollRef, story.step);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [event?.id, scrollRef]);

  if (event === undefined) return null;
  return (
    <>
      <div className="embed-card-top">
        <p className="detail-kind">
          <KindGlyph kind={event.kind} stance={stanceOn(event, claim)} />{" "}
          <time dateTime={event.date.text}>{dates.long(event.date)}</time>
          {" · "}
          {t(`kind.${event.kind}`)}
          {event.altDates.length > 0 && (
            <span className="embed-card-disputed"> · {t("embed.dateDisputed")}</span>
          )}
        </p>
        {/* Outside the card's keyed body: the focused button stays put as the card changes. */}
        <StoryStepper story={story} className="embed-stepper" />
      </div>
      <ErrorBoundary part="details" key={event.id}>
        <CardBody event={event} dataset={dataset} />
      </ErrorBoundary>
    </>
  );
}

function CardBody({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const tr = useI18n();
  const titleId = useId();
  // Whole, never shortened: the box has the room, and a cut quote misleads.
  const quote = keyQuote(event, dataset, tr, Infinity);
  return (
    <section className="embed-event" aria-labelledby={titleId}>
      <h2 id={titleId} {...writtenIn(dataset.language)}>
        {event.title}
      </h2>
      {/* Who reported it comes first, as a byline: in a short box or a narrow column the
          card's last lines wait for a scroll, and those must never be its sourcing. */}
      <OutletLinks ids={event.sources} sourcesById={dataset.sourcesById} />
      <p className="embed-event-summary" {...writtenIn(dataset.language)}>
        {event.summary}
      </p>
      {quote !== null && (
        <p className="embed-event-quote">
          {/* The interface's quotation marks, inside the quote's own direction. */}
          <span {...writtenIn(dataset.language)}>
            <NoBreakText text={tr.t("quote.marks", { quote: quote.quote })} />
          </span>{" "}
          <span className="embed-event-speaker">{tr.t("quote.by", { by: quote.by })}</span>
        </p>
      )}
    </section>
  );
}

/** One line of sources: each outlet once, linked to its first source's page. */
function OutletLinks({
  ids,
  sourcesById,
}: {
  ids: readonly string[];
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t, count } = useI18n();
  const byName = new Map<string, Source>();
  for (const id of ids) {
    const source = sourcesById.get(id);
    if (source === undefined) continue;
    const name =
      source.relays === undefined
        ? source.outlet
        : t("sources.outletVia", { outlet: source.outlet, relay: source.relays });
    if (!byName.has(name)) byName.set(name, source);
  }
  if (byName.size === 0) return null;
  const shown = [...byName].slice(0, OUTLETS_SHOWN);
  const more = byName.size - shown.length;
  return (
    <p className="embed-event-sources">
      <span className="embed-event-label">{count("count.sourcesLabel", byName.size)}</span>{" "}
      {shown.map(([name, source], i) => (
        <span key={name}>
          {i > 0 && " · "}
          <SourceLink source={source}>{name}</SourceLink>
        </span>
      ))}
      {more > 0 && <span className="embed-event-more"> · {count("count.moreInFull", more)}</span>}
    </p>
  );
}
