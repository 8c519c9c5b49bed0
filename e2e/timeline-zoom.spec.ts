// Zooming and panning the desktop timeline with its buttons, the wheel and the mouse, and
// the page still scrolling under a plain vertical wheel.
import { expect, test } from "./test.ts";
import {
  axisTicks,
  centreOf,
  DAY_LABEL,
  detailOf,
  markOf,
  openTimeline,
  pointInPlot,
  scrollY,
  SOHO,
  eventById,
} from "./desktopTimeline.ts";

test.describe("zoom and pan", () => {
  test("zoom buttons reach day-level labels and Fit all restores the whole story", async ({
    page,
  }) => {
    await openTimeline(page);
    const ticks = axisTicks(page);
    const fitted = await ticks.allTextContents();
    expect(
      fitted.some((label) => DAY_LABEL.test(label)),
      fitted.join(" | "),
    ).toBe(false);

    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    let labels = fitted;
    for (let clicks = 0; clicks < 10 && !labels.some((l) => DAY_LABEL.test(l)); clicks++) {
      await zoomIn.click();
      await expect(ticks).not.toHaveText(labels);
      labels = await ticks.allTextContents();
    }
    expect(
      labels.some((l) => DAY_LABEL.test(l)),
      labels.join(" | "),
    ).toBe(true);

    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect(ticks).not.toHaveText(labels);

    await page.getByRole("button", { name: "Fit all" }).click();
    await expect(ticks).toHaveText(fitted);
  });

  test("ctrl+wheel over the plot zooms around the pointer", async ({ page }) => {
    await openTimeline(page);
    const fitted = await axisTicks(page).allTextContents();
    // The glyph: a mark's button also spans its label, and the zoom keeps the pointer's time.
    const centre = await centreOf(markOf(page, SOHO.title).locator(".mark-glyph"));
    const scrolled = await scrollY(page);
    await page.mouse.move(centre.x, centre.y);
    await page.keyboard.down("Control");
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect(axisTicks(page)).not.toHaveText(fitted);
    // Zoomed around 13 February, so that day is still on screen, now labelled by day.
    await expect(axisTicks(page).filter({ hasText: DAY_LABEL }).first()).toBeVisible();
    await expect(markOf(page, SOHO.title)).toBeInViewport();
    expect(await scrollY(page), "ctrl+wheel does not scroll the page").toBe(scrolled);
  });

  test("a plain vertical wheel over the plot scrolls the page, not the timeline", async ({
    page,
  }) => {
    await openTimeline(page);
    const fitted = await axisTicks(page).allTextContents();
    expect(await scrollY(page)).toBe(0);
    const point = await pointInPlot(page);
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    await expect(axisTicks(page)).toHaveText(fitted);
  });

  test("a horizontal wheel over the plot pans the timeline", async ({ page }) => {
    await openTimeline(page);
    const fitted = await axisTicks(page).allTextContents();
    const point = await pointInPlot(page);
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(400, 0);
    await expect(axisTicks(page)).not.toHaveText(fitted);
    expect(await scrollY(page), "a sideways wheel does not scroll the page").toBe(0);
  });

  test("dragging with the mouse pans, and does not open the mark it started on", async ({
    page,
  }) => {
    await openTimeline(page);
    const fitted = await axisTicks(page).allTextContents();
    const title = eventById("ballerina-release").title;
    const start = await centreOf(markOf(page, title));
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 250, start.y, { steps: 10 });
    await page.mouse.up();
    await expect(axisTicks(page)).not.toHaveText(fitted);
    await expect(page.getByRole("button", { name: "Close details" })).toHaveCount(0);
    await expect(detailOf(page, title)).toHaveCount(0);
  });
});
