import { useMemo } from "react";
import type { Claim, TimelineEvent } from "../data/model.ts";
import type { Domain } from "../store/createTimelineStore.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import {
  relatedByClaim,
  stanceTickPaths,
  stanceTicks,
  statusSegments,
  type RelatedEvent,
} from "../timeline/claimTrack.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { timeScale } from "../timeline/timeScale.ts";
import "./ClaimTracks.css";

const TRACK_HEIGHT = 22;

interface ClaimTracksProps {
  domain: Domain;
  width: number;
  events: readonly TimelineEvent[];
}

/** Under the timeline: each claim's status over time and the stance of each related event. */
export default function ClaimTracks({ domain, width, events }: ClaimTracksProps) {
  const { t } = useI18n();
  const claims = useTimeline((s) => s.dataset.claims);
  // The last known status holds until the dataset's last revision; after that we do not know.
  const updated = useTimeline((s) => s.dataset.updated.end);
  // Which events bear on which claim changes with the filters, not with every zoom frame.
  const related = useMemo(
    () =>
      relatedByClaim(
        events,
        claims.map((claim) => claim.id),
      ),
    [claims, events],
  );
  if (claims.length === 0 || width <= 0) return null;

  return (
    <section className="claim-tracks" aria-labelledby="claim-tracks-title">
      <h3 id="claim-tracks-title" className="claim-tracks-title">
        {t("claims.tracksTitle")}
      </h3>
      {claims.map((claim) => (
        <ClaimTrack
          key={claim.id}
          claim={claim}
          related={related.get(claim.id) ?? []}
          domain={domain}
          width={width}
          until={updated}
        />
      ))}
      <p className="claim-legend">{t("claims.tracksLegend")}</p>
    </section>
  );
}

interface ClaimTrackProps {
  claim: Claim;
  /** Sorted by time. */
  related: readonly RelatedEvent[];
  domain: Domain;
  width: number;
  until: number;
}

function ClaimTrack({ claim, related, domain, width, until }: ClaimTrackProps) {
  const { t, count, number, dates } = useI18n();
  const x = timeScale(domain, [0, width]);
  const segments = statusSegments(claim, until);
  const tickPaths = stanceTickPaths(stanceTicks(related, domain, width), TRACK_HEIGHT + 6);
  const relatedShown = useMemo(() => {
    const of = (stance: RelatedEvent["stance"]) =>
      related.filter((r) => r.stance === stance).length;
    return t("claims.relatedShown", {
      count: number(related.length),
      supports: count("count.claimSupports", of("supports")),
      disputes: count("count.claimDisputes", of("disputes")),
      context: count("count.claimContext", of("context")),
    });
  }, [related, t, count, number]);
  return (
    <div className="claim-track">
      <p className="claim-track-label">
        {claim.text}{" "}
        <span className={`status-chip status-${claim.status}`}>{t(`status.${claim.status}`)}</span>
      </p>
      <svg width={width} height={TRACK_HEIGHT + 14} aria-hidden="true" focusable="false">
        {segments.map((segment, i) => {
          const left = Math.max(0, x(segment.start));
          const right = Math.min(width, x(segment.end));
          if (right <= left) return null;
          return (
            <g key={i}>
              <rect
                className={`status-segment status-fill-${segment.status}`}
                x={left}
                y={2}
                width={right - left}
                height={TRACK_HEIGHT - 4}
                rx={3}
              />
              {right - left > 70 && (
                <text className="status-segment-label" x={left + 6} y={TRACK_HEIGHT / 2 + 4}>
                  {t(`status.${segment.status}`)}
                </text>
              )}
            </g>
          );
        })}
        <path className="tick-supports" d={tickPaths.supports} />
        <path className="tick-disputes" d={tickPaths.disputes} />
        <path className="tick-context" d={tickPaths.context} />
      </svg>
      <ol className="visually-hidden" aria-label={t("claims.statusHistory", { claim: claim.text })}>
        {claim.history.map((entry, i) => {
          const date = dates.long(entry.date);
          const status = t(`status.${entry.status}`);
          return (
            <li key={i}>
              {entry.note === undefined
                ? t("claims.historyEntry", { date, status })
                : t("claims.historyEntryNote", { date, status, note: entry.note })}
            </li>
          );
        })}
        <li>{relatedShown}</li>
      </ol>
    </div>
  );
}
