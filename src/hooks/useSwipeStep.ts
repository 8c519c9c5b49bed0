import { useEffect, type RefObject } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { timeStep } from "../timeline/readingDirection.ts";
import { swipeDirection } from "../timeline/swipe.ts";

/**
 * A horizontal touch swipe over the element steps the story, the way time runs in the
 * interface (a swipe to the left goes on in English, back in Arabic). Only listens (passive): a
 * vertical swipe still scrolls the page, and taps still reach buttons and links.
 */
export function useSwipeStep(
  ref: RefObject<HTMLElement | null>,
  step: (direction: -1 | 1) => void,
): void {
  const { dir } = useI18n();
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    let start: { id: number; x: number; y: number } | null = null;
    const onDown = (event: PointerEvent) => {
      start =
        event.pointerType === "touch" && event.isPrimary
          ? { id: event.pointerId, x: event.clientX, y: event.clientY }
          : null;
    };
    const onUp = (event: PointerEvent) => {
      if (start === null || event.pointerId !== start.id) return;
      const direction = swipeDirection(event.clientX - start.x, event.clientY - start.y);
      start = null;
      if (direction !== null) step(timeStep(direction, dir));
    };
    const onCancel = () => {
      start = null;
    };
    element.addEventListener("pointerdown", onDown, { passive: true });
    element.addEventListener("pointerup", onUp, { passive: true });
    element.addEventListener("pointercancel", onCancel, { passive: true });
    return () => {
      element.removeEventListener("pointerdown", onDown);
      element.removeEventListener("pointerup", onUp);
      element.removeEventListener("pointercancel", onCancel);
    };
  }, [ref, step, dir]);
}
