import type { Claim } from "../data/model.ts";
import { currentStatusSince } from "../timeline/claimTrack.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import "./ClaimCard.css";
import { writtenIn } from "../i18n/writtenIn.ts";

/** One tracked claim: its full text, what its status means, and since when it holds. */
export default function ClaimCard({ claim }: { claim: Claim }) {
  const { t, dates } = useI18n();
  const since = currentStatusSince(claim);
  const language = useTimeline((s) => s.dataset.language);
  return (
    <div className="claim-card">
      <span className={`status-chip status-${claim.status}`}>{t(`status.${claim.status}`)}</span>
      <p className="claim-text" {...writtenIn(language)}>
        {claim.text}
      </p>
      <p className="claim-explanation">
        {t(`statusExplanation.${claim.status}`)}
        {since !== undefined && <> {t("claims.since", { date: dates.long(since.date) })}</>}
      </p>
    </div>
  );
}
