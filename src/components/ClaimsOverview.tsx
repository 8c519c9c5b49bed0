import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { currentStatusSince } from "../timeline/claimTrack.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import { STATUS_EXPLANATION, STATUS_LABEL } from "../timeline/labels.ts";

/** Each tracked claim with where it stands now and what that status means. */
export function ClaimsOverview() {
  const claims = useTimeline((s) => s.dataset.claims);
  if (claims.length === 0) return null;
  return (
    <section className="claims-overview" aria-labelledby="claims-title">
      <h2 id="claims-title">Claims tracked</h2>
      <ul>
        {claims.map((claim) => {
          const since = currentStatusSince(claim);
          return (
            <li key={claim.id} className="claim-card">
              <span className={`status-chip status-${claim.status}`}>
                {STATUS_LABEL[claim.status]}
              </span>
              <p className="claim-text">{claim.text}</p>
              <p className="claim-explanation">
                {STATUS_EXPLANATION[claim.status]}
                {since !== undefined && <> Since {formatEdtf(since.date)}.</>}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
