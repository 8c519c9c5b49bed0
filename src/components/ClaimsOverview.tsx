import { useId, useMemo, useState } from "react";
import type { Claim } from "../data/model.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { currentStatusSince } from "../timeline/claimTrack.ts";
import { shortClaim } from "../timeline/claimShort.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import { STATUS_EXPLANATION, STATUS_LABEL } from "../timeline/labels.ts";

/**
 * The tracked claims as one row of chips (status and a short form of the claim); a chip
 * opens that claim's card below the row: its full text, what the status means, since when.
 */
export function ClaimsOverview() {
  const claims = useTimeline((s) => s.dataset.claims);
  const people = useTimeline((s) => s.dataset.people);
  const names = useMemo(() => people.map((person) => person.name), [people]);
  const [openId, setOpenId] = useState<string | null>(null);
  const cardsId = useId();
  if (claims.length === 0) return null;
  const open = claims.find((claim) => claim.id === openId);
  return (
    <section className="claims-overview" aria-labelledby="claims-title">
      <div className="claims-row">
        <h2 id="claims-title" className="claims-label">
          Claims tracked
        </h2>
        <ul className="claim-chips">
          {claims.map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                className="claim-chip"
                aria-expanded={claim.id === openId}
                aria-controls={cardsId}
                title={claim.text}
                onClick={() => setOpenId(claim.id === openId ? null : claim.id)}
              >
                <span className={`status-chip status-${claim.status}`}>
                  {STATUS_LABEL[claim.status]}
                </span>{" "}
                <span className="claim-short">
                  {shortClaim(claim.text, names).map((part, i) =>
                    part.hidden ? (
                      <span key={i} className="visually-hidden">
                        {part.text}
                      </span>
                    ) : (
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div id={cardsId} className="claim-cards" hidden={open === undefined}>
        {open !== undefined && <ClaimCard claim={open} />}
      </div>
    </section>
  );
}

function ClaimCard({ claim }: { claim: Claim }) {
  const since = currentStatusSince(claim);
  return (
    <div className="claim-card">
      <span className={`status-chip status-${claim.status}`}>{STATUS_LABEL[claim.status]}</span>
      <p className="claim-text">{claim.text}</p>
      <p className="claim-explanation">
        {STATUS_EXPLANATION[claim.status]}
        {since !== undefined && <> Since {formatEdtf(since.date)}.</>}
      </p>
    </div>
  );
}
