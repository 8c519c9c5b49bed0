import { EVENT_KINDS, type ClaimStatus, type Stance } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { KindGlyph } from "./KindGlyph.tsx";

const STANCES: readonly Stance[] = ["supports", "disputes", "context"];

/** How to read a phone card: its glyphs, its dates' qualifiers, its chips. Folded by default. */
export function PhoneLegend({ claimText }: { claimText: string | null }) {
  const { t } = useI18n();
  const events = useTimeline((s) => s.dataset.events);
  const claims = useTimeline((s) => s.dataset.claims);
  const kinds = EVENT_KINDS.filter((kind) => events.some((e) => e.kind === kind));
  const statuses = [...new Set(claims.map((c) => c.status))] as ClaimStatus[];
  return (
    <details className="legend phone-legend">
      <summary>{t("legend.cardsTitle")}</summary>
      <ul className="legend-items" aria-label={t("legend.shapes")}>
        {kinds.map((kind) => (
          <li key={kind}>
            <KindGlyph kind={kind} stance={null} size={14} /> {t(`kind.${kind}`)}
          </li>
        ))}
      </ul>
      {claimText !== null && (
        <ul className="legend-items" aria-label={t("legend.cardFills")}>
          {STANCES.map((stance) => (
            <li key={stance}>
              <KindGlyph kind="sighting" stance={stance} size={14} /> {t(`stance.${stance}`)}
            </li>
          ))}
          <li>
            <KindGlyph kind="sighting" stance={null} size={14} /> {t("stance.notLinked")}
          </li>
        </ul>
      )}
      <p className="legend-note">
        {claimText !== null && (
          <>{t("legend.cardFillClaim", { claim: claimText.replace(/\.$/, "") })} </>
        )}
        {t("legend.cardNote")}
      </p>
      {statuses.length > 0 && (
        <ul className="legend-statuses" aria-label={t("legend.statuses")}>
          {statuses.map((status) => (
            <li key={status}>
              <span className={`status-chip status-${status}`}>{t(`status.${status}`)}</span>{" "}
              {t(`statusExplanation.${status}`)}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
