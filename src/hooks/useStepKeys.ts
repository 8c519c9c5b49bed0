import { useEffect } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { arrowMove, timeStep } from "../timeline/readingDirection.ts";

/** Where ← and → already mean something: moving a caret, a slider, a select. */
function keepsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest("input, textarea, select, [role='slider'], [role='dialog']") !== null
  );
}

/**
 * ← and → step through the story from anywhere on the page, to the visually adjacent event
 * (→ goes on in time in English, back in Arabic), except where the keys are
 * already taken (text fields, dialogs) or a part of the page handled them first (the plot
 * moves between its marks itself and marks the event as handled).
 */
export function useStepKeys(step: (direction: -1 | 1) => void): void {
  const { dir } = useI18n();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const arrow = arrowMove(event.key);
      if (arrow === null || keepsArrows(event.target)) return;
      event.preventDefault();
      step(timeStep(arrow, dir));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [step, dir]);
}
