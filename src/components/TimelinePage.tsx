import { LanguageScope } from "../i18n/LanguageScope.tsx";
import { useInterfaceLanguage } from "../store/useInterfaceLanguage.ts";
import { memo, Suspense, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { lazyPart } from "./lazyPart.ts";
import type { Dataset } from "../data/model.ts";
import { startFirstLoad } from "../data/firstLoad.ts";
import { pageParams, pageSearch } from "../data/pageParams.ts";
import { NARROW_QUERY, useMediaQuery } from "../hooks/useMediaQuery.ts";
import {
  TimelineStoreProvider,
  useTimeline,
  useTimelineStoreApi,
} from "../store/TimelineStoreContext.tsx";
import { knownFromDataset, parseUrlState } from "../store/urlState.ts";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useThemeEffect } from "../store/useThemeEffect.ts";
import { useStoryStep } from "../store/useStoryStep.ts";
import { useUrlSync } from "../store/useUrlSync.ts";
import { remembersAnyVisit } from "../store/lastVisitKey.ts";
import { checksFacets } from "../store/urlParams.ts";
import { useStepKeys } from "../hooks/useStepKeys.ts";
import { documentTitle } from "../i18n/documentTitle.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { ClaimsOverview } from "./ClaimsOverview.tsx";
import { DatasetHeader } from "./DatasetHeader.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { useFiltersDisclosure } from "./useFiltersDisclosure.ts";
import { createReadyGate, type ReadyGate } from "./readyGate.ts";
import { StoryStepper } from "./StoryStepper.tsx";
import { TimelineAxis, TimelineView } from "./TimelineView.tsx";
import { withText } from "../i18n/withText.ts";
import "./TimelinePage.css";

// Views the first paint of a wide screen does not need load when first shown; this keeps
// the first load of the page and of embed.html under the 110 KB budget.
// The page's foot (other editions, the language menu), loaded after the timeline.
const PageFoot = lazyPart(withText(() => import("./PageFoot.tsx")));
const DetailPanel = lazyPart(withText(() => import("./DetailPanel.tsx")));
const EventList = lazyPart(withText(() => import("./EventList.tsx")));
// Shown only when a link's parameters could not be used: most pages never need it.
const UrlWarnings = lazyPart(withText(() => import("./UrlWarnings.tsx")));
const VerticalTimeline = lazyPart(withText(() => import("./VerticalTimeline.tsx")));
// The reader bar's tools after the stepper, the facets and the phones' tools: the first paint
// shows the story and the stepper; these arrive a moment later into room kept for them
// (TimelinePage.css). A link's filters apply from the first paint all the same: they live
// in the store, and App loads what applies them before drawing.
const ReaderBarTools = lazyPart(withText(() => import("./ReaderBarTools.tsx")));
const ReaderFacets = lazyPart(withText(() => import("./ReaderFacets.tsx")));
const PhoneTools = lazyPart(withText(() => import("./PhoneTools.tsx")));
// "New since your last visit": it reads and records the visit, and shows only on a return
// visit with something new; not in embeds (an article's frame has no room for it, and
// opens on the event the journalist chose).
const SinceLastVisit = lazyPart(withText(() => import("./SinceLastVisit.tsx")));

/**
 * Starts loading the parts the full page's first view waits for (its Suspense boundary
 * holds the ready flag) beside the dataset, rather than once the page renders: the
 * phone's cards and tools, the list or the plot's axis, a linked event's details, and the
 * note on a return visit above them. Resolves once each has loaded or failed: the page
 * draws then (App). A part that failed is loaded again, and reported, when the page
 * renders it.
 */
function preloadFirstView(narrow: boolean, params: URLSearchParams): Promise<unknown> {
  const parts = narrow
    ? [VerticalTimeline, PhoneTools]
    : [
        params.get("view") === "list" ? EventList : TimelineAxis,
        params.has("event") ? DetailPanel : null,
        // A link that checks facets names them in a line drawn with the page: it never
        // pushes the story down after.
        checksFacets(params) ? ReaderFacets : null,
      ];
  // The note only ever shows on a return visit: a first one loads it after the view.
  if (remembersAnyVisit()) parts.push(SinceLastVisit);
  return Promise.all(parts.map((part) => part?.settled()));
}

/**
 * What a page showing TimelinePage starts before React renders (main.tsx, previewMain.tsx):
 * its dataset's first load, and the code of its first view (preloadFirstView).
 */
export function startTimelinePage(): Promise<unknown> {
  startFirstLoad(window.location.href);
  return preloadFirstView(window.matchMedia(NARROW_QUERY).matches, pageParams());
}

interface TimelinePageProps {
  dataset: Dataset;
  /** Host of a dataset loaded from another site, so nobody mistakes it for ours. */
  foreignHost: string | null;
  /** Compact chrome for article columns (embed.html): no summary or claim cards. */
  compact?: boolean;
}

// Memoized: the page around it re-renders (a retry, a title), and re-rendering every mark
// for nothing took as long as the first render of a thousand events.
export const TimelinePage = memo(function TimelinePage({
  dataset,
  foreignHost,
  compact = false,
}: TimelinePageProps) {
  const { state, warnings } = useMemo(
    () => parseUrlState(pageSearch(), knownFromDataset(dataset)),
    [dataset],
  );
  return (
    <TimelineStoreProvider dataset={dataset} initial={state} warnings={warnings}>
      <ScreenInLanguage foreignHost={foreignHost} compact={compact} />
    </TimelineStoreProvider>
  );
});

/** The page in the language the link, the menu or the reader's browser asked for. */
function ScreenInLanguage(props: { foreignHost: string | null; compact: boolean }) {
  const language = useInterfaceLanguage();
  return (
    <LanguageScope language={language}>
      <TimelineScreen {...props} />
    </LanguageScope>
  );
}

function TimelineScreen({
  foreignHost,
  compact,
}: {
  foreignHost: string | null;
  compact: boolean;
}) {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  const dataset = useTimeline((s) => s.dataset);
  const view = useTimeline((s) => s.view);
  const detailOpen = useTimeline((s) => s.detailOpen);
  const selectedId = useTimeline((s) => s.selectedId);
  const hasWarnings = useTimeline((s) => s.warnings.length > 0);
  const news = useTimeline((s) => s.news);
  const narrow = useMediaQuery(NARROW_QUERY);
  const events = useFilteredEvents();
  const rootRef = useRef<HTMLDivElement>(null);
  // Asked once, before the note records this visit: asked again later, the answer would
  // turn true on a first visit and the view would start waiting for nothing.
  const [returning] = useState(() => !compact && remembersAnyVisit());
  const [readyGate] = useState(() => createReadyGate(returning));
  const story = useStoryStep();
  const filters = useFiltersDisclosure();
  // Set when Previous / Next in the detail panel stepped, so that the next panel puts the
  // focus back on that button rather than on its heading.
  const stepFocus = useRef<-1 | 1 | null>(null);
  useStepKeys(story.step);
  useUrlSync();
  useThemeEffect();
  // The tab is titled after the open event, as that event's own page is.
  const openTitle = useMemo(
    () =>
      detailOpen && selectedId !== null
        ? (dataset.events.find((e) => e.id === selectedId)?.title ?? null)
        : null,
    [dataset, selectedId, detailOpen],
  );
  useEffect(() => {
    document.title = documentTitle(t, dataset.title, openTitle);
  }, [t, dataset, openTitle]);

  const closeDetail = () => {
    const id = store.getState().selectedId;
    store.getState().closeDetail();
    if (id === null) return;
    // Give focus back to the event it came from, so keyboard users keep their place.
    requestAnimationFrame(() =>
      rootRef.current
        ?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"][data-primary]`)
        ?.focus(),
    );
  };

  // Phones (narrow): the vertical list is the one list; no second "List" view there.
  const showing = narrow ? "timeline" : (view ?? "timeline");
  // Each part fails alone (ErrorBoundary): a message in its place, the rest keeps working.
  // The foreign-host label stays outside them all, so it shows whatever else fails.
  return (
    <div className="timeline-root" ref={rootRef}>
      {foreignHost !== null && (
        <p className="foreign-note">
          <Template
            text={t("page.foreignDataset")}
            values={{ host: <strong>{foreignHost}</strong> }}
          />
        </p>
      )}
      <ErrorBoundary part="header">
        <DatasetHeader dataset={dataset} compact={compact} />
      </ErrorBoundary>
      {!compact && (
        <ErrorBoundary part="header" onError={readyGate.noteShown}>
          <Suspense>
            <SinceLastVisit onShown={readyGate.noteShown} />
          </Suspense>
        </ErrorBoundary>
      )}
      {hasWarnings && (
        <Suspense>
          <UrlWarnings />
        </Suspense>
      )}
      {!compact && (
        <ErrorBoundary part="claims">
          <ClaimsOverview />
        </ErrorBoundary>
      )}
      {/* Phones: their tools load with the cards, in the view below (one Suspense boundary:
          they appear together, so neither moves the other). */}
      {!narrow && (
        <>
          {/* One row: read in order, find, zoom, share; presentation behind a menu. */}
          <div className="reader-bar">
            <StoryStepper story={story} />
            <ErrorBoundary part="controls">
              <Suspense>
                <ReaderBarTools disclosure={filters} />
              </Suspense>
            </ErrorBoundary>
          </div>
          {/* The facets, hidden until opened, so their arrival moves nothing; a link that
              checks some has the line naming them before the page draws (preloadFirstView). */}
          <ErrorBoundary part="filters">
            <Suspense>
              <ReaderFacets disclosure={filters} />
            </Suspense>
          </ErrorBoundary>
        </>
      )}
      <Suspense fallback={<p role="status">{t("loading.view")}</p>}>
        {showing === "list" ? (
          <ErrorBoundary part="chronology">
            <section aria-labelledby="chronology-title" className="list-view">
              <h2 id="chronology-title">{t("list.title")}</h2>
              <EventList
                dataset={dataset}
                events={events}
                selectedId={selectedId}
                scrollToSelected={!compact}
                news={news}
              />
            </section>
          </ErrorBoundary>
        ) : narrow ? (
          <>
            <ErrorBoundary part="controls">
              <PhoneTools />
            </ErrorBoundary>
            <ErrorBoundary part="timeline">
              <VerticalTimeline onCloseDetail={closeDetail} />
            </ErrorBoundary>
          </>
        ) : (
          <div className={detailOpen ? "timeline-layout with-detail" : "timeline-layout"}>
            <ErrorBoundary part="timeline" onError={readyGate.plotDrawn}>
              <TimelineView onDrawn={readyGate.plotDrawn} />
            </ErrorBoundary>
            {detailOpen && (
              <ErrorBoundary part="details" key={selectedId}>
                <DetailPanel onClose={closeDetail} story={story} stepFocusRef={stepFocus} />
              </ErrorBoundary>
            )}
          </div>
        )}
        <ReadyFlag
          gate={readyGate}
          waitForPlot={showing === "timeline" && !narrow}
          rootRef={rootRef}
          scrollToDetail={!compact}
        />
      </Suspense>
      {!compact && (
        <Suspense>
          <PageFoot withTheme={narrow} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * Tells the ready gate that the view's Suspense boundary has committed: it sits inside
 * that boundary, so its effect waits for the lazy parts. The gate then waits for the plot,
 * if the view is the plot, and for a return visit's note, and sets `data-timeline-ready`
 * (see readyGate.ts). The page draws once the code of both has loaded (preloadFirstView,
 * App), so the note never arrives after the view and pushes it down a line.
 */
function ReadyFlag({
  gate,
  waitForPlot,
  rootRef,
  scrollToDetail,
}: {
  gate: ReadyGate;
  waitForPlot: boolean;
  rootRef: RefObject<HTMLDivElement | null>;
  scrollToDetail: boolean;
}) {
  useEffect(() => {
    gate.viewCommitted(waitForPlot, () => {
      const root = rootRef.current;
      if (root === null) return;
      root.setAttribute("data-timeline-ready", "");
      // A deep-linked event's details are scrolled into view; an embed never scrolls the
      // article around it.
      if (scrollToDetail) root.querySelector(".detail-panel")?.scrollIntoView({ block: "nearest" });
    });
  }, [gate, waitForPlot, rootRef, scrollToDetail]);
  return null;
}
