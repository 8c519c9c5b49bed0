// Prerendered pages: the story in HTML before any script runs (and without one), a page per
// event with its own title, canonical URL and social tags, and the interactive timeline
// taking the HTML over (hydrated, no warning, no layout shift).
import type { Page } from "@playwright/test";
import { DomUtils, parseDocument } from "htmlparser2";
import { cardOf, PHONE } from "./phoneCards.ts";
import { expect, fixture, realDataset, test } from "./test.ts";

/** The earliest event: the file lists events in any order, pages in date order. */
const FIRST_SHOWN = "soho-dinner";
const GMA = realDataset.events.find((event) => event.id === "gma-interview")!;

async function ready(page: Page): Promise<void> {
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the root page reads as the whole story, in order, with its sources", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(realDataset.title);
    // Text inside <noscript> is left out of Playwright's text matching: find the note itself.
    await expect(page.locator(".static-note")).toContainText(
      "The interactive timeline needs JavaScript.",
    );
    const claims = page.getByRole("region", { name: "Claims tracked" }).getByRole("listitem");
    await expect(claims).toHaveCount(realDataset.claims.length);
    const list = page.getByRole("list", {
      name: `Chronology, ${realDataset.events.length} events`,
    });
    const items = list.locator(":scope > li");
    await expect(items).toHaveCount(realDataset.events.length);
    const first = items.first().getByRole("heading", { level: 3 });
    await expect(first).toHaveText(realDataset.events.find((e) => e.id === FIRST_SHOWN)!.title);
    const days = await list
      .locator(".event-meta time")
      .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")?.slice(0, 10)));
    expect(days).toHaveLength(realDataset.events.length);
    // Dates with a known start run in order ("by 20 Feb", "../2025-02-20", has none).
    const starts = days.filter((day) => !day?.startsWith(".."));
    expect([...starts].sort()).toEqual(starts);
    // Every event cites a source, and every source link is a safe link out.
    const links = await list
      .locator(".source-list a")
      .evaluateAll((all) => all.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]));
    expect(links.length).toBeGreaterThanOrEqual(realDataset.events.length);
    for (const [href, rel] of links) {
      expect(href).toMatch(/^https?:\/\//);
      expect(rel).toBe("noopener noreferrer");
    }
  });

  test("an event's page has its story and leads to the next event's page", async ({ page }) => {
    await page.goto("/");
    const items = page.locator(".event-list > li");
    const [first, second] = await items.evaluateAll((lis) => lis.slice(0, 2).map((li) => li.id));
    await page.getByRole("link", { name: "Link to this event" }).first().click();
    await expect(page).toHaveURL(`/e/${first!.replace(/^event-/, "")}/`);
    const next = page.getByRole("link", { name: /^Next: / });
    await expect(page.getByRole("link", { name: /^Previous: / })).toHaveCount(0);
    await next.click();
    await expect(page).toHaveURL(`/e/${second!.replace(/^event-/, "")}/`);
    await expect(page.getByRole("link", { name: /^Previous: / })).toBeVisible();
    await page.getByRole("link", { name: `The whole story: ${realDataset.title}` }).click();
    await expect(page).toHaveURL("/");
  });

  // Every page's HTML, as the server sends it: fetched and parsed here, since opening 58
  // pages one by one in the browser took most of a minute on a 2-core machine. The test
  // above reads an event's page as the browser draws it.
  test("every event of every dataset has a page of its own, with its own title, canonical URL and card", async ({
    request,
    baseURL,
  }) => {
    const editions = [
      { data: realDataset, path: (id: string) => `/e/${id}/`, card: "de-armas-cruise-2025" },
      {
        data: JSON.parse(fixture("../../data/de-armas-cruise-2025.es.json")) as typeof realDataset,
        path: (id: string) => `/t/de-armas-cruise-2025.es/${id}/`,
        card: "de-armas-cruise-2025.es",
      },
    ];
    const pages = editions.flatMap(({ data, path, card }) =>
      data.events.map((event) => ({ event, path: path(event.id), card })),
    );
    const served = await Promise.all(
      pages.map(async ({ path }) => {
        const response = await request.get(path);
        return { status: response.status(), html: await response.text() };
      }),
    );
    pages.forEach(({ event, path, card }, i) => {
      const { status, html } = served[i]!;
      expect(status, path).toBe(200);
      const head = readHead(html);
      expect(head.text("h1"), path).toBe(event.title);
      expect(head.text("title"), path).toContain(event.title);
      const url = new URL(path, baseURL).pathname;
      expect(new URL(head.attribute("link", "rel", "canonical", "href")).pathname, path).toBe(url);
      expect(new URL(head.meta("property", "og:url")).pathname, path).toBe(url);
      expect(head.meta("property", "og:title"), path).toContain(event.title);
      expect(new URL(head.meta("property", "og:image")).pathname, path).toBe(
        `/cards/${card}/${event.id}.png`,
      );
      expect(head.meta("name", "description"), path).not.toBe("");
    });
  });
});

/** Reads a served page's title, first heading, links and meta tags, as a browser would. */
function readHead(html: string) {
  const document = parseDocument(html).children;
  const find = (name: string, key?: string, value?: string) =>
    DomUtils.findOne(
      (element) =>
        element.name === name &&
        (key === undefined || DomUtils.getAttributeValue(element, key) === value),
      document,
    );
  const attribute = (name: string, key: string, value: string, wanted: string): string => {
    const found = find(name, key, value);
    const read = found === null ? undefined : DomUtils.getAttributeValue(found, wanted);
    if (read === undefined) throw new Error(`no <${name} ${key}="${value}" ${wanted}=…>`);
    return read;
  };
  return {
    text: (name: string) => {
      const found = find(name);
      return found === null ? "" : DomUtils.textContent(found).replace(/\s+/g, " ").trim();
    },
    attribute,
    meta: (key: "name" | "property", value: string) => attribute("meta", key, value, "content"),
  };
}

test("the timeline takes the prerendered page over: hydrated, no warning, no layout shift", async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") warnings.push(message.text());
  });
  await page.addInitScript(() => {
    const seen = { hydrated: false, chronologyRendered: true, shift: 0 };
    Object.assign(window, { __takeover: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        seen.shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
    // React marks the nodes it hydrates; a page drawn afresh replaces them instead.
    const fiber = (node: Element | null) =>
      node !== null && Object.keys(node).some((key) => key.startsWith("__reactFiber"));
    const check = () => {
      const html = document.querySelector(".static-page");
      if (!fiber(html)) return html !== null;
      seen.hydrated = true;
      // The chronology stays the build's HTML until the timeline replaces it (KeptAsHtml).
      seen.chronologyRendered = fiber(document.querySelector(".static-page .event-list > li"));
      observer.disconnect();
      return false;
    };
    // Looked at on every frame and on every change to the page: hydrating changes nothing
    // in the DOM, but the timeline's first render beside the story does, and on a busy
    // machine hydration and the take-over can both fall between two frames.
    const observer = new MutationObserver(check);
    const everyFrame = () => {
      if (check()) requestAnimationFrame(everyFrame);
    };
    document.addEventListener("DOMContentLoaded", () => {
      observer.observe(document.documentElement, { subtree: true, childList: true });
      everyFrame();
    });
  });
  await page.goto("/");
  await ready(page);
  await expect(page.locator(".static-page")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Next event" })).toBeVisible();
  const seen = await page.evaluate(
    () =>
      (
        window as unknown as {
          __takeover: { hydrated: boolean; chronologyRendered: boolean; shift: number };
        }
      ).__takeover,
  );
  expect(seen.hydrated).toBe(true);
  expect(seen.chronologyRendered).toBe(false);
  expect(seen.shift).toBeLessThan(0.1);
  expect(warnings).toEqual([]);
});

test("an event's page opens the timeline on its event and keeps its address", async ({ page }) => {
  await page.goto(`/e/${GMA.id}/`);
  await ready(page);
  const panel = page.getByRole("region", { name: GMA.title });
  await expect(panel.getByRole("heading", { name: GMA.title })).toBeVisible();
  await expect(page).toHaveURL(`/e/${GMA.id}/`);
  // The tab keeps the page's title, the event's, and names the dataset once it is closed.
  await expect(page).toHaveTitle(`${GMA.title} · ${realDataset.title} · Rumor Timeline`);
  // The panel links to the page it is on; the share dialog's event link too.
  await expect(panel.getByRole("link", { name: "Link to this event" })).toHaveAttribute(
    "href",
    new RegExp(`/e/${GMA.id}/$`),
  );
  await page.getByRole("button", { name: "Close details" }).click();
  await expect(page).toHaveTitle(`${realDataset.title} · Rumor Timeline`);
});

/**
 * Opens `/` with the app's entry script held back, scrolls the story to its ninth event (as
 * a reader on a slow phone does while the timeline loads), then lets the timeline take the
 * story over. Returns that event's title.
 */
async function scrollStoryThenTakeOver(page: Page): Promise<string> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  const list = page.getByRole("list", { name: `Chronology, ${realDataset.events.length} events` });
  const items = list.locator(":scope > li");
  // The whole story has arrived: the HTML streams in.
  await expect(items).toHaveCount(realDataset.events.length);
  const ninth = items.nth(8);
  const title = (await ninth.getByRole("heading", { level: 3 }).textContent()) ?? "";
  await ninth.evaluate((item) => item.scrollIntoView());
  await expect(ninth.getByRole("heading", { level: 3 })).toBeInViewport();
  release();
  await ready(page);
  return title;
}

test.describe("a reader who scrolled the story before the timeline took it over", () => {
  test.describe("on a phone", () => {
    test.use(PHONE);

    test("reads on from the same event, its card where the story's event was", async ({ page }) => {
      const title = await scrollStoryThenTakeOver(page);
      const card = cardOf(page, title);
      await expect(card).toBeInViewport();
      // The strip marks April once the page has scrolled there: by then the months above
      // the card have been laid out at their real heights, which moved it away before.
      await expect(page.locator(".overview-strip [aria-current='location']")).toContainText("Apr");
      // Just below the sticky bar.
      const bar = (await page.locator(".vertical-bar").boundingBox())!;
      const top = (await card.boundingBox())!.y - (bar.y + bar.height);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(40);
    });
  });

  test("on a wide screen, finds that event open beside the plot", async ({ page }) => {
    const title = await scrollStoryThenTakeOver(page);
    const panel = page.getByRole("region", { name: title });
    await expect(panel.getByRole("heading", { name: title })).toBeInViewport();
    const bar = page.locator(".reader-bar");
    await expect(bar.getByRole("button", { name: "Next event" })).toBeInViewport();
    await expect(bar.locator(".stepper-position")).toHaveText("9 of 29");
  });
});

test("a page asked for another dataset never shows the bundled story while it loads", async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/fixtures/small.json",
    async (route) => {
      await held;
      await route.fulfill({ contentType: "application/json", body: fixture("small-valid.json") });
    },
  );
  await page.goto("/?data=/fixtures/small.json");
  await expect(page.getByRole("heading", { name: realDataset.title })).toBeHidden();
  await expect(page.locator(".static-page")).toBeHidden();
  release();
  await ready(page);
  await expect(page.getByRole("heading", { name: realDataset.title })).toHaveCount(0);
});

test.describe("a Spanish reader", () => {
  test.use({ locale: "es-ES" });

  test("gets the Spanish edition's page prerendered and hydrated in Spanish", async ({ page }) => {
    await page.goto("/t/de-armas-cruise-2025.es/");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("button", { name: "Evento siguiente" })).toBeVisible();
  });
});
