// embed.html's story box, loaded after the page's first draw (first-load budget): the
// title and the claims' status chips, the labelled timeline (or, in a column narrower than
// about 480 px, a compact overview strip), one readable event card with Previous / Next, and
// a link to the full timeline. In a bounded frame (`?height=`) it fills the frame exactly and
// only the card's own text may scroll; readers get no settings, only what the journalist
// chose in the snippet (and one search field if `data-controls="search"`).
import { LanguageScope } from "../i18n/LanguageScope.tsx";
import { useInterfaceLanguage } from "../store/useInterfaceLanguage.ts";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import type { Dataset } from "../data/model.ts";
import { useMediaQuery } from "../hooks/useMediaQuery.ts";
import { useStepKeys } from "../hooks/useStepKeys.ts";
import { useSwipeStep } from "../hooks/useSwipeStep.ts";
import {
  TimelineStoreProvider,
  useTimeline,
  useTimelineStoreApi,
} from "../store/TimelineStoreContext.tsx";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useStoryStep } from "../store/useStoryStep.ts";
import { useThemeEffect } from "../store/useThemeEffect.ts";
import { knownFromDataset, parseUrlState } from "../store/urlState.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { hasSearchTerm } from "../timeline/filters.ts";
import { fractionInTime, nearestIndex, stripKeyTarget } from "../timeline/overviewStrip.ts";
import { ClaimsOverview } from "../components/ClaimsOverview.tsx";
import { DatasetHeader, DatasetMeta } from "../components/DatasetHeader.tsx";
import { DetailPanel } from "../components/DetailPanel.tsx";
import { EmbedLink } from "../components/EmbedLink.tsx";
import { ErrorBoundary } from "../components/ErrorBoundary.tsx";
import { createReadyGate } from "../components/readyGate.ts";
import { TimelineAxis, TimelineView } from "../components/TimelineView.tsx";
import { BoxFilters } from "./BoxFilters.tsx";
import { EmbedCard } from "./EmbedCard.tsx";
import type { Messenger } from "./messenger.ts";

/** The box's own width decides (the frame's viewport is the article column). */
export const NARROW_BOX_QUERY = "(max-width: 479px)";

// A wide box draws the plot: its axis downloads now, beside the dataset, not once the plot
// asks for it, so that it is there when the plot first draws.
if (!window.matchMedia(NARROW_BOX_QUERY).matches)
  void TimelineAxis.preload().catch(() => undefined);

interface EmbedStoryProps {
  dataset: Dataset;
  foreignHost: string | null;
  messenger: Pick<Messenger, "selected">;
  /** `data-controls="search"`: one search field for readers. */
  search: boolean;
  /** A frame of the journalist's height (`?height=`): the compact card, scrolling alone. */
  bounded: boolean;
}

export function EmbedStory({ dataset, ...box }: EmbedStoryProps) {
  const { state, warnings } = useMemo(
    () => parseUrlState(window.location.search, knownFromDataset(dataset)),
    [dataset],
  );
  return (
    <TimelineStoreProvider dataset={dataset} initial={state} warnings={warnings}>
      <StoryInLanguage {...box} />
    </TimelineStoreProvider>
  );
}

/** The box in the language its snippet's `data-lang` (or the reader's browser) asked for. */
function StoryInLanguage(box: Omit<EmbedStoryProps, "dataset">) {
  const language = useInterfaceLanguage();
  return (
    <LanguageScope language={language}>
      <StoryBox {...box} />
    </LanguageScope>
  );
}

const KEEP_CARD = (): void => undefined;

function StoryBox({ foreignHost, messenger, search, bounded }: Omit<EmbedStoryProps, "dataset">) {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  const dataset = useTimeline((s) => s.dataset);
  const selectedId = useTimeline((s) => s.selectedId);
  const detailOpen = useTimeline((s) => s.detailOpen);
  const query = useTimeline((s) => s.filters.query);
  const narrow = useMediaQuery(NARROW_BOX_QUERY);
  const events = useFilteredEvents();
  const story = useStoryStep();
  const stepFocus = useRef<-1 | 1 | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const [gate] = useState(createReadyGate);
  // The plot draws its marks after measuring its width: the window finds the card's mark then.
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    gate.plotDrawn();
    setDrawn(true);
  }, [gate]);
  useStepKeys(story.step);
  useThemeEffect();

  // The box always shows one card: the chosen event, else the first event shown. Set
  // without `detailRequested`, so that opening the box never takes the article's focus.
  useLayoutEffect(() => {
    const state = store.getState();
    const shown = events.some((event) => event.id === state.selectedId);
    if (shown && state.detailOpen) return;
    if (!shown) {
      const first = events[0];
      if (first === undefined) return;
      // The opening view already shows the first event: moving it would only lose the
      // room kept for its labels. After a search it may be out of view; then it is shown.
      const [d0, d1] = state.domain;
      const inView = first.date.start >= d0 && first.date.end <= d1;
      state.select(first.id, { reveal: !inView });
    }
    store.setState({ detailOpen: true });
  }, [events, store, selectedId, detailOpen]);

  // Ready once the card is in and, on a wide box, the plot has drawn.
  useEffect(() => {
    gate.viewCommitted(!narrow, () => rootRef.current?.setAttribute("data-timeline-ready", ""));
  }, [gate, narrow]);

  return (
    <div
      className={narrow ? "timeline-root embed-story embed-narrow" : "timeline-root embed-story"}
      ref={rootRef}
    >
      {foreignHost !== null && (
        <p className="foreign-note">
          <Template
            text={t("page.foreignDataset")}
            values={{ host: <strong>{foreignHost}</strong> }}
          />
        </p>
      )}
      <ErrorBoundary part="title">
        <DatasetHeader dataset={dataset} compact meta={!bounded} />
      </ErrorBoundary>
      <ErrorBoundary part="claims">
        <ClaimsOverview />
      </ErrorBoundary>
      {search && <EmbedSearch />}
      <BoxFilters searchField={search} shown={events.length} />
      {narrow ? (
        <OverviewStrip onStep={story.step} />
      ) : (
        <PlotWindow drawn={drawn}>
          <ErrorBoundary part="timeline" onError={gate.plotDrawn}>
            <TimelineView onDrawn={onDrawn} />
          </ErrorBoundary>
        </PlotWindow>
      )}
      <div className="embed-card" ref={cardRef}>
        {events.length === 0 ? (
          <p className="embed-empty">
            {t(hasSearchTerm(query) ? "embed.noMatches" : "timeline.noMatches")}
          </p>
        ) : bounded ? (
          <EmbedCard story={story} scrollRef={cardRef} />
        ) : (
          detailOpen && (
            <ErrorBoundary part="details" key={selectedId}>
              <DetailPanel onClose={KEEP_CARD} story={story} stepFocusRef={stepFocus} />
            </ErrorBoundary>
          )
        )}
      </div>
      <div className="embed-foot">
        {bounded && <DatasetMeta dataset={dataset} />}
        <EmbedLink messenger={messenger} />
      </div>
    </div>
  );
}

/**
 * The full page's labelled plot, seen through a window a few rows tall (embed.css clips the
 * plot to it and leaves out the legend, the callouts and the claim tracks, which the card
 * and the chips say in words). The window follows the card's event: its lane is brought to
 * the middle as the domain glides to centre it. Positioned by script, never by the reader:
 * a plain wheel over it still scrolls the article.
 */
function PlotWindow({ drawn, children }: { drawn: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  /** How far the marks are moved up, in CSS pixels (a transform: the plot never scrolls). */
  const shift = useRef(0);
  const selectedId = useTimeline((s) => s.selectedId);
  const domain = useTimeline((s) => s.domain);
  const place = useCallback(() => {
    const frame = ref.current;
    const plot = frame?.querySelector<HTMLElement>(".timeline-plot");
    if (frame === null || plot === null || plot === undefined) return;
    const next = windowShift(plot, selectedId, shift.current);
    if (next === shift.current) return;
    shift.current = next;
    frame.style.setProperty("--embed-shift", `${-next}px`);
    // Rows cut at the top fade too once the marks have moved up (embed.css).
    frame.toggleAttribute("data-shifted", next > 0);
  }, [selectedId]);
  useLayoutEffect(place, [place, domain, drawn]);
  // The plot lays its labels out again as fonts load and as the box narrows, without a new
  // selection or domain: follow its marks whenever they move.
  useEffect(() => {
    const plot = ref.current?.querySelector(".timeline-plot");
    if (plot === null || plot === undefined) return;
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    });
    observer.observe(plot, { subtree: true, childList: true, attributes: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [place, drawn]);
  return (
    <div className="embed-plot" ref={ref}>
      {children}
    </div>
  );
}

/** The shift that puts the selected event's mark mid-window, never above the first lane. */
function windowShift(plot: HTMLElement, selectedId: string | null, current: number): number {
  const marks = plot.querySelectorAll<HTMLElement>("[data-event-id][data-primary]");
  if (marks.length === 0) return current;
  const origin = plot.getBoundingClientRect().top - current;
  let first = Infinity;
  let target: HTMLElement | null = null;
  for (const mark of marks) {
    first = Math.min(first, mark.getBoundingClientRect().top - origin);
    if (mark.getAttribute("data-event-id") === selectedId) target = mark;
  }
  // Above the first lane is the callouts' band, left out here; keep its lane label in view.
  const top = Math.max(first - LANE_LABEL_PX, 0);
  if (target === null) return Math.max(current, top);
  const box = target.getBoundingClientRect();
  return Math.round(Math.max(top, box.top - origin + box.height / 2 - plot.clientHeight / 2));
}

/** Room kept above the first lane's marks for its name. */
const LANE_LABEL_PX = 22;

/** `data-controls="search"`: the one control a journalist may give readers. */
function EmbedSearch() {
  const { t } = useI18n();
  const query = useTimeline((s) => s.filters.query);
  const setFilters = useTimeline((s) => s.setFilters);
  return (
    <div className="embed-search" role="search" aria-label={t("search.label")}>
      <label className="search">
        <span className="visually-hidden">{t("search.label")}</span>
        <input
          type="search"
          placeholder={t("search.placeholder")}
          value={query}
          onChange={(e) => setFilters({ query: e.target.value })}
        />
      </label>
    </div>
  );
}

/**
 * Narrow boxes: every event shown as a tick on one line from the first date to the last,
 * the card's event marked, so a reader stepping through cards sees where they are in the
 * story. It is a slider: a tap picks the nearest event, the arrow keys step, Home and End
 * jump, and a screen reader hears "3 of 29: 14 Feb 2025, Helicopter ride over London".
 * A swipe over it steps like one over the card.
 */
function OverviewStrip({ onStep }: { onStep: (direction: -1 | 1) => void }) {
  const { t, number, dates, dir } = useI18n();
  const store = useTimelineStoreApi();
  const events = useFilteredEvents();
  const selectedId = useTimeline((s) => s.selectedId);
  const ref = useRef<HTMLDivElement>(null);
  const tapStart = useRef(0);
  useSwipeStep(ref, onStep);
  const first = events[0];
  const last = events[events.length - 1];
  if (first === undefined || last === undefined) return null;
  const t0 = first.date.start;
  const span = Math.max(last.date.start - t0, 1);
  const at = (event: { date: { start: number } }) => (event.date.start - t0) / span;
  const index = events.findIndex((event) => event.id === selectedId);
  const current = events[index];
  const open = (id: string | undefined) => {
    if (id !== undefined) store.getState().select(id, { open: true, reveal: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = stripKeyTarget(event.key, index, events.length, dir);
    if (target === null) return;
    event.preventDefault();
    open(events[target]?.id);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    // A swipe steps (useSwipeStep); only a tap picks by place.
    if (event.pointerType === "touch" && Math.abs(event.clientX - tapStart.current) > 10) return;
    const box = event.currentTarget.getBoundingClientRect();
    const fractions = events.map(at);
    const fromLeft = (event.clientX - box.left) / box.width;
    open(events[nearestIndex(fractions, fractionInTime(fromLeft, dir))]?.id);
  };
  return (
    <div className="embed-strip" ref={ref}>
      <div
        className="embed-strip-line"
        role="slider"
        tabIndex={0}
        aria-label={t("embed.strip")}
        aria-valuemin={1}
        aria-valuemax={events.length}
        aria-valuenow={index + 1}
        aria-valuetext={
          current === undefined
            ? undefined
            : t("embed.stripPosition", {
                index: number(index + 1),
                total: number(events.length),
                date: dates.long(current.date),
                title: current.title,
              })
        }
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          tapStart.current = event.clientX;
        }}
        onPointerUp={onPointerUp}
      >
        {events.map((event) => (
          <span
            key={event.id}
            className={event.id === selectedId ? "embed-tick embed-tick-current" : "embed-tick"}
            style={{ insetInlineStart: `${at(event) * 100}%` }}
          />
        ))}
      </div>
      <p className="embed-strip-ends" aria-hidden="true">
        <span>{dates.long(first.date)}</span>
        <span>{dates.long(last.date)}</span>
      </p>
    </div>
  );
}
