import { Suspense, useState, type CSSProperties } from "react";
import type { TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import {
  pinnedMark,
  stretchVisible,
  type Place,
  type VisibleItems,
} from "../timeline/layoutItems.ts";
import {
  labelLeft,
  MARK_SIZE_PX,
  type LaidOutMark,
  type TimelineLayout,
} from "../timeline/layoutTimeline.ts";
import { clipExtent, drawnWindow, type DrawnWindow } from "../timeline/clipExtent.ts";
import { freeBefore, placeLabel } from "../timeline/labelInView.ts";
import { markCentre, type MarkGeometry } from "../timeline/markGeometry.ts";
import { stanceOn } from "../timeline/stanceOf.ts";
import { newsOf, newsOfGroup, type NewsKind } from "../timeline/newsOf.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { ClusterMark, MARK_TOP_PX } from "./ClusterMark.tsx";
import { KindGlyph } from "./KindGlyph.tsx";
import { lazyPart } from "./lazyPart.ts";
import "./TimelineMarks.css";

const AltDateGhosts = lazyPart(() => import("./AltDateGhosts.tsx"));

interface TimelineMarksProps {
  layout: TimelineLayout;
  /** Current pixels per layout pixel (zoom within a layout level). */
  stretch: number;
  visible: VisibleItems;
  /** Layout pixels scrolled off to the left. */
  offset: number;
  /** Where the lanes start, below the callout band. */
  top: number;
  width: number;
  claim: string | null;
  selectedId: string | null;
  tabStop: string | null;
  /** Where the tab stop's event is laid out, in view or not, and its position in the layout. */
  stopPlace: Place;
  stopIndex: number | undefined;
  onActivate: (id: string) => void;
  onZoomInto: (x0: number, x1: number) => void;
  /** Whether zooming in can still pull a group's members apart. */
  canZoom: (members: readonly number[]) => boolean;
  /** The short title a label shows. */
  titleOf: (event: TimelineEvent) => string;
  /** A label character's measured advance (useLabelMeasure). */
  charPx: number;
}

export function TimelineMarks(props: TimelineMarksProps) {
  const { t, count } = useI18n();
  const { layout, visible, offset, top, width, claim, selectedId, tabStop, stopPlace } = props;
  // The tab stop must exist even when its event sits in a cluster or out of view.
  const stopShown = visible.marks.some((m) => m.primary && m.event.id === tabStop);
  const { stopIndex } = props;
  // The selected event in a cluster is drawn pinned over it (see pinnedMark).
  const pinned =
    stopPlace !== null &&
    "cluster" in stopPlace &&
    tabStop === selectedId &&
    stopIndex !== undefined
      ? pinnedMark(layout, stopIndex)
      : undefined;
  const laidStop =
    stopShown || stopPlace === null ? undefined : "mark" in stopPlace ? stopPlace.mark : pinned;
  const stopMark =
    laidStop && stretchVisible({ marks: [laidStop], clusters: [] }, props.stretch).marks[0];
  const stopCluster = stopPlace !== null && "cluster" in stopPlace ? stopPlace.cluster : undefined;
  const drawn = drawnWindow(offset, width);
  const selectedAlts = visible.marks.filter(
    (mark) => mark.event.id === selectedId && mark.alts.length > 0,
  );
  // The group opened as a list; it closes by itself when zooming dissolves it.
  const [openCluster, setOpenCluster] = useState<string | null>(null);
  // New and updated since the reader's last visit: none until the note has looked.
  const news = useTimeline((s) => s.news);
  // What each row holds, marks first: where a label cut by the trailing edge can go instead.
  // A mark with no label keeps the gap a label would start after: no less than it covers.
  const rows = [
    ...visible.marks.map((mark) => ({
      y: mark.y,
      x0: hitExtent(mark.geometry).left,
      x1: labelLeft(mark.geometry) + mark.labelPx,
    })),
    ...visible.clusters,
  ];

  return (
    <div className="marks-layer" style={{ top }}>
      <svg
        className="lanes-svg"
        width={width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
      >
        {layout.lanes.map((lane, i) => (
          <rect
            key={lane.key}
            className={i % 2 === 0 ? "lane-band" : "lane-band lane-band-alt"}
            x={0}
            y={lane.y}
            width={width}
            height={lane.height}
          />
        ))}
        <g transform={`translate(${-offset} 0)`}>
          {/* Other dates are drawn for the selected event only: drawn for all, their rings
              landed on neighbours' labels. The label's date says "disputed" for the rest. */}
          {selectedAlts.length > 0 && (
            <Suspense>
              <AltDateGhosts marks={selectedAlts} drawn={drawn} />
            </Suspense>
          )}
        </g>
      </svg>
      {layout.lanes.map((lane) => (
        <span key={lane.key} className="lane-label" style={{ top: lane.y + 1 }} aria-hidden="true">
          {lane.label}
        </span>
      ))}
      <ul
        className="marks-list"
        aria-label={t("marks.list")}
        style={{ transform: `translateX(${-offset}px)` }}
      >
        {visible.marks.map((mark, i) => (
          <Mark
            key={`${mark.laneKey}:${mark.event.id}`}
            mark={mark}
            free={() => freeBefore(rows, i)}
            claim={claim}
            selected={mark.event.id === selectedId}
            tabStop={tabStop}
            drawn={drawn}
            charPx={props.charPx}
            onActivate={props.onActivate}
            titleOf={props.titleOf}
            fresh={newsOf(news, mark.event.id)}
          />
        ))}
        {stopMark !== undefined && (
          <Mark
            pinned={stopMark.event.id === pinned?.event.id}
            mark={stopMark}
            claim={claim}
            selected={stopMark.event.id === selectedId}
            tabStop={tabStop}
            drawn={drawn}
            charPx={props.charPx}
            onActivate={props.onActivate}
            titleOf={props.titleOf}
            fresh={newsOf(news, stopMark.event.id)}
          />
        )}
        {visible.clusters.map((cluster) => (
          <ClusterMark
            key={cluster.key}
            cluster={cluster}
            drawn={drawn}
            first={layout.events[cluster.members[0] ?? -1]}
            holdsSelected={cluster.key === stopCluster?.key && tabStop === selectedId}
            holdsStop={cluster.key === stopCluster?.key && tabStop !== selectedId}
            titleOf={props.titleOf}
            open={cluster.key === openCluster}
            onOpen={(open) => setOpenCluster(open ? cluster.key : null)}
            events={layout.events}
            canZoom={props.canZoom}
            onZoomInto={props.onZoomInto}
            onActivate={props.onActivate}
            fresh={
              news &&
              newsOfGroup(
                news,
                cluster.members.map((index) => layout.events[index]?.id ?? ""),
              )
            }
          />
        ))}
      </ul>
      {stopCluster !== undefined && tabStop !== null && (
        <span className="visually-hidden" role="status">
          {count("count.selectedInGroup", stopCluster.members.length)}
        </span>
      )}
    </div>
  );
}

function Mark({
  mark,
  claim,
  selected,
  tabStop,
  drawn,
  charPx,
  onActivate,
  titleOf,
  pinned = false,
  fresh,
  free = () => 0,
}: {
  pinned?: boolean;
  /** The room its row leaves free before it (freeBefore); none for a mark pinned over a group. */
  free?: () => number;
  /** New or updated since the reader's last visit. */
  fresh: NewsKind | null;
  mark: LaidOutMark;
  claim: string | null;
  selected: boolean;
  tabStop: string | null;
  drawn: DrawnWindow;
  charPx: number;
  onActivate: (id: string) => void;
  titleOf: (event: TimelineEvent) => string;
}) {
  const { t, dates } = useI18n();
  const { event } = mark;
  // A span is cut to the drawn window: its off-screen part would cost raster time only.
  const geometry =
    mark.geometry.shape === "span"
      ? { ...mark.geometry, ...clipExtent(mark.geometry.x0, mark.geometry.x1, drawn.lo, drawn.hi) }
      : mark.geometry;
  const stance = stanceOn(event, claim);
  const isPoint = geometry.shape === "point";
  const { left: markLeft, width: hitWidth } = hitExtent(geometry);
  // The label is part of the button: a bigger target, and its text is the start of the
  // button's name (WCAG 2.5.3). Its room was kept free by the layout, measured from the
  // unclipped geometry; the view's edges can still cut into it, and then it may go before
  // the mark (labelInView.ts).
  const dateText = dates.short(event.date);
  const place = placeLabel(
    labelLeft(mark.geometry),
    mark.labelPx,
    { left: markLeft, right: markLeft + hitWidth },
    free,
    drawn,
    dateText.length,
    charPx,
  );
  const labelled = place.width > 0;
  const left = labelled && place.before ? place.start : markLeft;
  const right = labelled && !place.before ? place.start + place.width : markLeft + hitWidth;
  const style: CSSProperties = {
    left,
    top: mark.y + MARK_TOP_PX,
    width: right - left,
  };
  const short = titleOf(event);
  const classes = [
    "mark",
    `mark-${geometry.shape}`,
    `stance-${stance ?? "none"}`,
    selected ? "mark-selected" : "",
    labelled ? "mark-labelled" : "",
    pinned ? "mark-pinned" : "",
    event.tags.includes("key") ? "mark-key" : "",
    fresh === null ? "" : `mark-${fresh}`,
  ].join(" ");
  // The button's name, sentence by sentence: "13 Feb Soho dinner. Dinner in Soho. 13 Feb
  // 2025. Sighting, supports the claim."
  const kind = t(`kind.${event.kind}`);
  const label = [
    labelled
      ? t("marks.labelled", { date: dateText, title: short })
      : t("marks.title", { title: event.title }),
    short === event.title ? null : t("marks.title", { title: event.title }),
    t("marks.date", { date: dates.long(event.date) }),
    event.altDates.length > 0 ? t("dates.disputedSentence") : null,
    stance
      ? t("marks.kindStance", { kind, stance: t(`stancePhrase.${stance}`) })
      : t("marks.kind", { kind }),
    fresh === null ? null : t(fresh === "new" ? "news.markNew" : "news.markUpdated"),
  ]
    .filter((sentence) => sentence !== null)
    .join(" ");

  return (
    <li className="mark-item">
      <button
        type="button"
        className={classes}
        style={style}
        data-event-id={event.id}
        data-primary={mark.primary ? "" : undefined}
        tabIndex={mark.primary && event.id === tabStop ? 0 : -1}
        aria-hidden={mark.primary ? undefined : true}
        aria-pressed={selected}
        aria-label={label}
        title={t("marks.tooltip", { title: event.title, date: dateText })}
        onClick={() => onActivate(event.id)}
      >
        {!isPoint && <SpanBar geometry={geometry} left={left} />}
        <span
          className="mark-glyph"
          style={{ left: markCentre(geometry) - left - MARK_SIZE_PX / 2 }}
          aria-hidden="true"
        >
          <KindGlyph kind={event.kind} stance={stance} size={16} />
        </span>
        {labelled && (
          <span
            className={place.before ? "mark-label mark-label-before" : "mark-label"}
            style={{ left: place.start - left, width: place.width }}
            aria-hidden="true"
          >
            <span
              className={
                event.altDates.length > 0 ? "mark-label-date date-disputed" : "mark-label-date"
              }
            >
              {dateText}
            </span>{" "}
            <span className="mark-label-title">{short}</span>
          </span>
        )}
      </button>
    </li>
  );
}

/** The pixels a mark's button covers without its label: a point as wide as its glyph. */
function hitExtent(geometry: MarkGeometry): { left: number; width: number } {
  const width = Math.max(MARK_SIZE_PX, geometry.x1 - geometry.x0);
  const left =
    geometry.shape === "point"
      ? geometry.x0 - MARK_SIZE_PX / 2
      : Math.min(geometry.x0, markCentre(geometry) - width / 2);
  return { left, width };
}

/** The honest extent of a date: soft ends for "~", dashed for "?", fading for "..". */
export function SpanBar({ geometry, left }: { geometry: MarkGeometry; left: number }) {
  const classes = [
    "span-bar",
    geometry.softStart ? "soft-start" : "",
    geometry.softEnd ? "soft-end" : "",
    geometry.dashed ? "dashed" : "",
    geometry.fadeStart ? "fade-start" : "",
    geometry.fadeEnd ? "fade-end" : "",
  ].join(" ");
  return (
    <span
      className={classes}
      style={{ left: geometry.x0 - left, width: Math.max(2, geometry.x1 - geometry.x0) }}
      aria-hidden="true"
    />
  );
}
