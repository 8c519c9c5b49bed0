// embed.html under parents other than embed.js: a Pym.js parent sizes it, and it sends
// AMP's embed-size message.
import { expect, test } from "./test.ts";
import { ARTICLE_ORIGIN, expectSized, frameOf, runArticleServer } from "./embedArticle.ts";

runArticleServer();

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
