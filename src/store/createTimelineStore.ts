// One store per mounted timeline (never a module singleton): two embeds on one page keep
// their own selection, filters and view.
import { createStore } from "zustand/vanilla";
import type { Dataset } from "../data/model.ts";
import { EMPTY_FILTERS, isFiltered, type Filters } from "../timeline/filters.ts";
import { filterEngineFor, loadFilterEngine, type FilterEngine } from "./filterEngine.ts";
import type { LaneMode } from "../timeline/lanes.ts";
import {
  fitDomain,
  keepOnData,
  labelRoomRatio,
  labelRoomShare,
  MIN_SPAN_MS,
  panDomain,
  revealDomain,
  zoomDomain,
} from "../timeline/viewport.ts";
import { REDUCED_MOTION_QUERY } from "../hooks/useMediaQuery.ts";
import { tweenDomain } from "../timeline/domainTween.ts";
import type { Language } from "../i18n/languages.ts";
import type { Theme, UrlState, UrlWarning, ViewMode } from "./urlState.ts";
import type { SinceLastVisit } from "../timeline/sinceLastVisit.ts";

/** What changed since the reader's last visit, and when that visit was (UTC ms). */
export type News = SinceLastVisit & { lastVisit: number };

export type Domain = readonly [number, number];

export interface TimelineState {
  dataset: Dataset;
  /**
   * What narrows the timeline, once its code has loaded (the first filter loads it; a link
   * with filters has it loaded before the store is made). Null until then.
   */
  filterEngine: FilterEngine | null;
  /** Problems with the URL's parameters, shown to the reader instead of silently ignored. */
  warnings: UrlWarning[];
  filters: Filters;
  lanes: LaneMode;
  theme: Theme;
  /** The interface's language chosen in the link or the language menu; `null`: the reader's. */
  language: Language | null;
  /** `null` lets the layout choose: timeline on wide screens, vertical on narrow ones. */
  view: ViewMode | null;
  domain: Domain;
  /**
   * Every event's fitted domain. Fixed per dataset: panning keeps the view's centre in it,
   * and gestures measure zoom against it.
   */
  dataDomain: Domain;
  selectedId: string | null;
  detailOpen: boolean;
  /**
   * Whether the open detail was asked for here (a click, a key) rather than by a link. Only
   * then does it take focus: a deep link, above all inside an article's embed, must not
   * pull keyboard and screen-reader users away from where they are.
   */
  detailRequested: boolean;
  /** The plot's width once measured: the room kept for labels at the edge depends on it. */
  plotWidthPx: number | null;
  /**
   * What is new since the reader's last visit, set by the note that reads the browser's
   * memory of it (SinceLastVisit.tsx, after the first paint). Null on a first visit, when
   * nothing changed, once all is marked as seen, and in embeds.
   */
  news: News | null;
  /** Previous / Next step through the new and updated events only. */
  newOnly: boolean;

  select: (id: string | null, options?: { open?: boolean; reveal?: boolean }) => void;
  closeDetail: () => void;
  setFilters: (update: Partial<Filters>) => void;
  /** Loads what narrows the timeline now (the filter panel opening), if it has not loaded. */
  prepareFilters: () => void;
  resetFilters: () => void;
  setLanes: (lanes: LaneMode) => void;
  setTheme: (theme: Theme) => void;
  setLanguage: (language: Language | null) => void;
  setView: (view: ViewMode | null) => void;
  setDomain: (domain: Domain) => void;
  zoom: (factor: number, anchor?: number) => void;
  pan: (deltaMs: number) => void;
  fit: () => void;
  /** The plot was measured: a view nobody has moved yet is fitted again to this width. */
  setPlotWidth: (widthPx: number) => void;
  dismissWarnings: () => void;
  /** Null also turns "new only" off: there is nothing left to step through. */
  setNews: (news: News | null) => void;
  setNewOnly: (newOnly: boolean) => void;
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;

export function createTimelineStore(
  dataset: Dataset,
  initial: UrlState,
  warnings: UrlWarning[] = [],
) {
  // Panning is held to the data itself: the room kept for the last labels is for the fitted
  // view, not an empty stretch to pan into.
  const onData = fitDomain(dataset.events, undefined, undefined, 0);
  const startEvent =
    initial.event === null ? undefined : dataset.events.find((e) => e.id === initial.event);
  const engine = filterEngineFor(dataset);
  /** What the opening view fits: the events the link's filters show (all if none do). */
  const opened0 = lazy(() => {
    if (!isFiltered(initial.filters) || engine === null) return dataset.events;
    const shown = engine.apply(initial.filters);
    return shown.length > 0 ? shown : dataset.events;
  });
  /** The opening view for a plot this wide: the story shown, then the linked event shown. */
  const opening = (widthPx: number | null): Domain => {
    const fitted = fitDomain(opened0(), undefined, undefined, labelRoomRatio(widthPx));
    if (startEvent === undefined) return fitted;
    const { start, end } = startEvent.date;
    return revealDomain(fitted, start, end, undefined, labelRoomShare(widthPx));
  };
  const domain = opening(null);

  return createStore<TimelineState>()((set, get) => {
    // The glide to a revealed event: one at a time, and any other move of the view stops it.
    // A reader's own pan stops it where it is; a zoom lands it first, so that zooming around
    // the event (the + key, or zooming in until it stands alone) starts from where it shows.
    let glide = 0;
    let glideTo: Domain | null = null;
    const stopGlide = () => {
      if (glide !== 0) cancelAnimationFrame(glide);
      glide = 0;
      glideTo = null;
    };
    // Until the reader (or a reveal) moves the view, it is the opening one, fitted again
    // as the plot's width becomes known or changes.
    let opened = true;
    const landGlide = () => {
      const target = glideTo;
      stopGlide();
      if (target !== null) set({ domain: target });
    };

    return {
      dataset,
      filterEngine: engine,
      warnings,
      filters: initial.filters,
      lanes: initial.lanes,
      theme: initial.theme,
      language: initial.language,
      view: initial.view,
      domain,
      dataDomain: onData,
      selectedId: startEvent?.id ?? null,
      detailOpen: startEvent !== undefined,
      detailRequested: false,
      plotWidthPx: null,
      news: null,
      newOnly: false,

      select: (id, options = {}) => {
        const event = id === null ? undefined : get().dataset.events.find((e) => e.id === id);
        if (event === undefined) {
          set({ selectedId: null, detailOpen: false });
          return;
        }
        const from = get().domain;
        const room = labelRoomShare(get().plotWidthPx);
        const to = options.reveal
          ? keepOnData(
              revealDomain(from, event.date.start, event.date.end, undefined, room),
              onData,
            )
          : from;
        if (to[0] !== from[0] || to[1] !== from[1]) opened = false;
        const glides = to !== from && (to[0] !== from[0] || to[1] !== from[1]) && mayGlide();
        if (to !== from) stopGlide();
        set((state) => ({
          selectedId: event.id,
          detailOpen: options.open ?? state.detailOpen,
          detailRequested: options.open === true || state.detailRequested,
          domain: glides ? state.domain : to,
        }));
        if (!glides) return;
        glideTo = to;
        const started = performance.now();
        const frame = (now: number) => {
          const domain = tweenDomain(from, to, now - started);
          const landed = domain[0] === to[0] && domain[1] === to[1];
          glide = landed ? 0 : requestAnimationFrame(frame);
          if (landed) glideTo = null;
          set({ domain });
        };
        glide = requestAnimationFrame(frame);
      },
      closeDetail: () => set({ detailOpen: false, detailRequested: false }),
      setFilters: (update) => {
        set((state) => ({ filters: { ...state.filters, ...update } }));
        // The first filter: the events stay as they are for the moment the code takes.
        get().prepareFilters();
      },
      prepareFilters: () => {
        if (get().filterEngine !== null) return;
        loadFilterEngine().then(
          (module) => {
            if (get().filterEngine === null)
              set({ filterEngine: filterEngineFor(dataset, module) });
          },
          () => undefined,
        );
      },
      resetFilters: () => set({ filters: EMPTY_FILTERS }),
      setLanes: (lanes) => set({ lanes }),
      setTheme: (theme) => set({ theme }),
      setLanguage: (language) => set({ language }),
      setView: (view) => set({ view }),
      setDomain: ([t0, t1]) => {
        stopGlide();
        opened = false;
        const centre = (t0 + t1) / 2;
        const half = Math.max(t1 - t0, MIN_SPAN_MS) / 2;
        set({ domain: keepOnData([centre - half, centre + half], onData) });
      },
      zoom: (factor, anchor) => {
        landGlide();
        opened = false;
        set((state) => {
          const [t0, t1] = state.domain;
          const zoomed = zoomDomain(state.domain, factor, anchor ?? (t0 + t1) / 2);
          return { domain: keepOnData(zoomed, onData) };
        });
      },
      pan: (deltaMs) => {
        stopGlide();
        opened = false;
        set((state) => ({ domain: keepOnData(panDomain(state.domain, deltaMs), onData) }));
      },
      fit: () => {
        stopGlide();
        set((state) => {
          const shown =
            isFiltered(state.filters) && state.filterEngine !== null
              ? state.filterEngine.apply(state.filters)
              : state.dataset.events;
          const ratio = labelRoomRatio(state.plotWidthPx);
          const events = shown.length > 0 ? shown : state.dataset.events;
          return { domain: fitDomain(events, undefined, undefined, ratio) };
        });
      },
      setPlotWidth: (widthPx) => {
        if (widthPx === get().plotWidthPx) return;
        set(opened ? { plotWidthPx: widthPx, domain: opening(widthPx) } : { plotWidthPx: widthPx });
      },
      dismissWarnings: () => set({ warnings: [] }),
      setNews: (news) => set(news === null ? { news, newOnly: false } : { news }),
      setNewOnly: (newOnly) => set({ newOnly }),
    };
  });
}

/** Glides only in a browser, and never for readers who asked for less motion. */
function mayGlide(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.requestAnimationFrame === "function" &&
    !window.matchMedia(REDUCED_MOTION_QUERY).matches
  );
}

function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}
