// What the embedding tests (e2e/embed*.spec.ts) share: the article server on another origin
// and its life in each file, the dataset URL an embed loads, and ways to reach a frame and
// to wait until it is sized.
import type { Frame, Locator, Page } from "@playwright/test";
import { EMBED_ORIGIN, startArticleServer, type ArticleServer } from "./articleServer.ts";
import { expect, realDataset, test } from "./test.ts";

/**
 * The article's own server: 127.0.0.1 on a free port, so the article and the timeline
 * differ in host and port, a genuinely cross-origin setup. Set while a file that called
 * runArticleServer() runs its tests (an ES module export is live: importers see the change).
 */
export let ARTICLE_ORIGIN = "";

/**
 * Starts the article server before this file's tests and stops it after them. Call it once,
 * at the top of each spec file that loads or routes pages on ARTICLE_ORIGIN.
 */
export function runArticleServer(): void {
  let server: ArticleServer | undefined;

  // Chromium's Local Network Access checks treat the test article (and pages the tests
  // fulfil themselves) as less private than the loopback timeline site and would block its
  // script; on the web both sides are public sites and no such permission is involved.
  test.use({ permissions: ["local-network-access"] });

  test.beforeAll(async () => {
    server = await startArticleServer();
    ARTICLE_ORIGIN = server.origin;
  });

  test.afterAll(async () => {
    await server?.close();
  });
}

export const DATA_URL = `${EMBED_ORIGIN}/data/de-armas-cruise-2025.json`;

export const eventTitle = (id: string) => realDataset.events.find((e) => e.id === id)!.title;

export async function frameOf(page: Page, host: Locator | string): Promise<Frame> {
  const iframe = typeof host === "string" ? page.locator(host) : host;
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("no frame");
  return frame;
}

/** The frame's height on the article and its document's content height, in CSS pixels. */
export async function heights(
  page: Page,
  iframe: string,
): Promise<{ frame: number; content: number }> {
  const frameHeight = await page
    .locator(iframe)
    .evaluate((element) => element.getBoundingClientRect().height);
  const frame = await frameOf(page, iframe);
  const content = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  return { frame: frameHeight, content };
}

/**
 * Waits until the frame is exactly as tall as its content while the reader looks at it.
 * Chromium pauses rendering (and so ResizeObserver) in cross-origin frames that are off
 * screen, and a frame that shrinks can scroll itself out of view (scroll anchoring keeps
 * the text below in place): an embed far from the reader catches up when it is in view.
 */
export async function expectSized(page: Page, iframe: string): Promise<number> {
  let last = { frame: 0, content: -1 };
  await expect
    .poll(async () => {
      await page.locator(iframe).scrollIntoViewIfNeeded();
      last = await heights(page, iframe);
      return Math.abs(last.frame - last.content);
    })
    .toBeLessThanOrEqual(1);
  expect(last.content).toBeGreaterThan(100);
  return last.frame;
}

/** A bounded story box: the frame keeps the chosen height (± 2 px: a border). */
export async function expectBox(page: Page, iframe: string, height: number): Promise<void> {
  await expect
    .poll(async () => Math.abs((await heights(page, iframe)).frame - height))
    .toBeLessThanOrEqual(2);
}

export async function openArticle(page: Page): Promise<void> {
  await page.goto(`${ARTICLE_ORIGIN}/article.html`);
  for (const id of ["#first", "#second"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await expect(page.locator(id)).toHaveAttribute("data-rumor-timeline-ready", "");
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
