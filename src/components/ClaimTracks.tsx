import type { TimelineEvent } from "../data/model.ts";
import type { Domain } from "../store/createTimelineStore.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { statusSegments } from "../timeline/claimTrack.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import { STANCE_LABEL, STATUS_LABEL } from "../timeline/labels.ts";
import { stanceOn } from "../timeline/stanceOf.ts";

const TRACK_HEIGHT = 22;

interface ClaimTracksProps {
  domain: Domain;
  width: number;
  events: readonly TimelineEvent[];
}

/** Under the timeline: each claim's status over time and the stance of each related event. */
export function ClaimTracks({ domain, width, events }: ClaimTracksProps) {
  const claims = useTimeline((s) => s.dataset.claims);
  // The last known status holds until the dataset's last revision; after that we do not know.
  const updated = useTimeline((s) => s.dataset.updated.end);
  const [t0, t1] = domain;
  const x = (t: number) => ((t - t0) / (t1 - t0)) * width;
  if (claims.length === 0 || width <= 0) return null;

  return (
    <section className="claim-tracks" aria-labelledby="claim-tracks-title">
      <h3 id="claim-tracks-title" className="claim-tracks-title">
        How each claim stood over time
      </h3>
      {claims.map((claim) => {
        const segments = statusSegments(claim, updated);
        const related = events.filter((e) => stanceOn(e, claim.id) !== null);
        return (
          <div key={claim.id} className="claim-track">
            <p className="claim-track-label">
              {claim.text}{" "}
              <span className={`status-chip status-${claim.status}`}>
                {STATUS_LABEL[claim.status]}
              </span>
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
                        {STATUS_LABEL[segment.status]}
                      </text>
                    )}
                  </g>
                );
              })}
              {related.map((event) => {
                const stance = stanceOn(event, claim.id);
                const cx = x((event.date.start + event.date.end) / 2);
                if (cx < 0 || cx > width || stance === null) return null;
                return <StanceTick key={event.id} x={cx} y={TRACK_HEIGHT + 6} stance={stance} />;
              })}
            </svg>
            <ol className="visually-hidden" aria-label={`Status history: ${claim.text}`}>
              {claim.history.map((entry, i) => (
                <li key={i}>
                  {formatEdtf(entry.date)}: {STATUS_LABEL[entry.status]}
                  {entry.note !== undefined && `. ${entry.note}`}
                </li>
              ))}
              <li>
                Related events shown: {related.length} (
                {(["supports", "disputes", "context"] as const)
                  .map(
                    (s) =>
                      `${related.filter((e) => stanceOn(e, claim.id) === s).length} ${STANCE_LABEL[s].toLowerCase()}`,
                  )
                  .join(", ")}
                )
              </li>
            </ol>
          </div>
        );
      })}
      <p className="claim-legend">
        Ticks under each track: ▲ supports, ▼ disputes, ● context. Bands: the claim's status from
        each dated change.
      </p>
    </section>
  );
}

function StanceTick({
  x,
  y,
  stance,
}: {
  x: number;
  y: number;
  stance: "supports" | "disputes" | "context";
}) {
  if (stance === "supports")
    return (
      <path
        className="tick-supports"
        d={`M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z`}
      />
    );
  if (stance === "disputes")
    return (
      <path
        className="tick-disputes"
        d={`M${x} ${y + 5} L${x + 5} ${y - 4} L${x - 5} ${y - 4} Z`}
      />
    );
  return <circle className="tick-context" cx={x} cy={y} r={3.5} />;
}
