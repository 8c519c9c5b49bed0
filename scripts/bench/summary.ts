// A size's runs summed up as medians over the runs that went well (with the floor page's
// and the ready/floor ratio), and the real dataset's on the desktop and under the phone
// profile: what the tables print and the report keeps beside the runs themselves. Pure.
import type { LoadResult } from "./loadRun.ts";
import { TIME_KEYS, type MainThreadTime } from "./mainThread.ts";
import type { RunResult } from "./pageRun.ts";
import type { PhoneRuns } from "./phoneProfile.ts";
import type { RealRuns } from "./realDataset.ts";
import { median, round } from "./statistics.ts";

/** A page's loads: medians of ready, FCP and LCP over the runs that went well. */
export interface LoadSummary {
  status: string;
  readyMs: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
}

/**
 * The real dataset: the app at `/`, the floor on the same file and the app's page without
 * its scripts (no ready: paints only), in one profile.
 */
export interface RealSummary {
  app: LoadSummary;
  floor: LoadSummary;
  html: LoadSummary;
  /** The app's median ready over the floor's. */
  readyOverFloor: number | null;
}

/** The phone profile: the real dataset, and the tap on a card. */
export interface PhoneSummary extends RealSummary {
  app: LoadSummary & { tapToFrameMs: number | null; tapInputDelayMs: number | null };
}

export interface SizeSummary {
  events: number;
  status: string;
  readyMs: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  /** The floor page on the same file, in the same run (null when it was not measured). */
  floor: LoadSummary | null;
  /** The app's median ready over the floor's. */
  readyOverFloor: number | null;
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

type Status = { status: "ok" | "timeout" | "error" };

/** "ok", the one failure when every run failed, or "2/3 ok". */
function statusOf(runs: readonly Status[]): string {
  const ok = runs.filter((r) => r.status === "ok").length;
  const failures = runs.filter((r) => r.status !== "ok").map((r) => r.status);
  if (failures.length === 0) return "ok";
  return ok === 0 ? (failures[0] ?? "error") : `${ok}/${runs.length} ok`;
}

/** The median of what `pick` finds in the runs that went well. */
function medianOf<R extends Status>(runs: readonly R[], pick: (r: R) => number | null | undefined) {
  return median(
    runs
      .filter((r) => r.status === "ok")
      .map(pick)
      .filter((v): v is number => typeof v === "number"),
  );
}

/** `app / floor`, to two decimals; null when either is missing or the floor is not > 0. */
export function ratio(app: number | null, floor: number | null): number | null {
  if (app === null || floor === null || !(floor > 0)) return null;
  return round(app / floor, 2);
}

export function summarizeLoads(runs: readonly LoadResult[]): LoadSummary {
  return {
    status: statusOf(runs),
    readyMs: round(medianOf(runs, (r) => r.readyMs)),
    fcpMs: round(medianOf(runs, (r) => r.fcpMs)),
    lcpMs: round(medianOf(runs, (r) => r.lcpMs)),
  };
}

export function summarizeReal(runs: RealRuns): RealSummary {
  const app = summarizeLoads(runs.app);
  const floor = summarizeLoads(runs.floor);
  const html = summarizeLoads(runs.html);
  return { app, floor, html, readyOverFloor: ratio(app.readyMs, floor.readyMs) };
}

export function summarizePhone(phone: PhoneRuns): PhoneSummary {
  const real = summarizeReal(phone);
  return {
    ...real,
    app: {
      ...real.app,
      tapToFrameMs: round(medianOf(phone.app, (r) => r.tapToFrameMs)),
      tapInputDelayMs: round(medianOf(phone.app, (r) => r.tapInputDelayMs)),
    },
  };
}

export function summarize(
  events: number,
  runs: RunResult[],
  floorRuns: readonly LoadResult[] = [],
): SizeSummary {
  const med = (pick: (r: RunResult) => number | null | undefined) => medianOf(runs, pick);
  const heap = med((r) => r.heapBytes);
  const phase = (which: "load" | "interaction") =>
    Object.fromEntries(TIME_KEYS.map((key) => [key, med((r) => r.mainThread?.[which]?.[key])]));
  const readyMs = round(med((r) => r.readyMs));
  const floor = floorRuns.length === 0 ? null : summarizeLoads(floorRuns);
  return {
    events,
    status: statusOf(runs),
    readyMs,
    fcpMs: round(med((r) => r.fcpMs)),
    lcpMs: round(med((r) => r.lcpMs)),
    floor,
    readyOverFloor: ratio(readyMs, floor?.readyMs ?? null),
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
