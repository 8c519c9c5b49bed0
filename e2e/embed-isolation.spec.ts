// An embed and its article stay out of each other's way: a deep link selects inside the
// frame and tells the article, an embed below the fold neither scrolls the article nor takes
// focus, size messages from anyone but the frame are ignored, and a plain wheel over the
// frame scrolls the article.
import { expect, test } from "./test.ts";
import {
  ARTICLE_ORIGIN,
  eventTitle,
  expectSized,
  frameOf,
  heights,
  openArticle,
  runArticleServer,
} from "./embedArticle.ts";

runArticleServer();

test.describe("an article on another origin with two embed.js snippets", () => {
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
});
