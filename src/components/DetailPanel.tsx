import { useEffect, useRef, type RefObject } from "react";
import type { Dataset, TimelineEvent } from "../data/model.ts";
import { pageDatasetUrl, siteRoot } from "../data/pageParams.ts";
import { publishedEventPage } from "../data/sitePaths.ts";
import { useSwipeStep } from "../hooks/useSwipeStep.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import type { StoryStep } from "../store/useStoryStep.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { unitList } from "../i18n/listFormat.ts";
import { colourClaim, stanceOn } from "../timeline/stanceOf.ts";
import { AltDateList } from "./AltDateList.tsx";
import { AnnotationView } from "./AnnotationView.tsx";
import { KindGlyph } from "./KindGlyph.tsx";
import { UpdateNote } from "./UpdateNote.tsx";
import { SourceList } from "./SourceLink.tsx";
import { StoryStepper } from "./StoryStepper.tsx";
import "./DetailPanel.css";
import { writtenIn } from "../i18n/writtenIn.ts";

const NO_STEP = (): void => undefined;

interface DetailPanelProps {
  onClose: () => void;
  /** Previous / Next in the panel's header; a horizontal swipe on the panel steps too. */
  story?: StoryStep;
  /** Which stepper button had the focus when it stepped (the next panel gives it back). */
  stepFocusRef?: RefObject<-1 | 1 | null>;
}

/**
 * Everything known about the selected event, in reading order: when and what kind, the
 * title, what happened, who said what (with attribution), the sources, the claims it
 * bears on, and last the dates sources disagree on.
 */
export function DetailPanel({ onClose, story, stepFocusRef }: DetailPanelProps) {
  const { t, dates, locale } = useI18n();
  const dataset = useTimeline((s) => s.dataset);
  const event = useTimeline((s) =>
    s.detailOpen ? s.dataset.events.find((e) => e.id === s.selectedId) : undefined,
  );
  const requested = useTimeline((s) => s.detailRequested);
  // The glyph is drawn as the plot draws this event's mark: same claim, same stance.
  const claim = useTimeline((s) => colourClaim(s.dataset, s.lanes, s.filters.claim));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useSwipeStep(panelRef, story?.step ?? NO_STEP);

  // Focus follows the reader's own request; a deep link only shows the detail. After
  // Previous / Next in the panel, the focus stays on that button for the next step.
  useEffect(() => {
    const direction = stepFocusRef?.current ?? null;
    if (stepFocusRef !== undefined) stepFocusRef.current = null;
    if (direction !== null) {
      const button = panelRef.current?.querySelector<HTMLButtonElement>(
        `.detail-stepper button[data-step="${direction}"]`,
      );
      if (button !== null && button !== undefined && !button.disabled) {
        button.focus();
        return;
      }
    }
    if (requested) headingRef.current?.focus({ preventScroll: false });
  }, [event?.id, requested, stepFocusRef]);

  if (event === undefined) return null;
  const stance = stanceOn(event, claim);
  const stepFrom = (direction: -1 | 1) => {
    if (stepFocusRef !== undefined) stepFocusRef.current = direction;
    story?.step(direction);
  };
  return (
    <section
      className="detail-panel"
      aria-labelledby="detail-title"
      ref={panelRef}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="detail-top">
        {story !== undefined && (
          <StoryStepper
            story={{ ...story, step: stepFrom }}
            className="detail-stepper"
            live={false}
          />
        )}
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t("detail.close")}
        >
          ×
        </button>
      </div>
      <p className="detail-kind">
        <KindGlyph kind={event.kind} stance={stance} />{" "}
        {/* One run of text beside the glyph: it wraps between words, as a sentence does. */}
        <span>
          <time dateTime={event.date.text}>{dates.long(event.date)}</time>
          {" · "}
          {t(`kind.${event.kind}`)}
        </span>
      </p>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1} {...writtenIn(dataset.language)}>
        {event.title}
      </h2>
      <UpdateNote dataset={dataset} event={event} />
      {(event.place !== undefined || event.people.length > 0) && (
        <p className="detail-row detail-meta">
          {event.place !== undefined && (
            <span>
              <span className="detail-label">{t("detail.place")}</span>{" "}
              <span {...writtenIn(dataset.language)}>{event.place}</span>
            </span>
          )}
          {event.people.length > 0 && (
            <span>
              <span className="detail-label">{t("detail.people")}</span>{" "}
              {unitList(
                locale,
                event.people.map((id) => dataset.peopleById.get(id)?.name ?? id),
              )}
            </span>
          )}
        </p>
      )}
      <section aria-labelledby="detail-what" className="detail-what">
        <h3 id="detail-what" className="visually-hidden">
          {t("detail.whatHappened")}
        </h3>
        <p className="detail-summary" {...writtenIn(dataset.language)}>
          {event.summary}
        </p>
      </section>
      {event.annotations.length > 0 && (
        <section aria-label={t("detail.annotations")}>
          {event.annotations.map((annotation, i) => (
            <AnnotationView key={i} annotation={annotation} dataset={dataset} />
          ))}
        </section>
      )}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">{t("sources.title")}</h3>
        <SourceList ids={event.sources} sourcesById={dataset.sourcesById} />
      </section>
      {event.claims.length > 0 && (
        <section aria-labelledby="detail-claims">
          <h3 id="detail-claims">{t("detail.claims")}</h3>
          <ul className="detail-claims">
            {event.claims.map((link) => {
              const claim = dataset.claimsById.get(link.claim);
              return (
                <li key={link.claim}>
                  <span className={`stance-chip stance-${link.stance}`}>
                    {t(`stance.${link.stance}`)}
                  </span>{" "}
                  {claim?.text ?? link.claim}
                  {claim !== undefined && (
                    <span className={`status-chip status-${claim.status}`}>
                      {" "}
                      {t("claims.statusNow", { status: t(`status.${claim.status}`) })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <EventPageLink eventId={event.id} />
      <DisputedDates event={event} dataset={dataset} />
    </section>
  );
}

/** The event's own page, whose link previews show this event (datasets published here). */
function EventPageLink({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const href = publishedEventPage(pageDatasetUrl(), eventId, siteRoot());
  if (href === null) return null;
  return (
    <p className="detail-page-link">
      <a href={href}>{t("event.pageLink")}</a>
    </p>
  );
}

/** Last: every version of a disputed date, each with its sources. */
function DisputedDates({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const { t } = useI18n();
  if (event.altDates.length === 0) return null;
  return (
    <section aria-labelledby="detail-dates" className="detail-dates">
      <h3 id="detail-dates">{t("dates.disputed")}</h3>
      <AltDateList event={event} dataset={dataset} shown="altDates.shownDetail" />
    </section>
  );
}

// Lazily loaded by the page as its default export.
export default DetailPanel;
