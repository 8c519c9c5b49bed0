// Where a reader is in the prerendered story when the timeline takes it over. On a slow
// phone the story is on screen for seconds before the timeline is ready, and a reader
// scrolls it; the timeline that replaces it is laid out differently, so the same scroll
// offset lands on another month (measured: a reader at the ninth event, 30 April, was
// put in late May). The place is handed to the timeline (ReaderPlaceContext), which puts
// that event back in front of the reader.
import type { ReaderPlace } from "./ReaderPlaceContext.ts";

/** An event of the prerendered story as laid out: its id and its box on screen, px. */
export interface StoryBox {
  eventId: string;
  top: number;
  bottom: number;
}

/** The attribute that names each event of a prerendered story (StaticStory.tsx). */
const STORY_EVENT = "data-story-event";

/**
 * The event a reader who scrolled is at: the first one still on screen, once the chronology
 * has reached the upper half of the screen (a reader above it is reading the header or the
 * claims, which the timeline keeps where they were). Past the story's end, the last event.
 * Boxes are in page order.
 */
export function placeAmong(boxes: readonly StoryBox[], screenHeight: number): ReaderPlace | null {
  const at = boxes.find((box) => box.bottom > 0) ?? boxes.at(-1);
  if (at === undefined || at.top >= screenHeight / 2) return null;
  return { eventId: at.eventId, top: at.top };
}

/** The reader's place in the prerendered story on this page, if they have reached it. */
export function readerPlace(): ReaderPlace | null {
  // Not scrolled: no place to keep, and nothing to lay out to find it.
  if (window.scrollY <= 0) return null;
  const boxes = [...document.querySelectorAll<HTMLElement>(`[${STORY_EVENT}]`)].map((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { eventId: element.getAttribute(STORY_EVENT) ?? "", top, bottom };
  });
  return placeAmong(boxes, window.innerHeight);
}
