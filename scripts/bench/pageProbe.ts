// What the benchmark installs in the page: a probe that stamps the moment the timeline is
// ready (or shows an error) and collects long tasks, and a frame recorder.

export interface BenchState {
  ready: number | null;
  error: string | null;
  frames: number[];
  recording: boolean;
  longTasks: [start: number, duration: number][];
}

declare global {
  interface Window {
    __bench?: BenchState;
  }
}

// Page-side code is written as plain JavaScript strings: tsx (esbuild with keepNames) wraps
// named inner functions in a `__name` helper that does not exist in the page.

/** What the probe says on the console (console.debug) when the page is ready or fails. */
export const PROBE_READY = "__bench:ready";
export const PROBE_ERROR = "__bench:error ";

/** Installed before any page script: stamps the ready moment and collects long tasks. */
export const PROBE_SCRIPT = `(() => {
  const bench = { ready: null, error: null, frames: [], recording: false, longTasks: [] };
  window.__bench = bench;
  const observer = new MutationObserver(() => {
    if (bench.ready !== null) return;
    if (document.querySelector("[data-timeline-ready]") !== null) {
      bench.ready = performance.now();
      observer.disconnect();
      console.debug("${PROBE_READY}");
    } else if (bench.error === null) {
      const error = document.querySelector(".error-view");
      if (error !== null) {
        bench.error = (error.textContent || "error").slice(0, 500);
        console.debug("${PROBE_ERROR}" + bench.error);
      }
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-timeline-ready"],
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // Long tasks are a bonus; a browser without them still gets measured.
  }
})();`;

/** Records every animation frame's timestamp until `__bench.recording` is cleared. */
export const START_FRAMES_SCRIPT = `(() => {
  const bench = window.__bench;
  bench.frames = [];
  bench.recording = true;
  const loop = (t) => {
    if (!bench.recording) return;
    bench.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

/** Resolves once the page has drawn the frame after the current one. */
export const AFTER_NEXT_FRAME_SCRIPT =
  "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))";
