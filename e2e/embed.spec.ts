// Embedding, as a newsroom sees it: an article on another origin pastes the snippet twice,
// and each placeholder becomes one frame that keeps its own state, is as tall as its
// content, and falls back to a link without JavaScript. How frame and article stay out of
// each other's way is in embed-isolation.spec.ts; Pym.js and AMP parents, the share
// dialog's code, and discovery metadata and the published CSP in embed-*.spec.ts.
import { EMBED_ORIGIN } from "./articleServer.ts";
import { expect, test } from "./test.ts";
import {
  ARTICLE_ORIGIN,
  DATA_URL,
  eventTitle,
  expectSized,
  frameOf,
  openArticle,
  runArticleServer,
} from "./embedArticle.ts";

runArticleServer();

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

    await expect(frame.getByText(/Showing \d+ of/)).toHaveCount(0);
    // The count's live region is in the accessibility tree before the search, so that the
    // search's count is announced (a region shown only once it has text is not).
    await expect(frame.locator(".embed-filters[aria-live]")).not.toHaveCSS("display", "none");
    await frame.getByRole("searchbox", { name: "Search events" }).fill("zzzz no such event");
    // Said once, in the card, for what the reader did: a search.
    await expect(frame.getByText("No events match the search.")).toBeVisible();
    await expect(frame.getByText("No events match the filters.")).toBeHidden();
    const card = (await frame.locator(".embed-card").boundingBox())!;
    const note = (await frame.getByText("No events match the search.").boundingBox())!;
    expect(note.y, "the note is in the card").toBeGreaterThanOrEqual(card.y);
    expect(note.y + note.height, "the note is in the card").toBeLessThanOrEqual(
      card.y + card.height,
    );
    // The reader's search is in its field; the box's line gives its count.
    await expect(frame.getByText("Showing 0 of 29 events", { exact: true })).toBeVisible();
    const filtered = await expectSized(page, "#second iframe");
    expect(filtered).not.toBe(before);
  });

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
