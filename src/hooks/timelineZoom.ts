// d3-zoom on the timeline's plot, loaded lazily (see useTimelineGestures): pinch, two-finger
// pan, ctrl/⌘ + wheel and mouse drags go through d3-zoom; the sideways wheel and the
// one-finger sideways drag are fed to it as translations. The store's domain stays the one
// source of truth: every zoom event becomes store.setDomain, and every domain change made
// elsewhere (buttons, keys, URL, "reveal the selected event") re-syncs d3-zoom's transform.
import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import type { TimelineStore } from "../store/createTimelineStore.ts";
import type { ReadingDirection } from "../timeline/readingDirection.ts";
import { wheelGesture } from "../timeline/wheel.ts";
import {
  domainOfTransform,
  flooredPinch,
  keepTransformOnData,
  sameTransform,
  scaleExtentOf,
  transformOfDomain,
  type HorizontalTransform,
} from "../timeline/zoomTransform.ts";

/** A mouse that moves further than this between press and release made a drag, not a click. */
const CLICK_DISTANCE_PX = 4;
/** Set on the plot while gestures are live: tests and embedders can wait for it. */
export const GESTURES_READY_ATTRIBUTE = "data-gestures-ready";

function toD3({ k, x }: HorizontalTransform): ZoomTransform {
  return zoomIdentity.translate(x, 0).scale(k);
}

/** Pages scroll by about a viewport, so that is what a page-mode wheel delta is worth. */
function pageHeight(element: HTMLElement): number {
  return element.ownerDocument.defaultView?.innerHeight ?? 800;
}

/**
 * Which raw events d3-zoom may act on. Everything it accepts it claims (preventDefault), so
 * this is where the page keeps its scroll: plain wheels and one-finger touches never reach
 * it. Touches with two fingers (pinch, two-finger pan) do; once such a gesture has started,
 * d3-zoom follows it to the end, lifting a finger included.
 */
function accepts(event: Event): boolean {
  if (event instanceof WheelEvent) {
    return wheelGesture(event, pageHeight(event.currentTarget as HTMLElement)).kind === "zoom";
  }
  if (event.type === "touchstart") return (event as TouchEvent).touches.length >= 2;
  if (event instanceof MouseEvent)
    return event.type === "mousedown" && event.button === 0 && !event.ctrlKey;
  return false;
}

/**
 * Touch events stay with the element a touch began on even after React has removed it (a
 * callout or mark that left the view mid-pinch), and from a removed element they no longer
 * bubble to the plot: d3-zoom would miss the rest of the gesture, and the remaining finger
 * of a pinch would stop panning. This hands such orphaned events to d3-zoom's own handlers.
 */
function forwardOrphanedTouches(
  element: HTMLElement,
  selection: Selection<HTMLElement, unknown, null, undefined>,
): () => void {
  const targets = new Set<EventTarget>();
  const types = ["touchmove", "touchend", "touchcancel"];
  const release = () => {
    for (const target of targets)
      for (const type of types) target.removeEventListener(type, forward);
    targets.clear();
  };
  function forward(event: Event) {
    const target = event.currentTarget;
    // Still in the page: the event bubbles to the plot as usual.
    if (target instanceof Node && !target.isConnected) {
      const type = event.type === "touchmove" ? "touchmove.zoom" : "touchend.zoom";
      selection.on(type)?.call(element, event as TouchEvent, undefined);
    }
    if (event.type !== "touchmove" && (event as TouchEvent).touches.length === 0) release();
  }
  const onTouchStart = (event: Event) => {
    const target = event.target;
    if (target === null || target === element || targets.has(target)) return;
    targets.add(target);
    for (const type of types) target.addEventListener(type, forward);
  };
  element.addEventListener("touchstart", onTouchStart, { capture: true, passive: true });
  return () => {
    element.removeEventListener("touchstart", onTouchStart, { capture: true });
    release();
  };
}

/**
 * Attaches gestures to `element` (the plot, `widthPx` wide, time running across it as `dir`
 * says); returns the detach function. d3-zoom works in what the reader sees: in a
 * right-to-left plot its reference scale runs from right to left, so a drag still moves
 * the marks with the finger.
 */
export function attachTimelineZoom(
  element: HTMLElement,
  store: TimelineStore,
  widthPx: number,
  dir: ReadingDirection,
): () => void {
  const reference = store.getState().dataDomain;
  const reversed = dir === "rtl";
  const selection = select<HTMLElement, unknown>(element);
  // True while the transform is set from the store: that zoom event is not a gesture.
  let syncing = false;
  /** The transform before the current zoom event: d3-zoom has replaced it by then. */
  let last: HorizontalTransform = zoomTransform(element);

  const behaviour = zoom<HTMLElement, unknown>()
    .extent(() => [
      [0, 0],
      [widthPx, element.clientHeight],
    ])
    .filter(accepts)
    .wheelDelta((event) => {
      const gesture = wheelGesture(event, pageHeight(element));
      return gesture.kind === "zoom" ? gesture.log2 : 0;
    })
    .clickDistance(CLICK_DISTANCE_PX)
    // The timeline only moves sideways, and its centre stays on the data (keepOnData).
    .constrain((transform) =>
      toD3(keepTransformOnData(transform, reference, widthPx, reference, reversed)),
    )
    .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (syncing) return;
      const transform = pinchStep(event.sourceEvent, last, event.transform);
      store.getState().setDomain(domainOfTransform(transform, reference, widthPx, reversed));
      last = zoomTransform(element);
    });

  /** A two-finger step, measured from a floor (flooredPinch); any other step as it is. */
  const pinchStep = (
    source: unknown,
    previous: HorizontalTransform,
    next: HorizontalTransform,
  ): HorizontalTransform => {
    // Not `instanceof TouchEvent`: desktop Firefox has no TouchEvent at all.
    if (typeof source !== "object" || source === null || !("touches" in source)) return next;
    const [a, b] = Array.from((source as TouchEvent).touches);
    if (a === undefined || b === undefined) return next;
    const left = element.getBoundingClientRect().left;
    const spread = Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
    return flooredPinch(previous, next, (a.clientX + b.clientX) / 2 - left, spread);
  };

  const sync = (domain: readonly [number, number]) => {
    const wanted = transformOfDomain(domain, reference, widthPx, reversed);
    behaviour.scaleExtent(scaleExtentOf(reference, wanted.k));
    if (!sameTransform(wanted, zoomTransform(element))) {
      syncing = true;
      try {
        // Mid-gesture, this also re-anchors d3-zoom's pointers to the new view.
        behaviour.transform(selection, toD3(wanted));
      } finally {
        syncing = false;
      }
    }
    last = zoomTransform(element);
  };

  selection.call(behaviour).on("dblclick.zoom", null);
  const stopForwarding = forwardOrphanedTouches(element, selection);
  sync(store.getState().domain);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.domain !== previous.domain) sync(state.domain);
  });

  /** Screen pixels to d3-zoom's translation, which is in reference units. */
  const panBy = (px: number) => behaviour.translateBy(selection, -px / zoomTransform(element).k, 0);

  // A sideways wheel or trackpad swipe pans; d3-zoom only knows wheel as zoom.
  const onWheel = (event: WheelEvent) => {
    const gesture = wheelGesture(event, pageHeight(element));
    if (gesture.kind !== "pan") return;
    event.preventDefault();
    panBy(gesture.px);
  };

  // One finger: `touch-action: pan-y` lets the browser take vertical swipes (the page
  // scrolls, and the pointer is cancelled) and hands us sideways ones, which pan. d3-zoom
  // is not given one-finger touches, as it would claim vertical swipes too.
  const touches = new Set<number>();
  let drag: { id: number; x: number } | null = null;
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== "touch") return;
    touches.add(event.pointerId);
    drag = touches.size === 1 ? { id: event.pointerId, x: event.clientX } : null;
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag === null || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    drag.x = event.clientX;
    if (dx !== 0) panBy(-dx);
  };
  const onPointerEnd = (event: PointerEvent) => {
    touches.delete(event.pointerId);
    if (drag?.id === event.pointerId) drag = null;
  };

  element.addEventListener("wheel", onWheel, { passive: false });
  element.addEventListener("pointerdown", onPointerDown);
  element.addEventListener("pointermove", onPointerMove);
  element.addEventListener("pointerup", onPointerEnd);
  element.addEventListener("pointercancel", onPointerEnd);
  element.setAttribute(GESTURES_READY_ATTRIBUTE, "");
  return () => {
    element.removeAttribute(GESTURES_READY_ATTRIBUTE);
    element.removeEventListener("wheel", onWheel);
    element.removeEventListener("pointerdown", onPointerDown);
    element.removeEventListener("pointermove", onPointerMove);
    element.removeEventListener("pointerup", onPointerEnd);
    element.removeEventListener("pointercancel", onPointerEnd);
    unsubscribe();
    stopForwarding();
    selection.on(".zoom", null);
  };
}
