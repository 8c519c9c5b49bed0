import type { Dataset, TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { unitList } from "../i18n/listFormat.ts";
import { AltDateList } from "./AltDateList.tsx";
import { AnnotationView } from "./AnnotationView.tsx";
import { SourceList } from "./SourceLink.tsx";
import { writtenIn } from "../i18n/writtenIn.ts";
import { NewsBadge } from "./NewsBadge.tsx";
import type { NewsKind } from "../timeline/newsOf.ts";

/**
 * One event in the chronological list: everything a reader needs to judge it. An event's
 * own page (StaticEvent.tsx) makes its title the page's heading.
 */
export function EventCard({
  event,
  dataset,
  fresh = null,
  headingLevel = 3,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  /** New or updated since the reader's last visit. */
  fresh?: NewsKind | null;
  headingLevel?: 1 | 3;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h3";
  const { t, dates, locale } = useI18n();
  const headingId = `event-${event.id}-title`;
  const names = event.people.map((id) => dataset.peopleById.get(id)?.name ?? id);
  return (
    <article className={`event-card kind-${event.kind}`} aria-labelledby={headingId}>
      <p className="event-meta">
        <time dateTime={event.date.text}>
          {dates.withAlts(
            event.date,
            event.altDates.map((alt) => alt.date),
          )}
        </time>
        <NewsBadge kind={fresh} />
        <span className="event-kind"> · {t(`kind.${event.kind}`)}</span>
        {event.place !== undefined && (
          <span className="event-place">
            {" · "}
            <span {...writtenIn(dataset.language)}>{event.place}</span>
          </span>
        )}
      </p>
      <Heading id={headingId} className="event-title" {...writtenIn(dataset.language)}>
        {event.title}
      </Heading>
      <p className="event-summary" {...writtenIn(dataset.language)}>
        {event.summary}
      </p>
      {names.length > 0 && (
        <p className="event-people">{t("list.people", { names: unitList(locale, names) })}</p>
      )}
      {event.claims.length > 0 && (
        <ul className="event-claims" aria-label={t("detail.claims")}>
          {event.claims.map((link) => (
            <li key={link.claim} className={`stance stance-${link.stance}`}>
              {t("list.stanceOnClaim", {
                stance: t(`stance.${link.stance}`),
                claim: dataset.claimsById.get(link.claim)?.text ?? link.claim,
              })}
            </li>
          ))}
        </ul>
      )}
      {event.annotations.map((annotation, i) => (
        <AnnotationView key={i} annotation={annotation} dataset={dataset} />
      ))}
      {event.altDates.length > 0 && (
        <details className="alt-dates">
          <summary>{t("list.altDates")}</summary>
          <AltDateList event={event} dataset={dataset} shown="altDates.shownList" />
        </details>
      )}
      <SourceList ids={event.sources} sourcesById={dataset.sourcesById} />
    </article>
  );
}
