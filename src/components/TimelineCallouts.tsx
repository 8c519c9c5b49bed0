import type { Dataset, TimelineEvent } from "../data/model.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { calloutContent, type CalloutContent } from "../timeline/calloutContent.ts";
import {
  attributionChip,
  calloutHeightPx,
  CALLOUT_WIDTH_PX,
  sourceChip,
} from "../timeline/calloutSize.ts";
import { placeCallouts, type CalloutRequest } from "../timeline/callouts.ts";
import { formatEdtfShort } from "../timeline/formatDate.ts";
import { MARK_SIZE_PX, type LaidOutMark } from "../timeline/layoutTimeline.ts";
import { markCentre } from "../timeline/markGeometry.ts";

/** Key events get a callout: the dataset's authors tag the turns of the story "key". */
export function hasCallout(event: TimelineEvent): boolean {
  return event.tags.includes("key");
}

function chipsOf(content: CalloutContent): string[] {
  return [attributionChip(content), ...content.sources.map(sourceChip)];
}

const TIER_GAP_PX = 6;

/**
 * Room above the lanes for one tier of the tallest callout this dataset can show: fixed
 * per dataset, so that the plot does not jump as callouts come into view while panning.
 * One tier: a second one could only hang where the first leaves its leader a way down,
 * which is rarely anywhere, and the empty room pushed the lanes below the fold.
 */
export function calloutBandPx(
  events: readonly TimelineEvent[],
  dataset: Pick<Dataset, "peopleById" | "sourcesById">,
  charPx: number,
): number {
  let tallest = 0;
  for (const event of events) {
    if (!hasCallout(event)) continue;
    tallest = Math.max(tallest, calloutHeightPx(chipsOf(calloutContent(event, dataset)), charPx));
  }
  return tallest === 0 ? 0 : tallest + 2 * TIER_GAP_PX;
}

interface TimelineCalloutsProps {
  marks: LaidOutMark[];
  offset: number;
  width: number;
  bandHeight: number;
  selectedId: string | null;
  charPx: number;
  titleOf: (event: TimelineEvent) => string;
}

/**
 * Sourced callouts for the key events in view: date and title first, then the quote or
 * note, then who said it and where it was reported. Callouts never cover each other; each
 * hangs over its mark, joined by a vertical leader that crosses no other callout.
 */
export function TimelineCallouts({
  marks,
  offset,
  width,
  bandHeight,
  selectedId,
  charPx,
  titleOf,
}: TimelineCalloutsProps) {
  const dataset = useTimeline((s) => s.dataset);
  const select = useTimeline((s) => s.select);
  if (bandHeight === 0) return null;
  const wanted = marks.filter((m) => m.primary && hasCallout(m.event));
  const contents = new Map(wanted.map((m) => [m.event.id, calloutContent(m.event, dataset)]));
  const requests: CalloutRequest[] = [];
  for (const m of wanted) {
    const content = contents.get(m.event.id);
    if (content === undefined) continue;
    requests.push({
      id: m.event.id,
      anchorX: markCentre(m.geometry) - offset,
      anchorY: bandHeight,
      width: CALLOUT_WIDTH_PX,
      height: calloutHeightPx(chipsOf(content), charPx),
      priority: m.event.id === selectedId ? 2 : 1,
    });
  }
  const placed = placeCallouts(requests, [], { x: 0, y: 0, width, height: bandHeight });
  const markOf = new Map(wanted.map((m) => [m.event.id, m]));
  const lowest = Math.max(0, ...wanted.map((m) => m.y));

  return (
    <>
      <svg
        className="callout-links"
        width={width}
        height={bandHeight + lowest + MARK_SIZE_PX}
        aria-hidden="true"
        focusable="false"
      >
        {placed.map((callout) => {
          const mark = markOf.get(callout.id);
          if (mark === undefined) return null;
          return (
            <line
              key={callout.id}
              className={callout.id === selectedId ? "callout-link selected" : "callout-link"}
              x1={callout.anchorX}
              y1={callout.y + callout.height}
              x2={callout.anchorX}
              y2={bandHeight + mark.y + 2}
            />
          );
        })}
      </svg>
      {placed.map((callout) => {
        const mark = markOf.get(callout.id);
        const content = contents.get(callout.id);
        if (mark === undefined || content === undefined) return null;
        const { event } = mark;
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
            aria-label={`Callout: ${event.title}`}
          >
            <button
              type="button"
              className="callout-body"
              tabIndex={-1}
              onClick={() => select(event.id, { open: true })}
            >
              <span className="callout-title">
                <span className="callout-date">{formatEdtfShort(event.date)}</span> {titleOf(event)}
              </span>
              {/* The whole text is here for assistive tech; CSS shows the first lines. */}
              <span className="callout-text" title={content.text}>
                {content.isQuote ? `“${content.text}”` : content.text}
              </span>
            </button>
            <p className="callout-chips">
              <span className={`chip badge-${content.attribution}`}>
                {attributionChip(content)}
              </span>
              {content.sources.map((source) => (
                <span key={source.id} className="chip">
                  {sourceChip(source)}
                </span>
              ))}
            </p>
          </aside>
        );
      })}
    </>
  );
}
