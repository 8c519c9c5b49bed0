// First contentful paint and largest contentful paint, read in the page after ready with
// buffered PerformanceObservers (`paint`, `largest-contentful-paint`): both count from the
// navigation's start, the origin of the ready time. Read before any input, which ends LCP.
import type { Page } from "@playwright/test";
import { round } from "./statistics.ts";
import { INPUT_TIMEOUT_MS, withTimeout } from "./timeouts.ts";

export interface PaintTimings {
  /** First contentful paint, ms from navigation start; null when the page painted none. */
  fcpMs: number | null;
  /** The last largest-contentful-paint candidate before the read; null when none. */
  lcpMs: number | null;
  /** What that candidate was: "h1.title", "p.vcard-quote" and so on, for the report. */
  lcpElement: string | null;
}

// Page-side code as a string (see pageProbe.ts). The buffered entries arrive in an
// observer callback a task later; two frames and a task leave room for the frame after
// ready to have painted and been reported.
const READ_PAINT_SCRIPT = `new Promise((done) => {
  const found = { fcp: null, lcp: null, element: null };
  const describe = (element) => {
    if (!element) return null;
    const name = element.tagName.toLowerCase();
    const classes = typeof element.className === "string" && element.className !== ""
      ? "." + element.className.trim().split(/\\s+/).join(".")
      : "";
    return name + classes;
  };
  const paint = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === "first-contentful-paint") found.fcp = entry.startTime;
    }
  });
  const largest = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      found.lcp = entry.startTime;
      found.element = describe(entry.element);
    }
  });
  try {
    paint.observe({ type: "paint", buffered: true });
    largest.observe({ type: "largest-contentful-paint", buffered: true });
  } catch {
    // A browser without one of them reports null for it.
  }
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    for (const entry of paint.takeRecords()) {
      if (entry.name === "first-contentful-paint") found.fcp = entry.startTime;
    }
    for (const entry of largest.takeRecords()) {
      found.lcp = entry.startTime;
      found.element = describe(entry.element);
    }
    paint.disconnect();
    largest.disconnect();
    done(found);
  }, 0)));
})`;

interface RawPaint {
  fcp: number | null;
  lcp: number | null;
  element: string | null;
}

/** Reads FCP and LCP from the page; call after ready and before any input. */
export async function readPaintTimings(page: Page): Promise<PaintTimings> {
  const raw = await withTimeout(
    page.evaluate<RawPaint>(READ_PAINT_SCRIPT),
    INPUT_TIMEOUT_MS,
    "reading paint timings",
  );
  return { fcpMs: round(raw.fcp), lcpMs: round(raw.lcp), lcpElement: raw.element };
}
