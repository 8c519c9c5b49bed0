// Sharing: on a phone, Share opens the share sheet (and a cancelled one says nothing); on a
// desktop it copies the link, or shows it to copy by hand without a clipboard.
import { expect, test } from "./test.ts";
import { open, PHONE, titleOf } from "./phoneCards.ts";

test.use(PHONE);

test.describe("phone layout", () => {
  test("Share opens the phone's share sheet with the open event's link", async ({ page }) => {
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { shareCalls: unknown[] }).shareCalls = calls;
      Object.defineProperty(navigator, "share", {
        configurable: true,
        value: (data: unknown) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
    });
    await open(page, "?event=gma-interview&theme=dark");
    await page.getByRole("button", { name: "Share", exact: true }).tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls))
      .toEqual([
        {
          title: expect.stringContaining(titleOf("gma-interview")),
          url: expect.stringMatching(/\/\?event=gma-interview$/),
        },
      ]);
    // No dialog, no message: the sheet is the answer.
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByText("Link copied")).toHaveCount(0);
  });

  test("a cancelled share sheet says nothing", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        configurable: true,
        value: () => Promise.reject(new DOMException("Share canceled", "AbortError")),
      });
    });
    await open(page);
    await page.getByRole("button", { name: "Share", exact: true }).tap();
    await expect(page.getByRole("status").filter({ hasText: /copied|Copy this link/ })).toHaveCount(
      0,
    );
  });
});

test.describe("sharing on a desktop", () => {
  test.use({
    viewport: { width: 1280, height: 800 },
    isMobile: false,
    hasTouch: false,
    permissions: ["clipboard-read", "clipboard-write"],
  });

  test("Share copies the link and says so; the embed code is one step further", async ({
    page,
  }) => {
    await page.goto("/?event=soho-dinner&theme=light");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^http:\/\/localhost:\d+\/\?event=soho-dinner$/);
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await page.getByRole("button", { name: "Embed in an article" }).click();
    const dialog = page.getByRole("dialog", { name: "Share and embed" });
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole("region", { name: "For editors" }).getByRole("link"),
    ).toHaveAttribute("href", /\/preview\.html$/);
  });

  test("without a clipboard, the link is shown selected to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { configurable: true, value: undefined });
    });
    await page.goto("/?event=soho-dinner");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copy this link:" })).toBeVisible();
    const link = page.getByRole("textbox", { name: "Link to this page" });
    await expect(link).toHaveValue(/\/\?event=soho-dinner$/);
    await expect(link).toBeFocused();
  });
});
