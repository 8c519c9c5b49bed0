// The desktop timeline from the keyboard: one tab stop for the marks, arrows through them in
// time order, Enter to open one, + and - to zoom.
import type { Page } from "@playwright/test";
import { expect, test } from "./test.ts";
import {
  axisTicks,
  detailOf,
  markOf,
  marks,
  openTimeline,
  titlesInTimeOrder,
} from "./desktopTimeline.ts";

test.describe("keyboard", () => {
  /** Tabs forward from the search box until focus lands on a mark. */
  async function tabToMarks(page: Page): Promise<void> {
    await page.getByRole("searchbox", { name: "Search events" }).focus();
    const inMarks = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[aria-label="Events on the timeline"]') !== null &&
          document.activeElement !== document.body,
      );
    for (let presses = 0; presses < 20 && !(await inMarks()); presses++) {
      await page.keyboard.press("Tab");
    }
    expect(await inMarks(), "Tab from the search box reaches a mark").toBe(true);
  }

  test("the marks are one tab stop with a visible focus ring", async ({ page }) => {
    await openTimeline(page);
    await expect(marks(page).locator('button[tabindex="0"]')).toHaveCount(1);
    await tabToMarks(page);
    const focused = page.locator(":focus");
    await expect(focused).not.toHaveCSS("outline-style", "none");
    await page.keyboard.press("Tab");
    await expect(marks(page).locator(":focus")).toHaveCount(0);
  });

  test("arrows, Home and End move through events in time order; Enter opens one", async ({
    page,
  }) => {
    const order = await titlesInTimeOrder(page);
    await openTimeline(page);
    await tabToMarks(page);

    await page.keyboard.press("Home");
    await expect(markOf(page, order[0]!)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(markOf(page, order[1]!)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(markOf(page, order[2]!)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(markOf(page, order[1]!)).toBeFocused();
    await expect(markOf(page, order[1]!)).not.toHaveCSS("outline-style", "none");

    await page.keyboard.press("End");
    await expect(markOf(page, order.at(-1)!)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(markOf(page, order.at(-2)!)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(markOf(page, order[0]!)).toBeFocused();

    // Still one tab stop after moving: the roving tabindex followed the focus.
    await expect(marks(page).locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(marks(page).locator('button[tabindex="0"]')).toBeFocused();

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const detail = detailOf(page, order[1]!);
    await expect(detail).toBeVisible();
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(order[1]!);
  });

  test("+ and - on a focused mark zoom the axis", async ({ page }) => {
    await openTimeline(page);
    const fitted = await axisTicks(page).allTextContents();
    await tabToMarks(page);

    await page.keyboard.press("+");
    await expect(axisTicks(page)).not.toHaveText(fitted);
    // Zooming must not drop the keyboard focus (the focused mark may leave the view).
    await expect(marks(page).locator(":focus"), "focus stays on a mark after zooming").toHaveCount(
      1,
    );
    const zoomedIn = await axisTicks(page).allTextContents();
    await page.keyboard.press("-");
    await expect(axisTicks(page)).not.toHaveText(zoomedIn);
  });
});
