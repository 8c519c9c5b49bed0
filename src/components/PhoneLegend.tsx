import { EVENT_KINDS, type ClaimStatus, type Stance } from "../data/model.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { KIND_LABEL, STANCE_LABEL, STATUS_EXPLANATION, STATUS_LABEL } from "../timeline/labels.ts";
import { KindGlyph } from "./KindGlyph.tsx";

const STANCES: readonly Stance[] = ["supports", "disputes", "context"];

/** How to read a phone card: its glyphs, its dates' qualifiers, its chips. Folded by default. */
export function PhoneLegend({ claimText }: { claimText: string | null }) {
  const events = useTimeline((s) => s.dataset.events);
  const claims = useTimeline((s) => s.dataset.claims);
  const kinds = EVENT_KINDS.filter((kind) => events.some((e) => e.kind === kind));
  const statuses = [...new Set(claims.map((c) => c.status))] as ClaimStatus[];
  return (
    <details className="legend phone-legend">
      <summary>How to read the cards</summary>
      <ul className="legend-items" aria-label="Shape: the kind of event">
        {kinds.map((kind) => (
          <li key={kind}>
            <KindGlyph kind={kind} stance={null} size={14} /> {KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
      {claimText !== null && (
        <ul className="legend-items" aria-label="Fill: the stance on the main claim">
          {STANCES.map((stance) => (
            <li key={stance}>
              <KindGlyph kind="sighting" stance={stance} size={14} /> {STANCE_LABEL[stance]}
            </li>
          ))}
          <li>
            <KindGlyph kind="sighting" stance={null} size={14} /> Not linked
          </li>
        </ul>
      )}
      <p className="legend-note">
        {claimText !== null && <>Fill shows the stance on “{claimText.replace(/\.$/, "")}”. </>}
        Dates: “c.” approximate, “?” uncertain, “on or before” and “from … on” an open range, a
        month or year alone the whole of it. “Date disputed”: other sources give another date,
        listed last when the card is open. The chip (Supports, Disputes, Context) says which claims
        the event bears on: tap it to read them.
      </p>
      {statuses.length > 0 && (
        <ul className="legend-statuses" aria-label="Where a claim stands">
          {statuses.map((status) => (
            <li key={status}>
              <span className={`status-chip status-${status}`}>{STATUS_LABEL[status]}</span>{" "}
              {STATUS_EXPLANATION[status]}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
