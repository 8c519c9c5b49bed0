import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { calloutContent, CALLOUT_HEIGHT_PX, CALLOUT_WIDTH_PX } from "../timeline/calloutContent.ts";
import { placeCallouts, type CalloutRequest } from "../timeline/callouts.ts";
import { formatEdtfShort } from "../timeline/formatDate.ts";
import { ATTRIBUTION_LABEL } from "../timeline/labels.ts";
import { ROW_HEIGHT_PX, type LaidOutMark } from "../timeline/layoutTimeline.ts";
import { markCentre } from "../timeline/markGeometry.ts";

interface TimelineCalloutsProps {
  marks: LaidOutMark[];
  offset: number;
  width: number;
  bandHeight: number;
  /** The whole plot: leader lines run from the band down to the marks, never beyond. */
  plotHeight: number;
  selectedId: string | null;
}

/** Sourced callouts for the selected event and the dataset's key events, never overlapping. */
export function TimelineCallouts({
  marks,
  offset,
  width,
  bandHeight,
  plotHeight,
  selectedId,
}: TimelineCalloutsProps) {
  const dataset = useTimeline((s) => s.dataset);
  const select = useTimeline((s) => s.select);
  const wanted = marks.filter(
    (m) => m.primary && (m.event.id === selectedId || m.event.tags.includes("key")),
  );
  const requests: CalloutRequest[] = wanted.map((m) => ({
    id: m.event.id,
    anchorX: markCentre(m.geometry) - offset,
    anchorY: bandHeight,
    width: CALLOUT_WIDTH_PX,
    height: CALLOUT_HEIGHT_PX,
    priority: m.event.id === selectedId ? 2 : 1,
  }));
  const placed = placeCallouts(requests, [], { x: 0, y: 0, width, height: bandHeight });
  const markOf = new Map(wanted.map((m) => [m.event.id, m]));

  return (
    <>
      <svg
        className="callout-links"
        width={width}
        height={plotHeight}
        aria-hidden="true"
        focusable="false"
      >
        {placed.map((callout) => {
          const mark = markOf.get(callout.id);
          if (mark === undefined) return null;
          const x = Math.min(
            Math.max(callout.anchorX, callout.x + 8),
            callout.x + callout.width - 8,
          );
          return (
            <line
              key={callout.id}
              className={callout.id === selectedId ? "callout-link selected" : "callout-link"}
              x1={x}
              y1={callout.y + callout.height}
              x2={callout.anchorX}
              y2={bandHeight + mark.y + (ROW_HEIGHT_PX - 24) / 2}
            />
          );
        })}
      </svg>
      {placed.map((callout) => {
        const mark = markOf.get(callout.id);
        if (mark === undefined) return null;
        const content = calloutContent(mark.event, dataset);
        return (
          <aside
            key={callout.id}
            className={callout.id === selectedId ? "callout callout-selected" : "callout"}
            style={{
              left: callout.x,
              top: callout.y,
              width: callout.width,
              height: callout.height,
            }}
            aria-label={`Callout: ${mark.event.title}`}
          >
            <button
              type="button"
              className="callout-text"
              tabIndex={-1}
              onClick={() => select(mark.event.id, { open: true })}
            >
              {content.isQuote ? `“${content.text}”` : content.text}
              {content.speaker !== null && (
                <span className="callout-speaker"> ({content.speaker})</span>
              )}
            </button>
            <p className="callout-chips">
              <span className={`chip badge-${content.attribution}`}>
                {ATTRIBUTION_LABEL[content.attribution]}
              </span>
              {content.sources.map((source) => (
                <span key={source.id} className="chip">
                  {source.outlet}
                  {source.published !== undefined && ` · ${formatEdtfShort(source.published)}`}
                  {source.relays !== undefined && ` · via ${source.relays}`}
                </span>
              ))}
            </p>
          </aside>
        );
      })}
    </>
  );
}
