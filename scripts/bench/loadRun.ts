// One load of a page, measured as pageRun.ts measures the app's: the same probe, the same
// navigation (`goto`, waiting only for the response to commit) and the same origin (the
// navigation's start) for ready, FCP and LCP. The floor page runs this way on the desktop,
// and the app, the floor and the HTML alone under the phone profile, which adds CPU
// throttling and, for the app, a tap once ready.
import type { Browser, BrowserContextOptions, CDPSession, Page } from "@playwright/test";
import { readPaintTimings, type PaintTimings } from "./paintTimings.ts";
import { settle, waitForReady, watchPage } from "./pageRun.ts";
import { round } from "./statistics.ts";
import { INPUT_TIMEOUT_MS, Stuck, withTimeout } from "./timeouts.ts";

export interface LoadResult extends Partial<PaintTimings> {
  run: number;
  status: "ok" | "timeout" | "error";
  error?: string;
  /** Navigation start to `data-timeline-ready`, ms. */
  readyMs?: number;
  consoleErrors: string[];
}

export interface LoadSetup<T extends object> {
  context: BrowserContextOptions;
  /** CDP Emulation.setCPUThrottlingRate: 4 runs the page's CPU four times slower. */
  cpuThrottlingRate?: number;
  /** More measurements once ready and the paints are read (the phone's tap). */
  after?: (page: Page) => Promise<T>;
  /**
   * "load" for a page with no ready mark to wait for (the HTML alone, htmlAlone.ts): its
   * paints are read once the load event has fired; it has no ready time.
   */
  until?: "ready" | "load";
}

export async function loadOnce<T extends object = object>(
  browser: Browser,
  url: string,
  run: number,
  setup: LoadSetup<T>,
): Promise<LoadResult & Partial<T>> {
  const context = await browser.newContext(setup.context);
  const extra: Partial<T> = {};
  const base: LoadResult = { run, status: "ok", consoleErrors: [] };
  const result = Object.assign(extra, base);
  try {
    const page = await context.newPage();
    const crashed = await watchPage(page, result.consoleErrors);
    let cdp: CDPSession | null = null;
    if (setup.cpuThrottlingRate !== undefined) {
      cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: setup.cpuThrottlingRate });
    }

    if (setup.until === "load") {
      await page.goto(url, { waitUntil: "load" });
    } else {
      const ready = waitForReady(page);
      await page.goto(url, { waitUntil: "commit" });
      const outcome = await ready;
      if (outcome !== "ready") {
        result.status = outcome === "timeout" ? "timeout" : "error";
        if (outcome !== "timeout") result.error = outcome;
        return result;
      }
      const readyAt = await page.evaluate(() => window.__bench?.ready ?? 0);
      result.readyMs = round(readyAt) ?? 0;
    }
    await withTimeout(settle(page), INPUT_TIMEOUT_MS, "waiting for the page to settle");
    Object.assign(result, await readPaintTimings(page));
    if (setup.after !== undefined) Object.assign(result, await setup.after(page));
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
