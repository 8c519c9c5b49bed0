import { useCallback, useMemo } from "react";
import { stepTarget, storyPosition } from "../timeline/storyStep.ts";
import { useTimeline, useTimelineStoreApi } from "./TimelineStoreContext.tsx";
import { useFilteredEvents } from "./useFilteredEvents.ts";

export interface StoryStep {
  /** 1-based position of the selected event among those shown, or null. */
  position: number | null;
  total: number;
  canStep: (direction: -1 | 1) => boolean;
  /** Selects, opens and reveals the previous (-1) or next (1) event shown. */
  step: (direction: -1 | 1) => void;
}

/**
 * Previous / Next through the events shown (filters applied), in date order; only the new and
 * updated ones when the reader asked to step through what is new.
 */
export function useStoryStep(): StoryStep {
  const store = useTimelineStoreApi();
  const events = useFilteredEvents();
  const selectedId = useTimeline((s) => s.selectedId);
  const news = useTimeline((s) => (s.newOnly ? s.news : null));
  const ids = useMemo(
    () =>
      events
        .filter((e) => news === null || news.newIds.has(e.id) || news.updatedIds.has(e.id))
        .map((e) => e.id),
    [events, news],
  );
  const step = useCallback(
    (direction: -1 | 1) => {
      const target = stepTarget(ids, store.getState().selectedId, direction);
      if (target !== undefined) store.getState().select(target, { open: true, reveal: true });
    },
    [ids, store],
  );
  return {
    position: storyPosition(ids, selectedId),
    total: ids.length,
    canStep: (direction) => stepTarget(ids, selectedId, direction) !== undefined,
    step,
  };
}
