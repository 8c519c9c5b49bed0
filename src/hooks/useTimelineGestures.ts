import { useEffect, type RefObject } from "react";
import type { TimelineStore } from "../store/createTimelineStore.ts";

const WHEEL_ZOOM_RATE = 0.002;
const DRAG_THRESHOLD_PX = 4;

/**
 * Pinch, ctrl/⌘ + wheel and the trackpad's sideways swipe move the timeline; a plain
 * vertical wheel or swipe is left alone so that it scrolls the page (an embed must never
 * trap scrolling). Pointer drags pan. Returns nothing: it talks to the store directly.
 */
export function useTimelineGestures(
  ref: RefObject<HTMLElement | null>,
  store: TimelineStore,
  widthPx: number,
): void {
  useEffect(() => {
    const element = ref.current;
    if (element === null || widthPx <= 0) return;
    const timeAt = (clientX: number) => {
      const [t0, t1] = store.getState().domain;
      const left = element.getBoundingClientRect().left;
      return t0 + ((clientX - left) / widthPx) * (t1 - t0);
    };
    const msPerPx = () => {
      const [t0, t1] = store.getState().domain;
      return (t1 - t0) / widthPx;
    };

    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        store.getState().zoom(Math.exp(-event.deltaY * WHEEL_ZOOM_RATE), timeAt(event.clientX));
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        store.getState().pan(event.deltaX * msPerPx());
      }
    };

    const pointers = new Map<number, number>();
    let dragged = false;
    let lastX = 0;
    let pinchDistance = 0;

    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      pointers.set(event.pointerId, event.clientX);
      lastX = event.clientX;
      dragged = false;
      if (pointers.size === 2) pinchDistance = spread(pointers);
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId)) return;
      pointers.set(event.pointerId, event.clientX);
      if (pointers.size === 2) {
        const distance = spread(pointers);
        if (pinchDistance > 0 && distance > 0) {
          const centre = [...pointers.values()].reduce((a, b) => a + b, 0) / 2;
          store.getState().zoom(distance / pinchDistance, timeAt(centre));
        }
        pinchDistance = distance;
        dragged = true;
        return;
      }
      const dx = event.clientX - lastX;
      if (!dragged && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      if (!dragged) element.setPointerCapture(event.pointerId);
      dragged = true;
      lastX = event.clientX;
      store.getState().pan(-dx * msPerPx());
    };
    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      pinchDistance = 0;
    };
    // A drag must not end in a click on whatever mark lies under the pointer.
    const onClickCapture = (event: MouseEvent) => {
      if (!dragged) return;
      event.stopPropagation();
      event.preventDefault();
      dragged = false;
    };

    element.addEventListener("wheel", onWheel, { passive: false });
    element.addEventListener("pointerdown", onPointerDown);
    element.addEventListener("pointermove", onPointerMove);
    element.addEventListener("pointerup", onPointerUp);
    element.addEventListener("pointercancel", onPointerUp);
    element.addEventListener("click", onClickCapture, true);
    return () => {
      element.removeEventListener("wheel", onWheel);
      element.removeEventListener("pointerdown", onPointerDown);
      element.removeEventListener("pointermove", onPointerMove);
      element.removeEventListener("pointerup", onPointerUp);
      element.removeEventListener("pointercancel", onPointerUp);
      element.removeEventListener("click", onClickCapture, true);
    };
  }, [ref, store, widthPx]);
}

function spread(pointers: Map<number, number>): number {
  const [a = 0, b = 0] = [...pointers.values()];
  return Math.abs(a - b);
}
