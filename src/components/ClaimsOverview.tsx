import { Suspense, useId, useMemo, useState } from "react";
import { lazyPart } from "./lazyPart.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { shortClaim } from "../timeline/claimShort.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { withText } from "../i18n/withText.ts";
import "./ClaimsOverview.css";
import { writtenIn } from "../i18n/writtenIn.ts";

// A claim's card opens on a tap; its history arithmetic (claimTrack.ts) loads with it.
const ClaimCard = lazyPart(withText(() => import("./ClaimCard.tsx")));

/**
 * The tracked claims as one row of chips (status and a short form of the claim); a chip
 * opens that claim's card below the row: its full text, what the status means, since when.
 */
export function ClaimsOverview() {
  const { t } = useI18n();
  const claims = useTimeline((s) => s.dataset.claims);
  const people = useTimeline((s) => s.dataset.people);
  const language = useTimeline((s) => s.dataset.language);
  const names = useMemo(() => people.map((person) => person.name), [people]);
  const [openId, setOpenId] = useState<string | null>(null);
  const cardsId = useId();
  if (claims.length === 0) return null;
  const open = claims.find((claim) => claim.id === openId);
  return (
    <section className="claims-overview" aria-labelledby="claims-title">
      <div className="claims-row">
        <h2 id="claims-title" className="claims-label">
          {t("claims.title")}
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
                <span className="claim-chip-text">
                  <span className={`status-chip status-${claim.status}`}>
                    {t(`status.${claim.status}`)}
                  </span>{" "}
                  <span className="claim-short" {...writtenIn(language)}>
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
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div id={cardsId} className="claim-cards" hidden={open === undefined}>
        {open !== undefined && (
          <Suspense fallback={<p role="status">{t("loading.claim")}</p>}>
            <ClaimCard claim={open} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
