import { useEffect, type RefObject } from "react";
import type { TimelineStore } from "../store/createTimelineStore.ts";
import type { ReadingDirection } from "../timeline/readingDirection.ts";

/**
 * Pinch, ctrl/⌘ + wheel, sideways wheel and drags move the timeline; a plain vertical wheel
 * or swipe is left alone so that it scrolls the page (an embed must never trap scrolling).
 * The work is d3-zoom's (./timelineZoom.ts), fetched only once the plot has been drawn at
 * its width: it stays out of the first load, whose budget it would not fit. Until it
 * arrives (a few milliseconds after the first draw) the buttons and keys zoom and pan.
 * `dir` is the way time runs across the plot (right to left in Arabic).
 */
export function useTimelineGestures(
  ref: RefObject<HTMLElement | null>,
  store: TimelineStore,
  widthPx: number,
  dir: ReadingDirection,
): void {
  useEffect(() => {
    const element = ref.current;
    if (element === null || widthPx <= 0) return;
    let detach: (() => void) | undefined;
    let gone = false;
    import("./timelineZoom.ts").then(
      ({ attachTimelineZoom }) => {
        if (!gone) detach = attachTimelineZoom(element, store, widthPx, dir);
      },
      (error: unknown) => {
        // A chunk that failed to load (a deploy mid-visit, a dropped connection) costs the
        // gestures, not the page: buttons and keys still move the view.
        console.warn("Timeline gestures are unavailable:", error);
      },
    );
    return () => {
      gone = true;
      detach?.();
    };
  }, [ref, store, widthPx, dir]);
}
