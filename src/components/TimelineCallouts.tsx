import type { TimelineEvent } from "../data/model.ts";
import { calloutChips, hasCallout } from "../timeline/calloutBand.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { calloutContent } from "../timeline/calloutContent.ts";
import {
  attributionChip,
  calloutHeightPx,
  CALLOUT_WIDTH_PX,
  sourceChip,
} from "../timeline/calloutSize.ts";
import { calloutTitleLines } from "../timeline/calloutTitleLines.ts";
import { placeCallouts, type CalloutRequest } from "../timeline/callouts.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { MARK_SIZE_PX, type LaidOutMark } from "../timeline/layoutTimeline.ts";
import { markCentre } from "../timeline/markGeometry.ts";
import { NoBreakText } from "./NoBreakText.tsx";
import "./TimelineCallouts.css";
import { writtenIn } from "../i18n/writtenIn.ts";

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
export default function TimelineCallouts({
  marks,
  offset,
  width,
  bandHeight,
  selectedId,
  charPx,
  titleOf,
}: TimelineCalloutsProps) {
  const tr = useI18n();
  const { t, dates } = tr;
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
      height: calloutHeightPx(calloutChips(content, tr), charPx),
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
        const date = dates.short(event.date);
        const title = titleOf(event);
        const classes = ["callout"];
        if (callout.id === selectedId) classes.push("callout-selected");
        if (calloutTitleLines(`${date} ${title}`, charPx) === 2) classes.push("callout-long-title");
        return (
          <aside
            key={callout.id}
            className={classes.join(" ")}
            style={{
              left: callout.x,
              top: callout.y,
              width: callout.width,
              height: callout.height,
            }}
            aria-label={t("callout.label", { title: event.title })}
          >
            <button
              type="button"
              className="callout-body"
              tabIndex={-1}
              onClick={() => select(event.id, { open: true })}
            >
              <span className="callout-title">
                <span className="callout-date">{date}</span>{" "}
                <span {...writtenIn(dataset.language)}>{title}</span>
              </span>
              {/* The whole text is here for assistive tech; CSS shows the first lines. Its
                  direction is the text's, so that the ellipsis ends it. */}
              <span className="callout-text" title={content.text} {...writtenIn(dataset.language)}>
                {content.isQuote ? (
                  <Template
                    text={t("quote.marks")}
                    values={{ quote: <NoBreakText text={content.text} /> }}
                  />
                ) : (
                  <NoBreakText text={content.text} />
                )}
              </span>
            </button>
            <p className="callout-chips">
              <span className={`chip badge-${content.attribution}`}>
                {attributionChip(content, tr)}
              </span>
              {content.sources.map((source) => (
                <span key={source.id} className="chip">
                  {sourceChip(source, tr)}
                </span>
              ))}
            </p>
          </aside>
        );
      })}
    </>
  );
}
