import { useEffect } from "react";

/** Where ← and → already mean something: moving a caret, a slider, a select. */
function keepsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest("input, textarea, select, [role='slider'], [role='dialog']") !== null
  );
}

/**
 * ← and → step through the story from anywhere on the page, except where the keys are
 * already taken (text fields, dialogs) or a part of the page handled them first (the plot
 * moves between its marks itself and marks the event as handled).
 */
export function useStepKeys(step: (direction: -1 | 1) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      if (keepsArrows(event.target)) return;
      event.preventDefault();
      step(event.key === "ArrowRight" ? 1 : -1);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [step]);
}
