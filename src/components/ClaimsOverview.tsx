import { lazy, Suspense, useId, useMemo, useState } from "react";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { shortClaim } from "../timeline/claimShort.ts";
import { STATUS_LABEL } from "../timeline/labels.ts";
import "./ClaimsOverview.css";

// A claim's card opens on a tap; its history arithmetic (claimTrack.ts) loads with it.
const ClaimCard = lazy(() =>
  import("./ClaimCard.tsx").then((module) => ({ default: module.ClaimCard })),
);

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
        {open !== undefined && (
          <Suspense fallback={<p role="status">Loading the claim…</p>}>
            <ClaimCard claim={open} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
