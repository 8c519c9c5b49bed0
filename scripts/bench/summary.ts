// A size's runs summed up as medians over the runs that went well: what the tables print
// and the report keeps beside the runs themselves. Pure.
import { TIME_KEYS, type MainThreadTime } from "./mainThread.ts";
import type { RunResult } from "./pageRun.ts";
import { median, round } from "./statistics.ts";

export interface SizeSummary {
  events: number;
  status: string;
  readyMs: number | null;
  datasetLoadedMs: number | null;
  longestTaskBeforeReadyMs: number | null;
  frames: {
    medianMs: number | null;
    p95Ms: number | null;
    maxMs: number | null;
    over50: number | null;
  };
  zoomP95Ms: number | null;
  panP95Ms: number | null;
  /** How long the page took to handle the 2 s of wheel input, and of drag input. */
  zoomHandledMs: number | null;
  panHandledMs: number | null;
  heapMB: number | null;
  domNodes: number | null;
  mainThread: {
    load: Partial<Record<keyof MainThreadTime, number | null>>;
    interaction: Partial<Record<keyof MainThreadTime, number | null>>;
  };
}

export function summarize(events: number, runs: RunResult[]): SizeSummary {
  const ok = runs.filter((r) => r.status === "ok");
  const med = (pick: (r: RunResult) => number | null | undefined) =>
    median(ok.map(pick).filter((v): v is number => typeof v === "number"));
  const failures = runs.filter((r) => r.status !== "ok").map((r) => r.status);
  const heap = med((r) => r.heapBytes);
  const phase = (which: "load" | "interaction") =>
    Object.fromEntries(TIME_KEYS.map((key) => [key, med((r) => r.mainThread?.[which]?.[key])]));
  return {
    events,
    status:
      failures.length === 0
        ? "ok"
        : ok.length === 0
          ? (failures[0] ?? "error")
          : `${ok.length}/${runs.length} ok`,
    readyMs: round(med((r) => r.readyMs)),
    datasetLoadedMs: round(med((r) => r.datasetLoadedMs)),
    longestTaskBeforeReadyMs: round(med((r) => r.longestTaskBeforeReadyMs)),
    frames: {
      medianMs: round(med((r) => r.frames?.medianMs)),
      p95Ms: round(med((r) => r.frames?.p95Ms)),
      maxMs: round(med((r) => r.frames?.maxMs)),
      over50: med((r) => r.frames?.over50),
    },
    zoomP95Ms: round(med((r) => r.zoomFrames?.p95Ms)),
    panP95Ms: round(med((r) => r.panFrames?.p95Ms)),
    zoomHandledMs: med((r) => r.interaction?.zoomMs),
    panHandledMs: med((r) => r.interaction?.panMs),
    heapMB: heap === null ? null : round(heap / 1024 / 1024),
    domNodes: med((r) => r.domNodes),
    mainThread: { load: phase("load"), interaction: phase("interaction") },
  };
}
