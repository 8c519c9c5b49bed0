import type { Claim } from "../data/model.ts";
import { currentStatusSince } from "../timeline/claimTrack.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { STATUS_EXPLANATION, STATUS_LABEL } from "../timeline/labels.ts";
import "./ClaimCard.css";

/** One tracked claim: its full text, what its status means, and since when it holds. */
export function ClaimCard({ claim }: { claim: Claim }) {
  const { dates } = useI18n();
  const since = currentStatusSince(claim);
  return (
    <div className="claim-card">
      <span className={`status-chip status-${claim.status}`}>{STATUS_LABEL[claim.status]}</span>
      <p className="claim-text">{claim.text}</p>
      <p className="claim-explanation">
        {STATUS_EXPLANATION[claim.status]}
        {since !== undefined && <> Since {dates.long(since.date)}.</>}
      </p>
    </div>
  );
}
