// The scripted interaction timed in the page: ctrl+wheel zoom, then a mouse-drag pan, sent
// through CDP on a fixed clock, with the frames drawn meanwhile.
import type { CDPSession, Page } from "@playwright/test";
import { AFTER_NEXT_FRAME_SCRIPT, START_FRAMES_SCRIPT } from "./pageProbe.ts";
import { frameStats, type FrameStats } from "./statistics.ts";
import { INPUT_TIMEOUT_MS, sleep, Stuck, withTimeout } from "./timeouts.ts";

/** A phase whose input the page has not finished handling after this long is cut short. */
const PHASE_CAP_MS = 60_000;
/** The page's size; the interaction aims at the middle of the plot's part on screen. */
export const VIEWPORT = { width: 1280, height: 800 };

// The scripted interaction: 2 s of ctrl+wheel at the plot centre (zoom in, then most of
// the way back out, ending about 4.5× closer), then 2 s of dragging (left, then back).
// Input is sent on a fixed 16 ms clock like a real device, without waiting for the page to
// answer each event (Chromium coalesces what queues up, as it does for real input); each
// phase then waits until the page has handled all of it.
const INPUT_INTERVAL_MS = 16;
const ZOOM_IN_STEPS = 75;
const ZOOM_OUT_STEPS = 50;
const ZOOM_DELTA_Y = 30; // × 0.002 per pixel in useTimelineGestures: about 6 % per event
const PAN_STEPS = 125;
const PAN_STEP_PX = 8;
/** CDP modifier bit for Control. */
const CTRL = 2;

/** The interaction's settings, as the report records them. */
export const INTERACTION = {
  inputIntervalMs: INPUT_INTERVAL_MS,
  zoomInSteps: ZOOM_IN_STEPS,
  zoomOutSteps: ZOOM_OUT_STEPS,
  zoomDeltaY: ZOOM_DELTA_Y,
  panSteps: PAN_STEPS,
  panStepPx: PAN_STEP_PX,
};

/** What one run learns from the interaction. */
export interface InteractionResult {
  frames: FrameStats;
  zoomFrames: FrameStats;
  panFrames: FrameStats;
  interaction: {
    wheelEvents: number;
    dragMoves: number;
    /** From the first wheel event to the page having handled the last (2 s if it keeps up). */
    zoomMs: number;
    /** The same for the drag moves. */
    panMs: number;
    /** False if the page had not handled all input after PHASE_CAP_MS. */
    complete: boolean;
  };
}

async function plotCentre(page: Page): Promise<{ x: number; y: number }> {
  const plot = page.getByRole("group", { name: /^Timeline,/ });
  await plot.scrollIntoViewIfNeeded({ timeout: 10_000 });
  const box = await plot.boundingBox({ timeout: 10_000 });
  if (box === null) throw new Error("the timeline plot has no box");
  const top = Math.max(0, box.y);
  const bottom = Math.min(VIEWPORT.height, box.y + box.height);
  return { x: box.x + box.width / 2, y: (top + bottom) / 2 };
}

/**
 * Sends `count` input events on a fixed clock without waiting for each to be handled, then
 * waits (up to PHASE_CAP_MS) until the page has handled them all and drawn a frame after
 * them. Chromium acknowledges some input (mouse moves) before the page's handlers run, so
 * the acknowledgements alone do not say the page has caught up; a double
 * requestAnimationFrame does, as queued input is dispatched before a frame's callbacks.
 * Returns how long that took from the first event and whether it finished.
 */
async function pacedInput(
  page: Page,
  count: number,
  send: (i: number) => Promise<unknown>,
): Promise<{ ms: number; complete: boolean }> {
  const start = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + i * INPUT_INTERVAL_MS - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send(i));
  }
  const left = PHASE_CAP_MS - (performance.now() - start);
  const handled = Promise.all(pending).then(() => page.evaluate(AFTER_NEXT_FRAME_SCRIPT));
  const complete = await withTimeout(handled, Math.max(1, left), "input").then(
    () => true,
    (error: unknown) => (error instanceof Stuck ? false : Promise.reject(error)),
  );
  return { ms: Math.round(performance.now() - start), complete };
}

interface MouseInput {
  type: "mouseMoved" | "mousePressed" | "mouseReleased" | "mouseWheel";
  x?: number;
  button?: "left";
  buttons?: number;
  clickCount?: number;
  modifiers?: number;
  deltaX?: number;
  deltaY?: number;
}

export async function interact(page: Page, cdp: CDPSession): Promise<InteractionResult> {
  const { x, y } = await plotCentre(page);
  const mouse = (params: MouseInput) => cdp.send("Input.dispatchMouseEvent", { x, y, ...params });
  await mouse({ type: "mouseMoved" });
  await page.evaluate(START_FRAMES_SCRIPT);

  const zoom = await pacedInput(page, ZOOM_IN_STEPS + ZOOM_OUT_STEPS, (i) =>
    mouse({
      type: "mouseWheel",
      modifiers: CTRL,
      deltaX: 0,
      deltaY: i < ZOOM_IN_STEPS ? -ZOOM_DELTA_Y : ZOOM_DELTA_Y,
    }),
  );
  const panMark = await withTimeout(
    page.evaluate(() => performance.now()),
    INPUT_TIMEOUT_MS,
    "reading the page clock",
  );

  await mouse({ type: "mousePressed", button: "left", buttons: 1, clickCount: 1 });
  const half = PAN_STEPS / 2;
  const pan = await pacedInput(page, PAN_STEPS, (i) =>
    mouse({
      type: "mouseMoved",
      button: "left",
      buttons: 1,
      x: x - PAN_STEP_PX * (i < half ? i + 1 : PAN_STEPS - i - 1),
    }),
  );
  await withTimeout(
    mouse({ type: "mouseReleased", button: "left", buttons: 0, clickCount: 1 }),
    INPUT_TIMEOUT_MS,
    "releasing the mouse",
  );
  await sleep(100);

  const frames = await withTimeout(
    page.evaluate(() => {
      const bench = window.__bench;
      if (bench === undefined) return [];
      bench.recording = false;
      return bench.frames;
    }),
    INPUT_TIMEOUT_MS,
    "stopping the frame recorder",
  );
  return {
    frames: frameStats(frames),
    zoomFrames: frameStats(frames.filter((t) => t <= panMark)),
    panFrames: frameStats(frames.filter((t) => t > panMark)),
    interaction: {
      wheelEvents: ZOOM_IN_STEPS + ZOOM_OUT_STEPS,
      dragMoves: PAN_STEPS,
      zoomMs: zoom.ms,
      panMs: pan.ms,
      complete: zoom.complete && pan.complete,
    },
  };
}
