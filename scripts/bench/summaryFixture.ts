// A size's summary with a number in every column, for the tests of the printed tables and
// of the budgets.
import type { SizeSummary } from "./summary.ts";

export const summary: SizeSummary = {
  events: 1000,
  status: "ok",
  readyMs: 248.9,
  fcpMs: 120.4,
  lcpMs: 130,
  floor: { status: "ok", readyMs: 124.45, fcpMs: 130, lcpMs: null },
  readyOverFloor: 2,
  datasetLoadedMs: 100.2,
  longestTaskBeforeReadyMs: 155.4,
  frames: { medianMs: 16.7, p95Ms: 28, maxMs: 41, over50: 0 },
  zoomP95Ms: 24,
  panP95Ms: 21,
  zoomHandledMs: 2010,
  panHandledMs: 2066,
  heapMB: 23.5,
  domNodes: 2002,
  mainThread: {
    load: { taskMs: 200, scriptMs: 100, styleMs: 20, layoutMs: 10 },
    interaction: { taskMs: 300, scriptMs: 150, styleMs: 30, layoutMs: 15 },
  },
};
