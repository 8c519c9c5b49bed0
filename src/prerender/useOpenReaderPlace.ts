import { use, useEffect, useRef } from "react";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useTimelineStoreApi } from "../store/TimelineStoreContext.tsx";
import { ReaderPlaceContext, type ReaderPlace } from "./ReaderPlaceContext.ts";

/**
 * Wide screens: the plot has no place matching a scroll offset in the story it replaced,
 * so the event the reader had reached opens in the details (if the link's filters show
 * it), with the reader bar and the plot brought back to the top of the screen. A link that
 * opened an event keeps it open instead (the page scrolled to it itself). Phones keep the
 * card where the story's event was (VerticalTimeline). Used by the reader bar's tools,
 * which load after the first paint: nothing of it weighs on the page's first load.
 */
export function useOpenReaderPlace(): void {
  const place = use(ReaderPlaceContext);
  const store = useTimelineStoreApi();
  const shown = useFilteredEvents();
  // Once per take-over: the filters may change later, the reader's place stays behind.
  const kept = useRef<ReaderPlace | null>(null);
  useEffect(() => {
    if (place === null || kept.current === place) return;
    kept.current = place;
    if (store.getState().detailOpen) return;
    if (shown.some((event) => event.id === place.eventId)) {
      store.getState().select(place.eventId, { open: true, reveal: true });
    }
    // The page has one reader bar: a prerendered page is taken over by one timeline.
    document.querySelector(".reader-bar")?.scrollIntoView({ behavior: "instant" });
  }, [place, shown, store]);
}
