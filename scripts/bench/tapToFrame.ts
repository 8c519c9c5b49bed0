// A tap on a folded phone card, timed in the page: from the tap reaching the page (a
// capture listener on pointerup, or the click if no pointerup came) to the end of the
// first frame that shows the card unfolded (its details in the DOM, then a
// requestAnimationFrame, then a task: the task runs once that frame has painted).
import type { Page } from "@playwright/test";
import { round } from "./statistics.ts";
import { INPUT_TIMEOUT_MS, sleep, Stuck, withTimeout } from "./timeouts.ts";

export interface TapResult {
  /** The card tapped (its event id), for the report. */
  tappedEvent: string;
  /** Tap reaching the page to the frame showing the card unfolded, ms. */
  tapToFrameMs: number;
  /** How long the tap waited before the page saw it (listener time − event.timeStamp), ms. */
  tapInputDelayMs: number;
}

const TAPPED = "__bench:tapped";

// Page-side code as a string (see pageProbe.ts); `id` is the card's event id.
const MEASURE_TAP_SCRIPT = `(id) => {
  const tap = { start: null, stamp: null, end: null };
  window.__benchTap = tap;
  const seen = (event) => {
    if (tap.start !== null) return;
    tap.start = performance.now();
    tap.stamp = event.timeStamp;
  };
  addEventListener("pointerup", seen, { capture: true });
  addEventListener("click", seen, { capture: true });
  const selector = '[data-card="' + CSS.escape(id) + '"] .vcard-detail';
  const observer = new MutationObserver(() => {
    if (tap.start === null || document.querySelector(selector) === null) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        tap.end = performance.now();
        removeEventListener("pointerup", seen, { capture: true });
        removeEventListener("click", seen, { capture: true });
        console.debug("${TAPPED}");
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["aria-expanded"],
  });
}`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Taps the first card of the phone list, found by role: the card's button is named
 * "<date> · <Kind> <title>". Scrolls it into view and lets the page settle first, so
 * that only the tap is timed.
 */
export async function tapFirstCard(page: Page): Promise<TapResult> {
  const first = await page
    .locator("[data-card]")
    .first()
    .evaluate((card) => ({
      id: (card as HTMLElement).dataset.card ?? "",
      title: card.querySelector(".vcard-title")?.textContent ?? "",
    }));
  const button = page.getByRole("button", {
    name: new RegExp(`${escapeRegExp(first.title)}$`),
    expanded: false,
  });
  await button.scrollIntoViewIfNeeded({ timeout: 10_000 });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await sleep(300);

  const tapped = new Promise<void>((done) => {
    page.on("console", (message) => {
      if (message.type() === "debug" && message.text() === TAPPED) done();
    });
  });
  await page.evaluate(`(${MEASURE_TAP_SCRIPT})(${JSON.stringify(first.id)})`);
  await button.tap({ timeout: 10_000 });
  await withTimeout(tapped, INPUT_TIMEOUT_MS, "waiting for the tapped card to unfold").catch(
    (error: unknown) => {
      if (error instanceof Stuck) throw new Stuck(`the card ${first.id} did not unfold`);
      throw error;
    },
  );
  const tap = await page.evaluate(
    () =>
      (
        window as Window & {
          __benchTap?: { start: number | null; stamp: number | null; end: number | null };
        }
      ).__benchTap,
  );
  if (tap?.start == null || tap.end === null || tap.stamp === null) {
    throw new Error("the tap was not recorded");
  }
  return {
    tappedEvent: first.id,
    tapToFrameMs: round(tap.end - tap.start) ?? 0,
    tapInputDelayMs: round(tap.start - tap.stamp) ?? 0,
  };
}
