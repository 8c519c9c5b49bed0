import { lazy, Suspense, useEffect, useMemo, useRef, type RefObject } from "react";
import type { Dataset } from "../data/model.ts";
import { NARROW_QUERY, useMediaQuery } from "../hooks/useMediaQuery.ts";
import {
  TimelineStoreProvider,
  useTimeline,
  useTimelineStoreApi,
} from "../store/TimelineStoreContext.tsx";
import { knownFromDataset, parseUrlState } from "../store/urlState.ts";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useThemeEffect } from "../store/useThemeEffect.ts";
import { useUrlSync } from "../store/useUrlSync.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import { ClaimsOverview } from "./ClaimsOverview.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { TimelineControls } from "./TimelineControls.tsx";
import { TimelineView } from "./TimelineView.tsx";
import { UrlWarnings } from "./UrlWarnings.tsx";

// Views the first paint of a wide screen does not need load when first shown; this keeps
// the first load of the page and of embed.html under the 110 KB budget.
const DetailPanel = lazy(() =>
  import("./DetailPanel.tsx").then((m) => ({ default: m.DetailPanel })),
);
const EventList = lazy(() => import("./EventList.tsx").then((m) => ({ default: m.EventList })));
const VerticalTimeline = lazy(() =>
  import("./VerticalTimeline.tsx").then((m) => ({ default: m.VerticalTimeline })),
);

interface TimelinePageProps {
  dataset: Dataset;
  /** Host of a dataset loaded from another site, so nobody mistakes it for ours. */
  foreignHost: string | null;
  /** Compact chrome for article columns (embed.html): no summary or claim cards. */
  compact?: boolean;
}

export function TimelinePage({ dataset, foreignHost, compact = false }: TimelinePageProps) {
  const { state, warnings } = useMemo(
    () => parseUrlState(window.location.search, knownFromDataset(dataset)),
    [dataset],
  );
  return (
    <TimelineStoreProvider dataset={dataset} initial={state} warnings={warnings}>
      <TimelineScreen foreignHost={foreignHost} compact={compact} />
    </TimelineStoreProvider>
  );
}

function TimelineScreen({
  foreignHost,
  compact,
}: {
  foreignHost: string | null;
  compact: boolean;
}) {
  const store = useTimelineStoreApi();
  const dataset = useTimeline((s) => s.dataset);
  const view = useTimeline((s) => s.view);
  const detailOpen = useTimeline((s) => s.detailOpen);
  const selectedId = useTimeline((s) => s.selectedId);
  const narrow = useMediaQuery(NARROW_QUERY);
  const events = useFilteredEvents();
  const rootRef = useRef<HTMLDivElement>(null);
  useUrlSync();
  useThemeEffect();

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

  const showing = view ?? "timeline";
  // Each part fails alone (ErrorBoundary): a message in its place, the rest keeps working.
  // The foreign-host label stays outside them all, so it shows whatever else fails.
  return (
    <div className="timeline-root" lang={dataset.language} ref={rootRef}>
      {foreignHost !== null && (
        <p className="foreign-note">
          Dataset from <strong>{foreignHost}</strong>, not published by Rumor Timeline.
        </p>
      )}
      <ErrorBoundary part="title and summary">
        <header className="dataset-header">
          <h1>{dataset.title}</h1>
          {!compact && <p className="dataset-summary">{dataset.summary}</p>}
          <p className="dataset-updated">
            Last updated {formatEdtf(dataset.updated)} · {dataset.events.length} events ·{" "}
            {dataset.sources.length} sources
          </p>
        </header>
      </ErrorBoundary>
      <UrlWarnings />
      {!compact && (
        <ErrorBoundary part="claims overview">
          <ClaimsOverview />
        </ErrorBoundary>
      )}
      <ErrorBoundary part="timeline controls">
        <TimelineControls narrow={narrow} />
      </ErrorBoundary>
      <ErrorBoundary part="filters and search">
        <FiltersPanel />
      </ErrorBoundary>
      <Suspense fallback={<p role="status">Loading the view…</p>}>
        {showing === "list" ? (
          <ErrorBoundary part="chronology">
            <section aria-labelledby="chronology-title" className="list-view">
              <h2 id="chronology-title">Chronology</h2>
              <EventList
                dataset={dataset}
                events={events}
                selectedId={selectedId}
                scrollToSelected={!compact}
              />
            </section>
          </ErrorBoundary>
        ) : narrow ? (
          <ErrorBoundary part="timeline">
            <VerticalTimeline onCloseDetail={closeDetail} />
          </ErrorBoundary>
        ) : (
          <div className={detailOpen ? "timeline-layout with-detail" : "timeline-layout"}>
            <ErrorBoundary part="timeline">
              <TimelineView />
            </ErrorBoundary>
            {detailOpen && (
              <ErrorBoundary part="event details" key={selectedId}>
                <DetailPanel onClose={closeDetail} />
              </ErrorBoundary>
            )}
          </div>
        )}
        <ReadyFlag rootRef={rootRef} scrollToDetail={!compact} />
      </Suspense>
    </div>
  );
}

/**
 * Sets `data-timeline-ready` once the first view has rendered, lazy parts included (it
 * sits inside their Suspense boundary, so its effect waits for them). On the full page a
 * deep-linked event's detail is scrolled into view then; an embed never scrolls the article.
 */
function ReadyFlag({
  rootRef,
  scrollToDetail,
}: {
  rootRef: RefObject<HTMLDivElement | null>;
  scrollToDetail: boolean;
}) {
  useEffect(() => {
    // In the next task, not now: work the first commit set off (the plot's measured width,
    // then its marks) is done by then, and the flag must not go up before the marks are in.
    // Not at the next frame: an embed below the fold gets no frames until it is seen.
    const task = setTimeout(() => {
      const root = rootRef.current;
      if (root === null) return;
      root.setAttribute("data-timeline-ready", "");
      if (scrollToDetail) root.querySelector(".detail-panel")?.scrollIntoView({ block: "nearest" });
    }, 0);
    return () => clearTimeout(task);
  }, [rootRef, scrollToDetail]);
  return null;
}
