// npm run bench [-- --sizes 100,1000 --runs 3 --out bench-results/bench.json --profile --node]
//
// Generates synthetic datasets, serves the production build, and measures in headless
// Chromium, for each size and run: time from navigation to `data-timeline-ready`, frame
// intervals while a scripted ctrl+wheel zoom and a mouse-drag pan run, JS heap and DOM
// nodes; plus, in Node, JSON.parse, validateDataset, search-index, filter and query times.
// Prints a table (medians over runs) and writes JSON with machine details. Before the
// browser runs, it times the spreadsheet import of a 50,000-row sheet in Node (--csv-rows;
// 0 skips it).
//
// --node measures the Node rows only, without a build or a browser: quick, and usable on a
// machine whose browsers are busy with something else.
//
// A benchmark, not a test: timings never fail it. It exits non-zero only when something
// broke (a page that never became ready, showed an error, crashed or stopped answering).
//
// --profile adds one extra, uncounted run per size under the CPU profiler and prints the
// functions with the most self time while loading and while interacting (mapped through
// the build's source maps); the .cpuprofile files are written beside the JSON and open in
// Chrome DevTools (Performance panel).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import os from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from "@playwright/test";
import { CHROMIUM_ARGS, chooseBrowser } from "../../e2e/browser.ts";
import { validateDataset } from "../../src/data/validate.ts";
import { startStaticServer } from "../staticServer.ts";
import { timeCsvImport, type CsvImportTiming } from "./csvImport.ts";
import { timeFilters, type FilterTimes } from "./filters.ts";
import { generateDataset } from "./generate.ts";

const DIST = resolve("dist");
const SEED = 20250213;
const READY_TIMEOUT_MS = 60_000;
/** One input event that takes longer than this means the page has stopped answering. */
const INPUT_TIMEOUT_MS = 30_000;
/** A phase whose input the page has not finished handling after this long is cut short. */
const PHASE_CAP_MS = 60_000;
const VIEWPORT = { width: 1280, height: 800 };

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

// ---------------------------------------------------------------------------------------
// Options

interface Options {
  sizes: number[];
  runs: number;
  out: string;
  seed: number;
  profile: boolean;
  nodeOnly: boolean;
  csvRows: number[];
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "100,1000,10000,100000" },
      runs: { type: "string", default: "3" },
      out: { type: "string", default: "bench-results/bench.json" },
      seed: { type: "string", default: String(SEED) },
      profile: { type: "boolean", default: false },
      node: { type: "boolean", default: false },
      "csv-rows": { type: "string", default: "50000" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(
      "npm run bench -- [--sizes 100,1000,10000,100000] [--runs 3] [--out bench-results/bench.json] [--seed N] [--profile] [--node] [--csv-rows 50000]",
    );
    process.exit(0);
  }
  const sizes = values.sizes.split(",").map((s) => Number(s.trim().replaceAll("_", "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--sizes must be positive integers separated by commas, got ${values.sizes}`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be ≥ 1, got ${values.runs}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const csvRows = values["csv-rows"]
    .split(",")
    .map((s) => Number(s.trim().replaceAll("_", "")))
    .filter((n) => n !== 0);
  if (csvRows.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new Error(`--csv-rows must be row counts separated by commas, got ${values["csv-rows"]}`);
  }
  return {
    sizes,
    runs,
    out: values.out,
    seed,
    profile: values.profile,
    nodeOnly: values.node,
    csvRows,
  };
}

// ---------------------------------------------------------------------------------------
// Statistics

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile, p in [0, 1]. */
function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? null;
}

interface FrameStats {
  frames: number;
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  over50: number;
}

function frameStats(timestamps: readonly number[]): FrameStats {
  const intervals = timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));
  return {
    frames: intervals.length,
    medianMs: round(median(intervals)),
    p95Ms: round(percentile(intervals, 0.95)),
    maxMs: round(intervals.length > 0 ? Math.max(...intervals) : null),
    over50: intervals.filter((d) => d > 50).length,
  };
}

function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// ---------------------------------------------------------------------------------------
// Datasets and Node-side validation

interface NodeResult {
  events: number;
  bytes: number;
  generateMs: number;
  parseMs: number | null;
  validateMs: number | null;
  /** Medians of `timeFilters` over the same three runs; null when the dataset is invalid. */
  filters: FilterTimes | null;
  valid: boolean;
  problems?: string[];
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function prepareDataset(count: number, seed: number): { text: string; node: NodeResult } {
  let text = "";
  const generateMs = timeIt(() => {
    text = JSON.stringify(generateDataset(count, seed));
  });
  writeFileSync(join(DIST, "bench", `${count}.json`), text);
  const parse: number[] = [];
  const validate: number[] = [];
  const filterRuns: FilterTimes[] = [];
  let valid = true;
  let problems: string[] | undefined;
  for (let i = 0; i < 3; i++) {
    let value: unknown;
    parse.push(
      timeIt(() => {
        value = JSON.parse(text);
      }),
    );
    // A fresh parse each time: validation must not find anything warmed or cached.
    let result: ReturnType<typeof validateDataset> | undefined;
    validate.push(
      timeIt(() => {
        result = validateDataset(value);
      }),
    );
    if (result?.ok === true) {
      filterRuns.push(timeFilters(result.dataset));
    } else {
      valid = false;
      problems = result?.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    }
  }
  const node: NodeResult = {
    events: count,
    bytes: Buffer.byteLength(text),
    generateMs: round(generateMs) ?? 0,
    parseMs: round(median(parse)),
    validateMs: round(median(validate)),
    filters: valid ? medianFilterTimes(filterRuns) : null,
    valid,
  };
  if (problems !== undefined) node.problems = problems;
  return { text, node };
}

function medianFilterTimes(runs: readonly FilterTimes[]): FilterTimes {
  const of = (key: keyof FilterTimes) => round(median(runs.map((r) => r[key]))) ?? 0;
  return {
    buildMs: of("buildMs"),
    facetsMs: of("facetsMs"),
    queryMs: of("queryMs"),
    facetMatches: of("facetMatches"),
    queryMatches: of("queryMatches"),
  };
}

// ---------------------------------------------------------------------------------------
// In the page

interface BenchState {
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
const PROBE_READY = "__bench:ready";
const PROBE_ERROR = "__bench:error ";

/** Installed before any page script: stamps the ready moment and collects long tasks. */
const PROBE_SCRIPT = `(() => {
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
const START_FRAMES_SCRIPT = `(() => {
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
const AFTER_NEXT_FRAME_SCRIPT =
  "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))";

// ---------------------------------------------------------------------------------------
// One run in the browser

interface RunResult {
  run: number;
  status: "ok" | "timeout" | "error";
  error?: string;
  readyMs?: number;
  /** When the dataset file had fully arrived (resource timing responseEnd). */
  datasetLoadedMs?: number;
  longestTaskBeforeReadyMs?: number;
  /** Sum over tasks before ready of the time beyond 50 ms each. */
  blockingBeforeReadyMs?: number;
  domNodes?: number;
  heapBytes?: number;
  frames?: FrameStats;
  zoomFrames?: FrameStats;
  panFrames?: FrameStats;
  interaction?: {
    wheelEvents: number;
    dragMoves: number;
    /** From the first wheel event to the page having handled the last (2 s if it keeps up). */
    zoomMs: number;
    /** The same for the drag moves. */
    panMs: number;
    /** False if the page had not handled all input after PHASE_CAP_MS. */
    complete: boolean;
  };
  /** Renderer main-thread time by kind (CDP Performance metrics), to ready and while interacting. */
  mainThread?: { load: MainThreadTime; interaction?: MainThreadTime };
  measures?: { name: string; ms: number }[];
  consoleErrors: string[];
}

interface MainThreadTime {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  styleCount: number;
  layoutCount: number;
}

async function pageMetrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await withTimeout(
    cdp.send("Performance.getMetrics"),
    INPUT_TIMEOUT_MS,
    "reading page metrics",
  );
  return new Map(metrics.map((m) => [m.name, m.value]));
}

function mainThreadTime(after: Map<string, number>, before = new Map<string, number>()) {
  const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const ms = (name: string) => Math.round(delta(name) * 1000);
  return {
    taskMs: ms("TaskDuration"),
    scriptMs: ms("ScriptDuration"),
    styleMs: ms("RecalcStyleDuration"),
    layoutMs: ms("LayoutDuration"),
    styleCount: delta("RecalcStyleCount"),
    layoutCount: delta("LayoutCount"),
  };
}

class Stuck extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stuck(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Resolves when the probe reports the page ready or showing an error, or the page crashes.
 * The probe reports on the console: polling the page from here instead put a task on its
 * main thread every 50 ms, inside the very time being measured. Attach before navigating.
 */
function waitForReady(page: Page): Promise<"ready" | "timeout" | string> {
  const signal = new Promise<string>((done) => {
    page.on("console", (message) => {
      if (message.type() !== "debug") return;
      const text = message.text();
      if (text === PROBE_READY) done("ready");
      else if (text.startsWith(PROBE_ERROR)) {
        done(`the page showed an error: ${text.slice(PROBE_ERROR.length)}`);
      }
    });
    page.on("crash", () => done("the page crashed"));
  });
  return withTimeout(signal, READY_TIMEOUT_MS, "waiting for ready").catch((error: unknown) =>
    error instanceof Stuck ? "timeout" : Promise.reject(error),
  );
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestIdleCallback(() => done(), { timeout: 5_000 });
      }),
  );
  await sleep(200);
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

async function interact(
  page: Page,
  cdp: CDPSession,
): Promise<Pick<RunResult, "frames" | "zoomFrames" | "panFrames" | "interaction">> {
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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

interface Profiling {
  start(): Promise<void>;
  stop(name: string): Promise<void>;
}

async function runOnce(
  browser: Browser,
  origin: string,
  size: number,
  run: number,
  profiling: ((context: BrowserContext, page: Page) => Promise<Profiling>) | null,
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: "en-GB",
    timezoneId: "UTC",
  });
  const result: RunResult = { run, status: "ok", consoleErrors: [] };
  try {
    const page = await context.newPage();
    let crashed = false;
    page.on("crash", () => (crashed = true));
    page.on("console", (message) => {
      if (message.type() === "error") result.consoleErrors.push(message.text().slice(0, 300));
    });
    page.on("pageerror", (error) => result.consoleErrors.push(error.message.slice(0, 300)));
    await page.addInitScript(PROBE_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    const profiler = profiling === null ? null : await profiling(context, page);

    await profiler?.start();
    const ready = waitForReady(page);
    await page.goto(`${origin}/?data=/bench/${size}.json`, { waitUntil: "commit" });
    const outcome = await ready;
    if (outcome !== "ready") {
      result.status = outcome === "timeout" ? "timeout" : "error";
      if (outcome !== "timeout") result.error = outcome;
      return result;
    }
    const atReady = await pageMetrics(cdp);
    result.mainThread = { load: mainThreadTime(atReady) };
    await profiler?.stop(`${size}-load`);

    const loaded = await page.evaluate(
      ({ path }) => {
        const bench = window.__bench;
        const ready = bench?.ready ?? 0;
        const tasks = (bench?.longTasks ?? []).filter(([start]) => start < ready);
        const resource = performance
          .getEntriesByType("resource")
          .find((e) => new URL(e.name).pathname === path) as PerformanceResourceTiming | undefined;
        return {
          ready,
          datasetLoaded: resource?.responseEnd ?? null,
          longest: tasks.reduce((max, [, d]) => Math.max(max, d), 0),
          blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
          measures: performance
            .getEntriesByType("measure")
            .map((m) => ({ name: m.name, ms: Math.round(m.duration * 10) / 10 })),
        };
      },
      { path: `/bench/${size}.json` },
    );
    result.readyMs = round(loaded.ready) ?? 0;
    if (loaded.datasetLoaded !== null) result.datasetLoadedMs = round(loaded.datasetLoaded) ?? 0;
    result.longestTaskBeforeReadyMs = round(loaded.longest) ?? 0;
    result.blockingBeforeReadyMs = round(loaded.blocking) ?? 0;
    if (loaded.measures.length > 0) result.measures = loaded.measures;

    await withTimeout(settle(page), INPUT_TIMEOUT_MS, "waiting for the page to settle");
    result.domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    await withTimeout(cdp.send("HeapProfiler.collectGarbage"), INPUT_TIMEOUT_MS, "a GC");
    result.heapBytes = await page.evaluate(
      () =>
        (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );

    await profiler?.start();
    const beforeInteraction = await pageMetrics(cdp);
    Object.assign(result, await interact(page, cdp));
    const afterInteraction = await pageMetrics(cdp);
    result.mainThread.interaction = mainThreadTime(afterInteraction, beforeInteraction);
    await profiler?.stop(`${size}-interaction`);
    if (crashed) throw new Error("the page crashed");
    return result;
  } catch (error) {
    result.status = error instanceof Stuck ? "timeout" : "error";
    result.error = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return result;
  } finally {
    await withTimeout(context.close(), 30_000, "closing the page").catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------
// CPU profiles: self time by function, mapped to the original sources

const sourceMaps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (sourceMaps.has(url)) return sourceMaps.get(url) ?? null;
  let map: SourceMap | null = null;
  try {
    const path = join(DIST, new URL(url).pathname);
    if (path.startsWith(DIST + sep) && existsSync(`${path}.map`)) {
      map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8")));
    }
  } catch {
    map = null;
  }
  sourceMaps.set(url, map);
  return map;
}

function describeFrame(frame: ProfileNode["callFrame"]): string {
  const name = frame.functionName || "(anonymous)";
  if (frame.url === "" || !frame.url.startsWith("http")) return name;
  const map = sourceMapFor(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (map === null || entry?.originalSource === undefined || entry.originalLine === undefined) {
    return `${name} ${new URL(frame.url).pathname}:${frame.lineNumber + 1}`;
  }
  const source = entry.originalSource.replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "~");
  const payload = map.payload as { sources?: string[]; sourcesContent?: (string | null)[] };
  const index = payload.sources?.indexOf(entry.originalSource) ?? -1;
  const line = payload.sourcesContent?.[index]?.split("\n")[entry.originalLine]?.trim() ?? "";
  const shown = line.length > 60 ? `${line.slice(0, 59)}…` : line;
  return `${source}:${entry.originalLine + 1} ${shown}`.trim();
}

function topSelfTime(profile: CpuProfile, limit = 10): { fn: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = deltas[i + 1] ?? 0;
    if (node === undefined || node.callFrame.functionName === "(idle)") return;
    total += us;
    const key = describeFrame(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, us]) => ({ fn, ms: Math.round(us / 100) / 10, share: total > 0 ? us / total : 0 }));
}

function profilerFor(outDir: string, summaries: Record<string, ReturnType<typeof topSelfTime>>) {
  return async (context: BrowserContext, page: Page): Promise<Profiling> => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
    return {
      start: async () => {
        await cdp.send("Profiler.start");
      },
      stop: async (name) => {
        const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
        writeFileSync(join(outDir, `profile-${name}.cpuprofile`), JSON.stringify(profile));
        summaries[name] = topSelfTime(profile);
      },
    };
  };
}

// ---------------------------------------------------------------------------------------
// Summary and output

interface SizeSummary {
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

const TIME_KEYS = ["taskMs", "scriptMs", "styleMs", "layoutMs"] as const;

function summarize(events: number, runs: RunResult[]): SizeSummary {
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

/** Column 0 and any in `left` are left-aligned, the rest right-aligned. */
function formatTable(headers: string[], rows: string[][], left: number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const num = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined
    ? "–"
    : v.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printTables(summaries: SizeSummary[], node: NodeResult[], runs: number): void {
  const browserRows = summaries.map((s) => {
    const failed = s.status !== "ok" && s.readyMs === null;
    return [
      num(s.events),
      s.status,
      failed ? s.status : num(s.readyMs),
      num(s.datasetLoadedMs),
      num(s.longestTaskBeforeReadyMs),
      num(s.frames.medianMs, 1),
      num(s.frames.p95Ms, 1),
      num(s.frames.maxMs),
      num(s.frames.over50),
      num(s.zoomP95Ms, 1),
      num(s.panP95Ms, 1),
      s.zoomHandledMs === null
        ? "–"
        : `${num(s.zoomHandledMs / 1000, 1)} / ${num((s.panHandledMs ?? 0) / 1000, 1)}`,
      num(s.heapMB, 1),
      num(s.domNodes),
    ];
  });
  console.log(`\nIn the browser (median of ${runs} run${runs === 1 ? "" : "s"} per size):\n`);
  console.log(
    formatTable(
      [
        "events",
        "status",
        "ready ms",
        "file in ms",
        "long task",
        "frame p50",
        "p95",
        "max",
        ">50ms",
        "zoom p95",
        "pan p95",
        "2s input took",
        "heap MB",
        "DOM nodes",
      ],
      browserRows,
    ),
  );
  console.log(
    "\nready: navigation start to data-timeline-ready. file in: dataset downloaded (responseEnd). " +
      "long task: longest main-thread task before ready, ms. frame p50/p95/max/>50ms: " +
      "requestAnimationFrame intervals, ms, over the scripted 2 s ctrl+wheel zoom and 2 s drag " +
      "pan (zoom p95, pan p95: each phase alone). 2s input took: seconds until the page had " +
      "handled the 2 s of wheel / drag input. heap: usedJSHeapSize after a forced GC at ready.",
  );

  const ms = (v: number | null | undefined) => num(v);
  const threadRows = summaries.map((s) => {
    const n = node.find((r) => r.events === s.events);
    const { load, interaction } = s.mainThread;
    return [
      num(s.events),
      n === undefined ? "–" : num(n.bytes / 1e6, 2),
      num(n?.parseMs, 1),
      n === undefined ? "–" : n.valid ? num(n.validateMs, 1) : "INVALID",
      num(n?.filters?.buildMs, 1),
      num(n?.filters?.facetsMs, 1),
      num(n?.filters?.queryMs, 1),
      ...TIME_KEYS.map((key) => ms(load[key])),
      ...TIME_KEYS.map((key) => ms(interaction[key])),
    ];
  });
  console.log("\nNode validation, and where the page's main thread spends its time:\n");
  console.log(
    formatTable(
      [
        "events",
        "file MB",
        "parse ms",
        "validate ms",
        "index ms",
        "facets ms",
        "query ms",
        "load: task",
        "script",
        "style",
        "layout",
        "interact: task",
        "script",
        "style",
        "layout",
      ],
      threadRows,
    ),
  );
  console.log(
    `${NODE_NOTE} All in Node, median of 3.` +
      "\nload / interact: " +
      "renderer main-thread CPU ms (CDP Performance metrics, thread time) from navigation to " +
      "ready, and over the zoom + pan; task covers everything, script / style / layout are " +
      "parts of it. Frame intervals far above these mean the frames waited on something else " +
      "(raster, compositing, other processes on a busy machine).",
  );
}

function printCsvTable(timings: readonly CsvImportTiming[]): void {
  if (timings.length === 0) return;
  console.log("\nSpreadsheet import in Node (one run each):\n");
  console.log(
    formatTable(
      ["rows", "CSV MB", "import ms", "JSON out ms", "preview ms", "events", "sources", "problems"],
      timings.map((t) => [
        num(t.rows),
        num(t.megabytes, 2),
        num(t.importMs),
        num(t.jsonMs),
        num(t.previewMs),
        num(t.events),
        num(t.sources),
        num(t.problems),
      ]),
    ),
  );
  console.log(
    "\nimport: csvToDataset on a sheet with one distinct source per row (scripts/bench/csvRows.ts). " +
      "JSON out: the command line's formatted output. preview: what the preview page runs on the " +
      "dropped file (conversion, validation, JSON).",
  );
}

// ---------------------------------------------------------------------------------------

/** What the report says of the machine the numbers come from. */
function machine() {
  const cpus = os.cpus();
  return {
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? "unknown",
    cpuCount: cpus.length,
    totalMemoryBytes: os.totalmem(),
    node: process.version,
  };
}

/** `--node`: the Node rows alone, as a table and as JSON beside the browser report's. */
function nodeReport(options: Options, node: NodeResult[]): number {
  console.log("\nIn Node (median of 3 runs per size):\n");
  console.log(
    formatTable(
      ["events", "file MB", "parse ms", "validate ms", "index ms", "facets ms", "query ms"],
      node.map((n) => [
        num(n.events),
        num(n.bytes / 1e6, 2),
        num(n.parseMs, 1),
        n.valid ? num(n.validateMs, 1) : "INVALID",
        num(n.filters?.buildMs, 1),
        num(n.filters?.facetsMs, 1),
        num(n.filters?.queryMs, 1),
      ]),
    ),
  );
  console.log(NODE_NOTE);
  const report = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage: os.loadavg() },
    options,
    node,
  };
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${options.out}`);
  return node.some((n) => !n.valid) ? 1 : 0;
}

const NODE_NOTE =
  "\nparse / validate: JSON.parse and validateDataset. index: buildSearchIndex. facets: " +
  "applyFilters + facetCounts with kinds, people, a claim, stances and outlets selected. " +
  "query: the same two with a three-term query on a fresh index.";

function ensureBuild(): void {
  if (existsSync(join(DIST, "index.html"))) return;
  console.log("dist/index.html is missing: running `npm run build` first.");
  const build = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (build.status !== 0 || !existsSync(join(DIST, "index.html"))) {
    throw new Error("`npm run build` failed; fix the build and run the benchmark again");
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options.nodeOnly) ensureBuild();
  mkdirSync(join(DIST, "bench"), { recursive: true });
  const outDir = dirname(resolve(options.out));
  mkdirSync(outDir, { recursive: true });

  console.log(`Generating datasets (seed ${options.seed}) and timing validation in Node…`);
  const node: NodeResult[] = [];
  const datasets = new Map<string, Buffer>();
  for (const size of options.sizes) {
    const { text, node: result } = prepareDataset(size, options.seed);
    datasets.set(`/bench/${size}.json`, Buffer.from(text));
    node.push(result);
    console.log(
      `  ${num(size).padStart(7)} events: ${num(result.bytes / 1e6, 2)} MB, JSON.parse ${num(result.parseMs, 1)} ms, validateDataset ${num(result.validateMs, 1)} ms${result.valid ? "" : " INVALID"}`,
    );
    const f = result.filters;
    if (f !== null) {
      console.log(
        `           index ${num(f.buildMs, 1)} ms, facets ${num(f.facetsMs, 1)} ms (${num(f.facetMatches)} pass), query ${num(f.queryMs, 1)} ms (${num(f.queryMatches)} match)`,
      );
    }
    for (const problem of result.problems ?? []) console.log(`      ${problem}`);
  }
  const csvImport: CsvImportTiming[] = [];
  for (const rows of options.csvRows) {
    const timing = await timeCsvImport(rows);
    csvImport.push(timing);
    console.log(
      `  CSV import of ${num(rows)} rows: ${num(timing.importMs)} ms, preview ${num(timing.previewMs)} ms, ${num(timing.events)} events, ${num(timing.sources)} sources`,
    );
  }
  if (options.nodeOnly) return nodeReport(options, node);

  const loadBefore = os.loadavg();
  if ((loadBefore[0] ?? 0) > os.cpus().length) {
    console.log(
      `Warning: the machine is busy (load average ${loadBefore.map((l) => l.toFixed(1)).join(", ")} on ${os.cpus().length} CPUs); timings will be noisy.`,
    );
  }
  const choice = chooseBrowser();
  console.log(choice.description);
  // The benchmark datasets come from memory, so that a rebuild elsewhere (which empties
  // dist/) cannot pull them away mid-run.
  const { origin, close } = await startStaticServer({ root: DIST, files: datasets });
  const launch = () =>
    chromium.launch({
      ...(choice.executablePath === undefined ? {} : { executablePath: choice.executablePath }),
      headless: true,
      args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"],
    });
  // One uncounted load first, so that no size pays for starting the browser's processes.
  const warmUp = async (browser: Browser) => {
    const smallest = Math.min(...options.sizes);
    await runOnce(browser, origin, smallest, 0, null);
    return browser;
  };
  let browser = await warmUp(await launch());
  const chromiumVersion = browser.version();

  const results: Record<string, RunResult[]> = {};
  const profiles: Record<string, ReturnType<typeof topSelfTime>> = {};
  try {
    for (const size of options.sizes) {
      const runs: RunResult[] = [];
      for (let run = 1; run <= options.runs; run++) {
        process.stdout.write(`  ${num(size).padStart(7)} events, run ${run}/${options.runs}: `);
        const result = await runOnce(browser, origin, size, run, null);
        runs.push(result);
        console.log(
          result.status === "ok"
            ? `ready ${num(result.readyMs)} ms, frame p95 ${num(result.frames?.p95Ms, 1)} ms, max ${num(result.frames?.maxMs)} ms${result.interaction?.complete === false ? " (interaction cut short)" : ""}`
            : `${result.status}${result.error === undefined ? "" : `: ${result.error}`}`,
        );
        for (const message of result.consoleErrors.slice(0, 3))
          console.log(`      console: ${message}`);
        if (result.status !== "ok" && !browser.isConnected())
          browser = await warmUp(await launch());
      }
      results[size] = runs;
      if (options.profile) {
        process.stdout.write(`  ${num(size).padStart(7)} events, profiled run: `);
        const result = await runOnce(browser, origin, size, 0, profilerFor(outDir, profiles));
        console.log(result.status);
        if (!browser.isConnected()) browser = await warmUp(await launch());
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await close();
  }

  const summaries = options.sizes.map((size) => summarize(size, results[size] ?? []));
  printTables(summaries, node, options.runs);
  printCsvTable(csvImport);

  for (const [name, top] of Object.entries(profiles)) {
    console.log(`\nTop self time, ${name} (profiled run, sampling every 250 µs):`);
    console.log(
      formatTable(
        ["ms", "share", "function (original source)"],
        top.map((t) => [num(t.ms, 1), `${(t.share * 100).toFixed(1)} %`, t.fn]),
        [2],
      ).replace(/^/gm, "  "),
    );
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      ...machine(),
      chromium: chromiumVersion,
      browser: choice.description,
      /** 1, 5 and 15 minute load averages before and after the browser runs. */
      loadAverage: { before: loadBefore, after: os.loadavg() },
    },
    options: {
      ...options,
      viewport: VIEWPORT,
      interaction: {
        inputIntervalMs: INPUT_INTERVAL_MS,
        zoomInSteps: ZOOM_IN_STEPS,
        zoomOutSteps: ZOOM_OUT_STEPS,
        zoomDeltaY: ZOOM_DELTA_Y,
        panSteps: PAN_STEPS,
        panStepPx: PAN_STEP_PX,
      },
    },
    node,
    csvImport,
    browser: summaries.map((summary) => ({ ...summary, runs: results[summary.events] ?? [] })),
    ...(options.profile ? { profiles } : {}),
  };
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${options.out}`);

  const broken =
    node.some((n) => !n.valid) ||
    csvImport.some((t) => t.problems > 0 || t.events !== t.rows) ||
    Object.values(results).some((runs) => runs.some((r) => r.status !== "ok"));
  if (broken) console.error("Something broke (see the status column): exiting with 1.");
  return broken ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
