// Embedding, as a newsroom sees it: an article on another origin pastes the snippet, and
// the timeline sizes itself, keeps its own state, deep-links, never takes the page's
// scroll, and trusts no size message but its own frame's. Also Pym.js and AMP parents, the
// share dialog's code pasted into a page, discovery metadata and the published CSP.
import { readFileSync } from "node:fs";
import type { Frame, Locator, Page } from "@playwright/test";
import { EMBED_ORIGIN, startArticleServer, type ArticleServer } from "./articleServer.ts";
import { expect, realDataset, test } from "./test.ts";

const DATA_URL = `${EMBED_ORIGIN}/data/de-armas-cruise-2025.json`;

const eventTitle = (id: string) => realDataset.events.find((e) => e.id === id)!.title;

/**
 * The article's own server: 127.0.0.1 on a free port, so the article and the timeline
 * differ in host and port, a genuinely cross-origin setup.
 */
let server: ArticleServer;
let ARTICLE_ORIGIN = "";

// Chromium's Local Network Access checks treat the test article (and pages the tests
// fulfil themselves) as less private than the loopback timeline site and would block its
// script; on the web both sides are public sites and no such permission is involved.
test.use({ permissions: ["local-network-access"] });

test.beforeAll(async () => {
  server = await startArticleServer();
  ARTICLE_ORIGIN = server.origin;
});

test.afterAll(async () => {
  await server.close();
});

async function frameOf(page: Page, host: Locator | string): Promise<Frame> {
  const iframe = typeof host === "string" ? page.locator(host) : host;
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("no frame");
  return frame;
}

/** The frame's height on the article and its document's content height, in CSS pixels. */
async function heights(page: Page, iframe: string): Promise<{ frame: number; content: number }> {
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
async function expectSized(page: Page, iframe: string): Promise<number> {
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
async function expectBox(page: Page, iframe: string, height: number): Promise<void> {
  await expect
    .poll(async () => Math.abs((await heights(page, iframe)).frame - height))
    .toBeLessThanOrEqual(2);
}

async function openArticle(page: Page): Promise<void> {
  await page.goto(`${ARTICLE_ORIGIN}/article.html`);
  for (const id of ["#first", "#second"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await expect(page.locator(id)).toHaveAttribute("data-rumor-timeline-ready", "");
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test.describe("an article on another origin with two embed.js snippets", () => {
  test("each placeholder becomes one titled, lazy, full-width frame of embed.html", async ({
    page,
  }) => {
    await openArticle(page);
    // The script is on the page twice and still makes one frame per placeholder.
    await expect(page.locator("iframe")).toHaveCount(2);
    await expect(page.getByRole("link", { name: "View the timeline" })).toHaveCount(0);

    const first = page.locator("#first iframe");
    const second = page.locator("#second iframe");
    await expect(first).toHaveAttribute("title", "Timeline: The 2025 rumors");
    await expect(second).toHaveAttribute("title", "Timeline: de-armas-cruise-2025");
    for (const iframe of [first, second]) {
      await expect(iframe).toHaveAttribute("loading", "lazy");
      const box = await iframe.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          width: element.getBoundingClientRect().width,
          column: element.parentElement!.getBoundingClientRect().width,
          border: style.borderTopWidth,
        };
      });
      expect(box.width).toBe(box.column);
      expect(box.border).toBe("0px");
    }
    const src = new URL((await first.getAttribute("src"))!);
    expect(src.origin + src.pathname).toBe(`${EMBED_ORIGIN}/embed.html`);
    expect(src.searchParams.get("data")).toBe(DATA_URL);
    expect(src.searchParams.get("event")).toBe("kol-birthday-dinner");
    expect(new URL((await second.getAttribute("src"))!).searchParams.get("theme")).toBe("dark");

    // Each frame keeps its own state: its theme, its selection.
    const firstFrame = await frameOf(page, "#first iframe");
    const secondFrame = await frameOf(page, "#second iframe");
    expect(await secondFrame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await firstFrame.evaluate(() => document.documentElement.dataset.theme)).toBe(undefined);
    await expect(
      firstFrame.getByRole("region", { name: eventTitle("kol-birthday-dinner") }),
    ).toBeVisible();
    // Without a chosen event, a box opens on the story's first card.
    await expect(secondFrame.getByText("1 of 29")).toBeVisible();

    // Compact chrome with a way out to the full timeline, in a new tab.
    const open = firstFrame.getByRole("link", { name: /Open the full timeline/ });
    await expect(open).toHaveAttribute("target", "_blank");
    await expect(open).toHaveAttribute("rel", "noopener noreferrer");
    const full = new URL((await open.getAttribute("href"))!);
    expect(full.origin + full.pathname).toBe(`${EMBED_ORIGIN}/`);
    expect(full.searchParams.get("event")).toBe("kol-birthday-dinner");
    expect(full.searchParams.get("data")).toBe(DATA_URL);
  });

  test("each frame is as tall as its content, also when the column narrows and on a phone", async ({
    page,
  }) => {
    await openArticle(page);
    const first = await frameOf(page, "#first iframe");
    const second = await frameOf(page, "#second iframe");
    const wide = await expectSized(page, "#first iframe");
    await expect(first.locator(".embed-plot")).toBeVisible();
    await expectSized(page, "#second iframe");
    await expect(second.locator(".embed-plot")).toBeVisible();

    // A narrow column (a sidebar, a tablet): the plot gives way to an overview strip.
    await page.locator("#column").evaluate((column) => (column.style.maxWidth = "420px"));
    const narrow = await expectSized(page, "#first iframe");
    await expect(first.locator(".embed-strip")).toBeVisible();
    expect(narrow).not.toBe(wide);
    await expectSized(page, "#second iframe");
    await expect(second.locator(".embed-strip")).toBeVisible();

    // Back to wide, then a phone.
    await page.locator("#column").evaluate((column) => (column.style.maxWidth = ""));
    await expectSized(page, "#first iframe");
    await expect(first.locator(".embed-plot")).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectSized(page, "#first iframe");
    await expect(first.locator(".embed-strip")).toBeVisible();
    await expectSized(page, "#second iframe");
    await expect(second.locator(".embed-strip")).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      "no sideways scrolling on the phone",
    ).toBe(true);
  });

  test("the height follows the content: details opened, filters changed", async ({ page }) => {
    await openArticle(page);
    const frame = await frameOf(page, "#second iframe");
    const before = await expectSized(page, "#second iframe");

    await frame.getByRole("button", { name: "Next event" }).click();
    await expect(frame.getByText("2 of 29")).toBeVisible();
    await expectSized(page, "#second iframe");

    await frame.getByRole("searchbox", { name: "Search events" }).fill("zzzz no such event");
    await expect(frame.getByText("No events match the filters.")).toBeVisible();
    const filtered = await expectSized(page, "#second iframe");
    expect(filtered).not.toBe(before);
  });

  test("a deep link inside a frame selects its event; selections reach the article", async ({
    page,
  }) => {
    await page.goto(`${ARTICLE_ORIGIN}/article.html`);
    const first = page.locator("#first");
    await expect(first).toHaveAttribute("data-rumor-timeline-ready", "");
    const frame = await frameOf(page, "#first iframe");
    await expect(
      frame.getByRole("heading", { level: 2, name: eventTitle("kol-birthday-dinner") }),
    ).toBeVisible();
    await expect(first).toHaveAttribute("data-rumor-timeline-selected", "kol-birthday-dinner");
    await expectSized(page, "#first iframe");

    // The article hears about selections (attribute and DOM event) from this frame only.
    await page.locator("#second").scrollIntoViewIfNeeded();
    await expect(page.locator("#second")).toHaveAttribute("data-rumor-timeline-ready", "");
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { selections: string[] }).selections = log;
      document.addEventListener("rumor-timeline:selected", (event) => {
        const target = event.target as HTMLElement;
        log.push(`${target.id}:${(event as CustomEvent<{ event: string }>).detail.event}`);
      });
    });
    const second = await frameOf(page, "#second iframe");
    const opened = (await page.locator("#second").getAttribute("data-rumor-timeline-selected"))!;
    await second.getByRole("button", { name: "Next event" }).click();
    await expect(page.locator("#second")).not.toHaveAttribute(
      "data-rumor-timeline-selected",
      opened,
    );
    const id = (await page.locator("#second").getAttribute("data-rumor-timeline-selected"))!;
    await expect(first).toHaveAttribute("data-rumor-timeline-selected", "kol-birthday-dinner");
    expect(
      await page.evaluate(() => (window as unknown as { selections: string[] }).selections),
    ).toEqual([`second:${id}`]);
  });

  test("a deep-linked embed below the fold neither scrolls the article nor takes focus", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.goto(`${ARTICLE_ORIGIN}/deep.html`);
    const deep = page.locator("#deep");
    await expect(deep).toHaveAttribute("data-rumor-timeline-ready", "");
    await expect(deep).toHaveAttribute("data-rumor-timeline-selected", "ballerina-release");
    const frame = await frameOf(page, "#deep iframe");
    await expect(
      frame.getByRole("heading", { level: 2, name: eventTitle("ballerina-release") }),
    ).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
  });

  test("size messages from anyone but the frame itself are ignored", async ({ page }) => {
    await openArticle(page);
    const height = await expectSized(page, "#first iframe");

    // Positive control for the check below: the article counts the refused messages as they
    // arrive. Listeners run in the order they were added, so when this one (added after
    // embed.js's) sees a message, the loader has already handled it; counting all eight
    // proves they were handled before the height is read, where a fixed wait only hoped so.
    // Refused messages are told apart from the frame's genuine ones by their heights.
    await page.evaluate(() => {
      const refused = [5000, 4321, 1e9, 10, -1, Infinity, "3000"];
      const log = { refused: 0 };
      (window as unknown as { sizeLog: typeof log }).sizeLog = log;
      window.addEventListener("message", (event: MessageEvent) => {
        const data = event.data as { type?: unknown; height?: unknown } | null;
        if (data?.type !== "rumor-timeline:size") return;
        if (refused.includes(data.height as number) || Number.isNaN(data.height)) log.refused++;
      });
    });

    // The article (or a script on it) posting our message type, from its own origin.
    await page.evaluate(() => {
      window.postMessage({ type: "rumor-timeline:size", height: 5000 }, "*");
      const other = document.createElement("iframe");
      other.srcdoc =
        "<script>parent.postMessage({type:'rumor-timeline:size',height:4321},'*')</script>";
      document.body.append(other);
    });
    // The frame itself, with heights that make no sense.
    const frame = await frameOf(page, "#first iframe");
    await frame.evaluate(() => {
      for (const height of [1e9, 10, -1, Number.NaN, Infinity]) {
        parent.postMessage({ type: "rumor-timeline:size", height }, "*");
      }
      parent.postMessage({ type: "rumor-timeline:size", height: "3000" }, "*");
    });
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { sizeLog: { refused: number } }).sizeLog.refused,
        ),
      )
      .toBe(8);
    expect((await heights(page, "#first iframe")).frame).toBe(height);

    // A sane message from the frame itself is obeyed.
    await frame.evaluate(() =>
      parent.postMessage({ type: "rumor-timeline:size", height: 777 }, "*"),
    );
    await expect.poll(async () => (await heights(page, "#first iframe")).frame).toBe(777);
  });

  for (const viewport of [
    { name: "desktop", width: 1280, height: 800 },
    { name: "phone", width: 390, height: 844 },
  ]) {
    test(`plain wheel over an embed scrolls the article (${viewport.name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openArticle(page);
      await expectSized(page, "#second iframe");
      const iframe = page.locator("#second iframe");
      await iframe.evaluate((element) => element.scrollIntoView({ block: "start" }));
      const box = (await iframe.boundingBox())!;
      const before = await page.evaluate(() => window.scrollY);
      // Over the middle of the frame: the timeline plot on desktop, event cards on a phone.
      await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 250, viewport.height - 50));
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 200);
      // Nothing inside the frame scrolled instead.
      const frame = await frameOf(page, "#second iframe");
      expect(await frame.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  test("without JavaScript the placeholder shows its link to the timeline", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ARTICLE_ORIGIN}/article.html`);
    await expect(page.locator("iframe")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "View the timeline" }).first()).toHaveAttribute(
      "href",
      `${EMBED_ORIGIN}/?event=kol-birthday-dinner`,
    );
    await context.close();
  });
});

test.describe("other parents", () => {
  test("a Pym.js parent sizes embed.html", async ({ page }) => {
    await page.goto(`${ARTICLE_ORIGIN}/pym.html`);
    const iframe = page.locator("#graphic iframe");
    await expect(iframe).toHaveAttribute("title", "Timeline: the 2025 rumors");
    const frame = await frameOf(page, "#graphic iframe");
    await expect(frame.locator("[data-timeline-ready]")).toBeAttached();
    await expectSized(page, "#graphic iframe");
    // Pym's own parameters stay out of the link to the full timeline.
    const href = await frame
      .getByRole("link", { name: /Open the full timeline/ })
      .getAttribute("href");
    expect(new URL(href!).searchParams.has("childId")).toBe(false);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(frame.locator(".embed-strip")).toBeVisible();
    await expectSized(page, "#graphic iframe");
  });

  test("embed.html sends AMP's embed-size message with its height", async ({ page }) => {
    await page.goto(`${ARTICLE_ORIGIN}/amp.html`);
    const frame = await frameOf(page, "#frame");
    await expect(frame.locator("[data-timeline-ready]")).toBeAttached();
    await expect
      .poll(async () => {
        const messages = await page.evaluate(
          () => (window as unknown as { ampMessages: { height: number }[] }).ampMessages,
        );
        const content = await frame.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        return messages.at(-1)?.height === content && content > 100;
      })
      .toBe(true);
    const messages = await page.evaluate(
      () => (window as unknown as { ampMessages: unknown[] }).ampMessages,
    );
    for (const message of messages) {
      expect(Object.keys(message as object).sort()).toEqual(["height", "sentinel", "type"]);
      expect(message).toMatchObject({ sentinel: "amp", type: "embed-size" });
    }
  });
});

test.describe("share and embed dialog", () => {
  test.use({ permissions: ["local-network-access", "clipboard-read", "clipboard-write"] });

  const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test("the copied embed code, pasted into a page on another origin, works", async ({ page }) => {
    await page.goto("/?event=birthday-eve-helicopter");
    await page.getByRole("button", { name: "Embed in an article" }).click();
    const dialog = page.getByRole("dialog", { name: "Share and embed" });
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole("checkbox", { name: /Start at the selected event/ }),
    ).toBeChecked();
    await dialog.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await dialog.getByRole("button", { name: "Copy embed code" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Embed code copied to the clipboard.");
    const code = await readClipboard(page);
    expect(code).toContain(`<script async src="${EMBED_ORIGIN}/embed.js"></script>`);
    expect(code).toContain('data-event="birthday-eve-helicopter"');

    await page.route(`${ARTICLE_ORIGIN}/pasted.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main style="max-width:700px;margin:auto"><p>Before.</p>${code}<p>After.</p></main></body></html>`,
      }),
    );
    await page.goto(`${ARTICLE_ORIGIN}/pasted.html`);
    const host = page.locator("[data-rumor-timeline]");
    await expect(host).toHaveAttribute("data-rumor-timeline-ready", "");
    await expect(host).toHaveAttribute("data-rumor-timeline-selected", "birthday-eve-helicopter");
    const frame = await frameOf(page, "[data-rumor-timeline] iframe");
    // The article column is narrow: the event opens as an unfolded card, a region named
    // by its title (on wide frames, the detail panel is the same kind of region).
    await expect(
      frame.getByRole("region", { name: eventTitle("birthday-eve-helicopter"), exact: true }),
    ).toBeVisible();
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expectSized(page, "[data-rumor-timeline] iframe");
  });

  test("the plain iframe code keeps its fixed height; the event link opens the event", async ({
    page,
  }) => {
    await page.goto("/?event=soho-dinner");
    await page.getByRole("button", { name: "Embed in an article" }).click();
    const dialog = page.getByRole("dialog", { name: "Share and embed" });

    await dialog.getByRole("button", { name: "Copy link to this event" }).click();
    expect(await readClipboard(page)).toBe(`${EMBED_ORIGIN}/?event=soho-dinner`);

    await dialog.getByText("For sites that remove scripts").click();
    await dialog.getByRole("spinbutton", { name: "Height in pixels" }).fill("600");
    await dialog.getByRole("button", { name: "Copy iframe code" }).click();
    const code = await readClipboard(page);
    expect(code).toMatch(/^<iframe src="[^"]+" title="Timeline: [^"]+" width="100%" height="600"/);

    await page.route(`${ARTICLE_ORIGIN}/pasted-iframe.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${code}</body></html>`,
      }),
    );
    await page.goto(`${ARTICLE_ORIGIN}/pasted-iframe.html`);
    const frame = await frameOf(page, "iframe");
    await expect(
      frame.getByRole("heading", { level: 2, name: eventTitle("soho-dinner") }),
    ).toBeVisible();
    expect((await page.locator("iframe").boundingBox())!.height).toBe(600);

    await page.goto(`${EMBED_ORIGIN}/?event=soho-dinner`);
    await expect(page.getByRole("region", { name: eventTitle("soho-dinner") })).toBeVisible();
  });

  test("the live preview is the story box; Escape closes and focus returns to its button", async ({
    page,
  }) => {
    await page.goto("/");
    const share = page.getByRole("button", { name: "Embed in an article" });
    await share.click();
    const dialog = page.getByRole("dialog", { name: "Share and embed" });
    await expect(dialog.getByRole("button", { name: "Copy link to this event" })).toBeDisabled();
    await expect(
      dialog.getByRole("checkbox", { name: /Start at the selected event/ }),
    ).toBeDisabled();
    const preview = dialog.locator(".share-preview-frame");
    await expect(preview).toHaveAttribute("title", `Preview: Timeline: ${realDataset.title}`);
    await expectBox(page, ".share-preview-frame", 600);
    await dialog.getByRole("combobox", { name: "Width" }).selectOption("phone");
    const frame = await frameOf(page, ".share-preview-frame");
    await expect(frame.locator(".embed-strip")).toBeVisible();
    await expectBox(page, ".share-preview-frame", 600);

    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(share).toBeFocused();
  });
});

test.describe("discovery and deployment", () => {
  test("the page links a static oEmbed answer and carries a social card", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    const oembedLink = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    const href = new URL((await oembedLink.getAttribute("href"))!);
    expect(href.pathname).toBe("/oembed/de-armas-cruise-2025.json");
    const answer = (await (await request.get(href.pathname)).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Rumor Timeline",
      title: realDataset.title,
      width: 640,
      height: 600,
    });
    expect(answer.html).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\.html\?data=[^"]+&amp;height=600" title="Timeline: [^"]+" width="100%" height="600"/,
    );

    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute("content");
    expect(await meta("og:title")).toContain(realDataset.title);
    expect(await meta("og:description")).toBeTruthy();
    expect(await meta("og:image:alt")).toBeTruthy();
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await meta("twitter:image:alt")).toBeTruthy();
    const image = await request.get(new URL((await meta("og:image"))!).pathname);
    expect(image.headers()["content-type"]).toBe("image/png");
  });

  test("both pages run under the Content-Security-Policy of public/_headers", async ({ page }) => {
    const headers = readFileSync(new URL("../public/_headers", import.meta.url), "utf8");
    const policyFor = (path: string) =>
      new RegExp(`^${path.replace(/\./g, "\\.")}\\n  Content-Security-Policy: (.+)$`, "m").exec(
        headers,
      )![1]!;
    // The preview server sends no such headers; add them as a static host would.
    for (const [path, policy] of [
      ["/", policyFor("/")],
      ["/embed.html", policyFor("/embed.html")],
    ] as const) {
      await page.route(
        (url) => url.origin === EMBED_ORIGIN && url.pathname === path,
        async (route) => {
          const response = await route.fetch();
          await route.fulfill({
            response,
            headers: { ...response.headers(), "content-security-policy": policy },
          });
        },
      );
    }
    // Any violation is a console error, which fails the test.
    await page.goto("/?theme=dark&event=soho-dinner");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("button", { name: "Embed in an article" }).click();
    await expectBox(page, ".share-preview-frame", 600);

    await page.goto(`${ARTICLE_ORIGIN}/article.html`);
    await page.locator("#second").scrollIntoViewIfNeeded();
    await expect(page.locator("#second")).toHaveAttribute("data-rumor-timeline-ready", "");
    const frame = await frameOf(page, "#second iframe");
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  });
});
