// One event in the phone list. Folded, it already answers the reading test: date (with its
// qualifier), title, the key quote with who said it (or the summary), the outlets, and a
// chip for the claims it bears on. Tapped, it unfolds in place: what happened, the
// annotations, the sources, and last the dates other sources give.
import { memo, useId, useRef, useState, type ReactNode, type Ref } from "react";
import type { Dataset, Stance, TimelineEvent } from "../data/model.ts";
import { useSwipeStep } from "../hooks/useSwipeStep.ts";
import { keyQuote, outletLine } from "../timeline/cardTeaser.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { unitList } from "../i18n/listFormat.ts";
import { AltDateList } from "./AltDateList.tsx";
import { AnnotationView } from "./AnnotationView.tsx";
import { KindGlyph } from "./KindGlyph.tsx";
import { SourceList } from "./SourceLink.tsx";
import { UpdateNote } from "./UpdateNote.tsx";
import { writtenIn } from "../i18n/writtenIn.ts";
import { NoBreakText } from "./NoBreakText.tsx";
import { NewsBadge } from "./NewsBadge.tsx";
import type { NewsKind } from "../timeline/newsOf.ts";

interface PhoneCardProps {
  event: TimelineEvent;
  dataset: Dataset;
  /** The event's stance on the claim the glyphs are coloured by. */
  stance: Stance | null;
  expanded: boolean;
  /** The card's event was tapped, folded (`expanded` false) or unfolded. */
  onToggle: (eventId: string, expanded: boolean) => void;
  /** Previous (-1) / next (1) event: a horizontal swipe on the unfolded card. */
  onStep: (direction: -1 | 1) => void;
  /** New or updated since the reader's last visit. */
  fresh?: NewsKind | null;
}

// Memoized: a tap changes two cards (the one folding, the one unfolding). Re-rendering all
// of them took a slow phone (4x CPU) 169 ms of handling the tap instead of 147.
export const PhoneCard = memo(function PhoneCard(props: PhoneCardProps) {
  return props.expanded ? <ExpandedCard {...props} /> : <CardItem {...props} />;
});

/** The unfolded card listens for horizontal swipes; folded ones do not need to. */
function ExpandedCard(props: PhoneCardProps) {
  const ref = useRef<HTMLLIElement>(null);
  useSwipeStep(ref, props.onStep);
  return <CardItem {...props} itemRef={ref} />;
}

function CardItem({
  event,
  dataset,
  stance,
  expanded,
  onToggle,
  itemRef,
  fresh = null,
}: PhoneCardProps & { itemRef?: Ref<HTMLLIElement> }) {
  const tr = useI18n();
  const { t, count, dates } = tr;
  const id = useId();
  const titleId = `${id}-title`;
  const toggle = () => onToggle(event.id, expanded);
  const quote = keyQuote(event, dataset, tr);
  const outlets = outletLine(event.sources, dataset.sourcesById, tr);
  return (
    <li
      ref={itemRef}
      id={`card-${event.id}`}
      className={expanded ? "vcard vcard-selected" : "vcard"}
      data-card={event.id}
    >
      <button
        type="button"
        className="vcard-button"
        data-event-id={event.id}
        data-primary=""
        aria-expanded={expanded}
        aria-controls={expanded ? `${id}-detail` : undefined}
        onClick={toggle}
      >
        <span className={`vcard-mark stance-${stance ?? "none"}`}>
          <KindGlyph kind={event.kind} stance={stance} size={18} />
        </span>
        <span className="vcard-body">
          <span className="vcard-date">
            <time dateTime={event.date.text}>{dates.long(event.date)}</time>
            <NewsBadge kind={fresh} /> · {t(`kind.${event.kind}`)}
            {event.altDates.length > 0 && (
              <span className="vcard-disputed"> · {t("card.dateDisputed")}</span>
            )}
          </span>
          <span className="vcard-title" id={titleId} {...writtenIn(dataset.language)}>
            {event.title}
          </span>
        </span>
      </button>
      {/* A tap anywhere on the folded teaser unfolds the card too; the button above is the
          control for keyboards and screen readers, so this one stays out of their way. */}
      {!expanded && (
        <div className="vcard-teaser" onClick={toggle}>
          {quote !== null ? (
            <p className="vcard-quote">
              {/* The interface's quotation marks, inside the quote's own direction. */}
              <span {...writtenIn(dataset.language)}>
                <NoBreakText text={t("quote.marks", { quote: quote.quote })} />
              </span>{" "}
              <span className="vcard-speaker">{t("quote.by", { by: quote.by })}</span>
            </p>
          ) : (
            <p className="vcard-summary" {...writtenIn(dataset.language)}>
              {event.summary}
            </p>
          )}
        </div>
      )}
      <div className="vcard-foot">
        {!expanded && outlets.shown.length > 0 && (
          <p className="vcard-outlets">
            <span className="visually-hidden">{t("card.sourcesLead")} </span>
            {outlets.shown.join(" · ")}
            {outlets.more > 0 && (
              <span className="vcard-more"> · {count("count.moreOutlets", outlets.more)}</span>
            )}
          </p>
        )}
        <ClaimChip event={event} dataset={dataset} />
      </div>
      {expanded && (
        <div id={`${id}-detail`} className="vcard-detail" role="region" aria-labelledby={titleId}>
          <UpdateNote dataset={dataset} event={event} />
          <p className="vcard-summary-full" {...writtenIn(dataset.language)}>
            {event.summary}
          </p>
          <Facts event={event} dataset={dataset} />
          {event.annotations.map((annotation, i) => (
            <AnnotationView key={i} annotation={annotation} dataset={dataset} />
          ))}
          <Part title={t("sources.title")}>
            <SourceList ids={event.sources} sourcesById={dataset.sourcesById} />
          </Part>
          {event.altDates.length > 0 && (
            <Part title={t("card.otherDates")}>
              <AltDateList event={event} dataset={dataset} shown="altDates.shownCard" />
            </Part>
          )}
        </div>
      )}
    </li>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="vcard-part" aria-label={title}>
      <h4>{title}</h4>
      {children}
    </section>
  );
}

function Facts({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const { locale } = useI18n();
  const names = event.people.map((id) => dataset.peopleById.get(id)?.name ?? id);
  if (event.place === undefined && names.length === 0) return null;
  return (
    <p className="vcard-facts">
      {[event.place, unitList(locale, names)]
        .filter((part) => part !== undefined && part !== "")
        .join(" · ")}
    </p>
  );
}

/**
 * The claims an event bears on, as one small chip ("Supports +1"): the claim sentences are
 * not repeated on every card; tapping the chip says which claims and where they stand.
 */
function ClaimChip({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const { t, number } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const [first] = event.claims;
  if (first === undefined) return null;
  const rest = event.claims.length - 1;
  return (
    <>
      <button
        type="button"
        className={`vcard-claim-chip stance-chip stance-${first.stance}`}
        aria-expanded={open}
        aria-controls={`${id}-claims`}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{t("card.claimsLead")} </span>
        {t(`stance.${first.stance}`)}
        {rest > 0 && ` +${number(rest)}`}
      </button>
      <ul id={`${id}-claims`} className="vcard-claims" hidden={!open}>
        {event.claims.map((link) => {
          const claim = dataset.claimsById.get(link.claim);
          return (
            <li key={link.claim}>
              {t(`card.stanceOnClaim.${link.stance}`, { claim: claim?.text ?? link.claim })}
              {claim !== undefined && (
                <span className={`status-chip status-${claim.status}`}>
                  {t("claims.statusNow", { status: t(`status.${claim.status}`) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
