// The share and embed dialog: the code it copies works when pasted into a page on another
// origin, and its live preview is the story box.
import type { Page } from "@playwright/test";
import { EMBED_ORIGIN } from "./articleServer.ts";
import { expect, realDataset, test } from "./test.ts";
import {
  ARTICLE_ORIGIN,
  eventTitle,
  expectBox,
  expectSized,
  frameOf,
  runArticleServer,
} from "./embedArticle.ts";

runArticleServer();

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
    // The event's own page: its link preview shows this event, not the whole timeline.
    expect(await readClipboard(page)).toBe(`${EMBED_ORIGIN}/e/soho-dinner/`);

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

    await page.goto(`${EMBED_ORIGIN}/e/soho-dinner/`);
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
