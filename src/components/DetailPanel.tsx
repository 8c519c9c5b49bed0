import { useEffect, useRef } from "react";
import type { Dataset, TimelineEvent } from "../data/model.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { formatEdtf } from "../timeline/formatDate.ts";
import { KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from "../timeline/labels.ts";
import { AnnotationView } from "./AnnotationView.tsx";
import { KindGlyph } from "./KindGlyph.tsx";
import { SourceList } from "./SourceLink.tsx";

/** Everything known about the selected event, with every claim traced to its sources. */
export function DetailPanel({ onClose }: { onClose: () => void }) {
  const dataset = useTimeline((s) => s.dataset);
  const event = useTimeline((s) =>
    s.detailOpen ? s.dataset.events.find((e) => e.id === s.selectedId) : undefined,
  );
  const requested = useTimeline((s) => s.detailRequested);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus follows the reader's own request; a deep link only shows the detail.
  useEffect(() => {
    if (requested) headingRef.current?.focus({ preventScroll: false });
  }, [event?.id, requested]);

  if (event === undefined) return null;
  return (
    <section
      className="detail-panel"
      aria-labelledby="detail-title"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="detail-top">
        <p className="detail-kind">
          <KindGlyph kind={event.kind} /> {KIND_LABEL[event.kind]}
        </p>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <DetailDates event={event} dataset={dataset} />
      {event.place !== undefined && (
        <p className="detail-row">
          <span className="detail-label">Place</span> {event.place}
        </p>
      )}
      {event.people.length > 0 && (
        <p className="detail-row">
          <span className="detail-label">People</span>{" "}
          {event.people.map((id) => dataset.peopleById.get(id)?.name ?? id).join(", ")}
        </p>
      )}
      <p className="detail-summary">{event.summary}</p>
      {event.annotations.length > 0 && (
        <section aria-label="Annotations">
          {event.annotations.map((annotation, i) => (
            <AnnotationView key={i} annotation={annotation} dataset={dataset} />
          ))}
        </section>
      )}
      {event.claims.length > 0 && (
        <section aria-labelledby="detail-claims">
          <h3 id="detail-claims">Claims this event bears on</h3>
          <ul className="detail-claims">
            {event.claims.map((link) => {
              const claim = dataset.claimsById.get(link.claim);
              return (
                <li key={link.claim}>
                  <span className={`stance-chip stance-${link.stance}`}>
                    {STANCE_LABEL[link.stance]}
                  </span>{" "}
                  {claim?.text ?? link.claim}
                  {claim !== undefined && (
                    <span className={`status-chip status-${claim.status}`}>
                      {" "}
                      now {STATUS_LABEL[claim.status]}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">Sources</h3>
        <SourceList ids={event.sources} sourcesById={dataset.sourcesById} />
      </section>
    </section>
  );
}

function DetailDates({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  return (
    <div className="detail-dates">
      <p className="detail-row">
        <span className="detail-label">Date</span>{" "}
        <time dateTime={event.date.text}>{formatEdtf(event.date)}</time>
      </p>
      {event.altDates.length > 0 && (
        <div>
          <p className="detail-note">Sources disagree on the date:</p>
          <ul className="alt-date-list">
            <li>
              <strong>{formatEdtf(event.date)}</strong> (shown on the timeline)
            </li>
            {event.altDates.map((alt, i) => (
              <li key={i}>
                <strong>{formatEdtf(alt.date)}</strong>
                {alt.note !== undefined && <> ({alt.note})</>}, per
                <SourceList ids={alt.sources} sourcesById={dataset.sourcesById} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
