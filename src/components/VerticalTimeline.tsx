import { useMemo } from "react";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { formatWithAltDates } from "../timeline/formatDate.ts";
import { KIND_LABEL } from "../timeline/labels.ts";
import { groupByMonth, overviewBuckets } from "../timeline/monthGroups.ts";
import { colourClaim, stanceOn } from "../timeline/stanceOf.ts";
import { DetailPanel } from "./DetailPanel.tsx";
import { KindGlyph } from "./KindGlyph.tsx";

/** Phones: time runs down the page, months stick to the top, one column, no sideways scroll. */
export function VerticalTimeline({ onCloseDetail }: { onCloseDetail: () => void }) {
  const dataset = useTimeline((s) => s.dataset);
  const lanes = useTimeline((s) => s.lanes);
  const filterClaim = useTimeline((s) => s.filters.claim);
  const selectedId = useTimeline((s) => s.selectedId);
  const detailOpen = useTimeline((s) => s.detailOpen);
  const select = useTimeline((s) => s.select);
  const events = useFilteredEvents();
  const groups = useMemo(() => groupByMonth(events), [events]);
  const buckets = useMemo(() => overviewBuckets(groups), [groups]);
  const claim = colourClaim(dataset, lanes, filterClaim);
  const max = Math.max(1, ...buckets.map((b) => b.count));

  const jump = (key: string) => {
    document.getElementById(`month-${key}`)?.scrollIntoView({ block: "start" });
  };

  return (
    <div className="vertical">
      <nav className="overview-strip" aria-label="Jump to a month">
        <ul>
          {groups.map((group) => (
            <li key={group.key}>
              <button
                type="button"
                onClick={() => jump(group.key)}
                aria-label={`${group.label}: ${group.events.length} events`}
              >
                <span
                  className="overview-bar"
                  style={{ height: `${20 + (group.events.length / max) * 80}%` }}
                  aria-hidden="true"
                />
                <span className="overview-label" aria-hidden="true">
                  {group.shortLabel}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {events.length === 0 && <p className="timeline-empty">No events match the filters.</p>}
      {groups.map((group) => (
        <section
          key={group.key}
          id={`month-${group.key}`}
          className="month"
          aria-labelledby={`month-${group.key}-title`}
        >
          <h3 id={`month-${group.key}-title`} className="month-header">
            {group.label}
          </h3>
          <ol className="vertical-list">
            {group.events.map((event) => {
              const selected = event.id === selectedId;
              const stance = stanceOn(event, claim);
              return (
                <li key={event.id} className={selected ? "vcard vcard-selected" : "vcard"}>
                  <button
                    type="button"
                    className="vcard-button"
                    data-event-id={event.id}
                    data-primary=""
                    aria-expanded={selected && detailOpen}
                    onClick={() =>
                      selected && detailOpen ? onCloseDetail() : select(event.id, { open: true })
                    }
                  >
                    <span className={`vcard-mark stance-${stance ?? "none"}`}>
                      <KindGlyph kind={event.kind} stance={stance} size={18} />
                    </span>
                    <span className="vcard-body">
                      <span className="vcard-date">
                        {formatWithAltDates(
                          event.date,
                          event.altDates.map((a) => a.date),
                        )}{" "}
                        · {KIND_LABEL[event.kind]}
                      </span>
                      <span className="vcard-title">{event.title}</span>
                    </span>
                  </button>
                  {selected && detailOpen && <DetailPanel onClose={onCloseDetail} />}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
