// One run in the browser: open the page on a dataset, wait for `data-timeline-ready`, read
// what loading cost, then time the scripted interaction. A run that breaks says how.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import type { StartProfiling } from "./cpuProfile.ts";
import { interact, VIEWPORT, type InteractionResult } from "./interaction.ts";
import { mainThreadTime, pageMetrics, type MainThreadTime } from "./mainThread.ts";
import { readPaintTimings, type PaintTimings } from "./paintTimings.ts";
import { PROBE_ERROR, PROBE_READY, PROBE_SCRIPT } from "./pageProbe.ts";
import { round } from "./statistics.ts";
import { INPUT_TIMEOUT_MS, sleep, Stuck, withTimeout } from "./timeouts.ts";

const READY_TIMEOUT_MS = 60_000;

/** The desktop browser every size is measured in (the phone profile has its own). */
export const DESKTOP_CONTEXT: BrowserContextOptions = {
  viewport: VIEWPORT,
  deviceScaleFactor: 1,
  locale: "en-GB",
  timezoneId: "UTC",
};

/** One run; the interaction's frames and timings are there when it got that far. */
export interface RunResult extends Partial<InteractionResult>, Partial<PaintTimings> {
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
  /** Renderer main-thread time by kind (CDP Performance metrics), to ready and while interacting. */
  mainThread?: { load: MainThreadTime; interaction?: MainThreadTime };
  measures?: { name: string; ms: number }[];
  consoleErrors: string[];
}

/**
 * Resolves when the probe reports the page ready or showing an error, or the page crashes.
 * The probe reports on the console: polling the page from here instead put a task on its
 * main thread every 50 ms, inside the very time being measured. Attach before navigating.
 */
export function waitForReady(page: Page): Promise<"ready" | "timeout" | string> {
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

/** Waits for an idle moment after ready, then 200 ms more. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestIdleCallback(() => done(), { timeout: 5_000 });
      }),
  );
  await sleep(200);
}

export async function runOnce(
  browser: Browser,
  origin: string,
  size: number,
  run: number,
  profiling: StartProfiling | null,
): Promise<RunResult> {
  const context = await browser.newContext(DESKTOP_CONTEXT);
  const result: RunResult = { run, status: "ok", consoleErrors: [] };
  try {
    const page = await context.newPage();
    const crashed = await watchPage(page, result.consoleErrors);
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
    Object.assign(result, await readPaintTimings(page));
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
    if (crashed()) throw new Error("the page crashed");
    return result;
  } catch (error) {
    result.status = error instanceof Stuck ? "timeout" : "error";
    result.error = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return result;
  } finally {
    await withTimeout(context.close(), 30_000, "closing the page").catch(() => undefined);
  }
}

/**
 * Records a run's console errors and uncaught exceptions into `errors` and installs the
 * probe; the answer says whether the page has crashed so far.
 */
export async function watchPage(page: Page, errors: string[]): Promise<() => boolean> {
  let crashed = false;
  page.on("crash", () => (crashed = true));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text().slice(0, 300));
  });
  page.on("pageerror", (error) => errors.push(error.message.slice(0, 300)));
  await page.addInitScript(PROBE_SCRIPT);
  return () => crashed;
}
