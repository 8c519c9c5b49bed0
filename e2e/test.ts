// Every page in every test fails on console errors and uncaught exceptions.
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

export const test = base.extend<{ pageErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (a 404 it serves, say). */
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !expectedConsoleErrors.some((re) => re.test(text))) {
          errors.push(text);
        }
      });
      page.on("pageerror", (error) => errors.push(error.message));
      // React reports an error it recovered from (#520: a concurrent render threw, its
      // synchronous retry did not) with the thrown error as its cause, which neither the
      // console nor the pageerror event shows; name it, so that a rare failure says where.
      await page.addInitScript(() => {
        addEventListener("error", (event) => {
          const cause: unknown = (event.error as { cause?: unknown } | null)?.cause;
          if (cause instanceof Error) console.error(`caused by ${cause.stack ?? cause.message}`);
        });
      });
      await use(errors);
      expect(errors, "console errors and page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

/** Serves `body` at a fake URL on this origin, so tests can load any dataset with ?data=. */
export async function serveDataset(
  page: Page,
  path: string,
  body: string,
  status = 200,
): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ status, contentType: "application/json", body }),
  );
}

/**
 * Records, from the page's first script on, every text its status regions ("Loading the
 * view…", "Loading timeline…", the note) say; `statusesSaid` reads them back.
 */
export async function recordStatuses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    Object.assign(window, { __said: said });
    new MutationObserver(() => {
      for (const status of document.querySelectorAll("[role='status']")) {
        const text = status.textContent ?? "";
        if (text !== "" && !said.includes(text)) said.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export function statusesSaid(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __said: string[] }).__said);
}

export const realDataset = JSON.parse(fixtureFromData("de-armas-cruise-2025.json")) as {
  title: string;
  events: { id: string; title: string; kind: string }[];
  claims: { id: string; text: string; status: string }[];
};

function fixtureFromData(name: string): string {
  return readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
}

/**
 * An event's mark on the timeline, by the event's full title. A mark's name starts with
 * what its label shows (date and short title), and names the full title where the short
 * one differs: "13 Feb Soho dinner. Cruise and de Armas photographed … . 13 Feb 2025. …".
 */
export function eventMark(page: Page, title: string): Locator {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page
    .getByRole("list", { name: "Events on the timeline" })
    .getByRole("button", { name: new RegExp(`(^|\\s)${escaped}\\. `) });
}
