import { EVENT_KINDS, type Stance } from "../data/model.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { KIND_LABEL, STANCE_LABEL } from "../timeline/labels.ts";
import { KindGlyph } from "./KindGlyph.tsx";

const STANCES: readonly Stance[] = ["supports", "disputes", "context"];

/** What shapes, fills and lines mean; the kinds listed are the ones this dataset uses. */
export function TimelineLegend({ claimText }: { claimText: string | null }) {
  const events = useTimeline((s) => s.dataset.events);
  const kinds = EVENT_KINDS.filter((kind) => events.some((e) => e.kind === kind));
  return (
    <details className="legend">
      <summary>How to read the timeline</summary>
      <ul className="legend-items" aria-label="Shapes: the kind of event">
        {kinds.map((kind) => (
          <li key={kind}>
            <KindGlyph kind={kind} stance="supports" size={14} /> {KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
      {claimText !== null && (
        <ul className="legend-items" aria-label={`Fill: the event's stance on “${claimText}”`}>
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
        Fill shows the stance on: {claimText?.replace(/\.$/, "") ?? "no claim"}. A bar is a date
        known only to the month, year or a range; soft ends mean approximate (~), a dashed outline
        uncertain (?), a fading end an open range (on or before, from … on). Dotted rings joined by
        a dashed curve are dates other sources give. A box with a number groups events too close to
        tell apart: zoom in to see them.
      </p>
    </details>
  );
}
