import {
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { lazyPart } from "./lazyPart.ts";
import { useElementWidth } from "../hooks/useElementWidth.ts";
import { useLabelMeasure } from "../hooks/useLabelMeasure.ts";
import { useSettledValue } from "../hooks/useSettledValue.ts";
import { useTimelineGestures } from "../hooks/useTimelineGestures.ts";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useTimeline, useTimelineStoreApi } from "../store/TimelineStoreContext.tsx";
import { useI18n } from "../i18n/I18nContext.ts";
import { assignLanes } from "../timeline/lanes.ts";
import { placeOf, stretchVisible, visibleItems } from "../timeline/layoutItems.ts";
import { layoutTimeline, snappedSpan } from "../timeline/layoutTimeline.ts";
import { LABELLED_ROW_PX, labelWidths } from "../timeline/markLabel.ts";
import { dateCharsOf } from "../timeline/dateChars.ts";
import { shortTitle } from "../timeline/shortTitle.ts";
import { colourClaim } from "../timeline/stanceOf.ts";
import type { TimelineEvent } from "../data/model.ts";
import { timeStep } from "../timeline/readingDirection.ts";
import { timeScaleAt } from "../timeline/timeScale.ts";
import { scrollToReveal } from "../timeline/scrollToReveal.ts";
import { fitDomain, MIN_SPAN_MS } from "../timeline/viewport.ts";
import { calloutBandPx } from "../timeline/calloutBand.ts";
import { TimelineMarks } from "./TimelineMarks.tsx";
import { withText } from "../i18n/withText.ts";
import "./TimelineView.css";

const ZOOM_STEP = 1.5;
/** Up to this many events a layout takes a few milliseconds: redo it on every zoom frame. */
const RELAYOUT_IMMEDIATELY_UP_TO = 2_000;
const RELAYOUT_DELAY_MS = 160;
// Loaded after the plot's first paint: the silences named under the axis.
const GapLabels = lazyPart(withText(() => import("./GapLabels.tsx")));
// Under the plot, loaded after its first paint: the story comes first, and the key to its
// marks is there to read once the reader looks for it.
const TimelineLegend = lazyPart(withText(() => import("./TimelineLegend.tsx")));
// Only datasets with periods (eras) load their bands.
const PeriodBands = lazyPart(withText(() => import("./PeriodBands.tsx")));
// Not needed for the plot's first paint, loaded after it (first-load budget): the claim
// tracks below the plot, and the callouts, whose room (calloutBandPx) is kept from the start.
const TimelineCallouts = lazyPart(withText(() => import("./TimelineCallouts.tsx")));
const ClaimTracks = lazyPart(withText(() => import("./ClaimTracks.tsx")));
/**
 * The date axis, with d3-time, which picks its ticks: out of the first load (budget), but
 * loaded beside the dataset where the page opens on the plot (preloadFirstView), so that
 * it is drawn with the plot. Until then its room is kept (TimelineAxis.css is global).
 */
export const TimelineAxis = lazyPart(() => import("./TimelineAxis.tsx"));
/** Rows per lane: with labels, a lane needs more of them before marks must be clustered. */
const LABELLED_ROWS = 4;
/** A label's title: the event's `short`, or its title cut at a word. */
const labelTitle = (event: TimelineEvent) => shortTitle(event);

/**
 * Scrolls the page, minimally, to show a mark the keyboard moved to below the fold. Not in
 * a page that does not scroll (the bounded embed keeps its marks in view itself).
 */
function revealOnPage(element: HTMLElement): void {
  const root = document.scrollingElement;
  if (root === null || getComputedStyle(root).overflowY === "hidden") return;
  const box = element.getBoundingClientRect();
  const delta = scrollToReveal(box.top, box.bottom, window.innerHeight);
  if (delta !== 0) window.scrollBy({ top: delta, behavior: "instant" });
}

/**
 * The D3-scaled timeline: lanes of marks, callouts above, axis and claim tracks below.
 * `onDrawn` is called once the plot has been measured and drawn at its width.
 */
export function TimelineView({ onDrawn }: { onDrawn?: () => void }) {
  const tr = useI18n();
  const { t, count, dates } = tr;
  const store = useTimelineStoreApi();
  const dataset = useTimeline((s) => s.dataset);
  const lanesMode = useTimeline((s) => s.lanes);
  const filterClaim = useTimeline((s) => s.filters.claim);
  const domain = useTimeline((s) => s.domain);
  const selectedId = useTimeline((s) => s.selectedId);
  const events = useFilteredEvents();

  const plotRef = useRef<HTMLDivElement>(null);
  const measuredWidth = useElementWidth(plotRef);
  const width = measuredWidth ?? 0;
  const measured = measuredWidth !== null;
  useTimelineGestures(plotRef, store, width, tr.dir);
  // Before the first paint: the opening view keeps room for the last label at this width.
  useLayoutEffect(() => {
    if (measuredWidth !== null && measuredWidth > 0) store.getState().setPlotWidth(measuredWidth);
  }, [measuredWidth, store]);
  useEffect(() => {
    if (measured) onDrawn?.();
  }, [measured, onDrawn]);

  const lanes = useMemo(
    () => assignLanes(events, lanesMode, dataset, tr),
    [events, lanesMode, dataset, tr],
  );
  // A fixed origin makes layout independent of panning: only zoom and width lay out again.
  const origin = useMemo(() => fitDomain(dataset.events)[0], [dataset]);
  // Layout is memoized per zoom level; between levels positions are only stretched. For big
  // datasets a new level is laid out only once a zoom gesture pauses.
  const layoutSpan = useSettledValue(
    snappedSpan(domain[1] - domain[0]),
    events.length > RELAYOUT_IMMEDIATELY_UP_TO ? RELAYOUT_DELAY_MS : 0,
  );
  const { charPx, width: axisLabelPx } = useLabelMeasure();
  const bandPx = useMemo(
    () => calloutBandPx(dataset.events, dataset, charPx, tr),
    [dataset, charPx, tr],
  );
  const labelPx = useMemo(
    () => labelWidths(events, labelTitle, dateCharsOf(dates), charPx),
    [events, dates, charPx],
  );
  // Nothing to lay out before the plot has been measured (the first render, before paint).
  const layout = useMemo(
    () =>
      width > 0
        ? layoutTimeline({
            events,
            lanes,
            spanMs: layoutSpan,
            widthPx: width,
            origin,
            labelPx,
            maxRows: LABELLED_ROWS,
            rowHeightPx: LABELLED_ROW_PX,
          })
        : layoutTimeline({ events: [], lanes: [], spanMs: layoutSpan, widthPx: 1, origin }),
    [events, lanes, layoutSpan, width, origin, labelPx],
  );
  const stretch = layoutSpan / (domain[1] - domain[0]);
  // Where marks are drawn: layout x stretched to the view's zoom; `offset` is the view's left.
  const drawn = timeScaleAt(origin, layout.pxPerMs * stretch);
  const offset = drawn(domain[0]);
  const layoutLeft = offset / stretch;
  const visible = stretchVisible(
    visibleItems(layout, layoutLeft, layoutLeft + width / stretch),
    stretch,
  );
  const claim = colourClaim(dataset, lanesMode, filterClaim);

  // The roving tab stop: the selected event, else the mark last focused, else the first
  // one in view. It stays rendered (and focusable) even when zoomed or panned out of view.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const indexOf = useMemo(() => new Map(events.map((event, i) => [event.id, i])), [events]);
  const shown = (id: string | null) => id !== null && indexOf.has(id);
  const tabStop = shown(selectedId)
    ? selectedId
    : shown(focusedId)
      ? focusedId
      : (visible.marks.find((m) => m.primary)?.event.id ?? events[0]?.id ?? null);
  const stopIndex = tabStop === null ? undefined : indexOf.get(tabStop);
  const stopPlace = stopIndex === undefined ? null : placeOf(layout, stopIndex);
  // The selected event is always in view as its own mark: when it sits in a cluster at this
  // zoom (Next, a deep link, a filter), zoom in around it until it stands alone, one zoom
  // level per layout, down to the finest span.
  const selectedInCluster =
    selectedId !== null &&
    selectedId === tabStop &&
    stopPlace !== null &&
    "cluster" in stopPlace &&
    measured;
  useEffect(() => {
    if (!selectedInCluster || stopIndex === undefined) return;
    const event = events[stopIndex];
    if (event === undefined) return;
    const [t0, t1] = store.getState().domain;
    // Zooming in cannot pull apart what an event's own extent overlaps (a month among its
    // days): stop once the event covers a quarter of the view; its cluster is highlighted.
    const extent = event.date.end - event.date.start;
    if (t1 - t0 <= MIN_SPAN_MS * ZOOM_STEP || extent * 4 >= t1 - t0) return;
    store.getState().zoom(ZOOM_STEP, (event.date.start + event.date.end) / 2);
  }, [selectedInCluster, stopIndex, events, store, layout]);

  // Set by keyboard moves; the mark is focused once the move has been rendered.
  const focusRequest = useRef<string | null>(null);
  // Whether the keyboard is in the plot. A redraw can remove the focused element (a mark
  // pinned over its group gives way to the mark itself once zooming has pulled it out);
  // focus would fall to the page, and the reader would lose their place.
  const focusInPlot = useRef(false);

  useLayoutEffect(() => {
    const active = document.activeElement;
    const dropped = focusInPlot.current && (active === null || active === document.body);
    const id = focusRequest.current ?? (dropped ? tabStop : null);
    if (id === null) return;
    focusRequest.current = null;
    // The event's own mark, else the group that now holds it (zooming out merged it).
    const plot = plotRef.current;
    const target =
      plot?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"][data-primary]`) ??
      plot?.querySelector<HTMLElement>(".cluster[data-stop]");
    if (target === null || target === undefined) return;
    target.focus({ preventScroll: true });
    revealOnPage(target);
  });

  const moveTo = (id: string | undefined) => {
    if (id === undefined) return;
    store.getState().select(id, { reveal: true });
    focusRequest.current = id;
  };

  /** Keyboard zoom keeps the focused event in place, so focus never falls off the page. */
  const zoomAroundStop = (factor: number) => {
    const event = stopIndex === undefined ? undefined : events[stopIndex];
    store
      .getState()
      .zoom(factor, event === undefined ? undefined : (event.date.start + event.date.end) / 2);
    if (event !== undefined) focusRequest.current = event.id;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = stopIndex ?? -1;
    // To the visually adjacent mark: time runs right to left in a right-to-left interface.
    const stepBy = (visual: -1 | 1) => {
      const to = current + timeStep(visual, tr.dir);
      moveTo(events[Math.min(Math.max(to, 0), events.length - 1)]?.id);
    };
    const handled = new Map<string, () => void>([
      ["ArrowRight", () => stepBy(1)],
      ["ArrowLeft", () => stepBy(-1)],
      ["Home", () => moveTo(events[0]?.id)],
      ["End", () => moveTo(events.at(-1)?.id)],
      ["+", () => zoomAroundStop(ZOOM_STEP)],
      ["=", () => zoomAroundStop(ZOOM_STEP)],
      ["-", () => zoomAroundStop(1 / ZOOM_STEP)],
      ["Escape", () => store.getState().closeDetail()],
    ]).get(event.key);
    if (handled === undefined) return;
    event.preventDefault();
    handled();
  };

  /** Zooming in pulls a group apart unless at the finest zoom or all start together. */
  const canZoom = (members: readonly number[]) => {
    const [t0, t1] = store.getState().domain;
    if (t1 - t0 <= MIN_SPAN_MS * ZOOM_STEP) return false;
    const start = events[members[0] ?? -1]?.date.start;
    return members.some((index) => events[index]?.date.start !== start);
  };

  const first = events[0];
  const last = events.at(-1);
  const description =
    first && last
      ? count("count.timeline", events.length, {
          first: dates.long(first.date),
          last: dates.long(last.date),
        })
      : t("timeline.noEvents");

  return (
    <div className="timeline-view">
      <div
        className="timeline-plot"
        ref={plotRef}
        role="group"
        aria-label={description}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          focusInPlot.current = true;
          const id = event.target.getAttribute("data-event-id");
          if (id !== null && event.target.hasAttribute("data-primary")) setFocusedId(id);
        }}
        onBlur={(event) => {
          const left = event.target;
          const to = event.relatedTarget;
          if (to !== null) {
            if (!plotRef.current?.contains(to)) focusInPlot.current = false;
            return;
          }
          // Nowhere: the reader left (the element is still there), or a redraw removed it.
          requestAnimationFrame(() => {
            if (left.isConnected) focusInPlot.current = false;
          });
        }}
        style={{ height: bandPx + layout.height }}
      >
        {width > 0 && (
          <>
            {dataset.periods.length > 0 && (
              <Suspense>
                <PeriodBands
                  periods={dataset.periods}
                  domain={domain}
                  width={width}
                  variant="bands"
                />
              </Suspense>
            )}
            <Suspense>
              <TimelineCallouts
                marks={visible.marks}
                offset={offset}
                width={width}
                bandHeight={bandPx}
                selectedId={selectedId}
                charPx={charPx}
                titleOf={labelTitle}
              />
            </Suspense>
            <TimelineMarks
              layout={layout}
              stretch={stretch}
              visible={visible}
              offset={offset}
              top={bandPx}
              width={width}
              claim={claim}
              selectedId={selectedId}
              titleOf={labelTitle}
              charPx={charPx}
              tabStop={tabStop}
              stopPlace={stopPlace}
              stopIndex={stopIndex}
              onActivate={(id) => {
                store.getState().select(id, { open: true });
              }}
              canZoom={canZoom}
              onZoomInto={(x0, x1) => {
                const t0 = drawn.invert(x0);
                const t1 = drawn.invert(x1);
                const pad = (t1 - t0) * 0.25 + 3_600_000;
                store.getState().setDomain([t0 - pad, t1 + pad]);
              }}
            />
          </>
        )}
        {events.length === 0 && <p className="timeline-empty">{t("timeline.noMatches")}</p>}
      </div>
      <Suspense fallback={<div className="timeline-axis" />}>
        <TimelineAxis domain={domain} width={width} labelPx={axisLabelPx} />
      </Suspense>
      {dataset.periods.length > 0 && (
        <Suspense>
          <PeriodBands periods={dataset.periods} domain={domain} width={width} variant="strip" />
        </Suspense>
      )}
      <Suspense>
        <GapLabels events={events} domain={domain} width={width} charPx={charPx} />
      </Suspense>
      <Suspense>
        <ClaimTracks domain={domain} width={width} events={events} />
      </Suspense>
      <Suspense>
        <TimelineLegend
          claimText={claim === null ? null : (dataset.claimsById.get(claim)?.text ?? null)}
        />
      </Suspense>
    </div>
  );
}
