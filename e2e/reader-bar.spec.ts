// The reader bar above the plot: its tools load after the first paint into room kept for
// them (TimelinePage.css), so they must fit that room in every language at every width, and
// hold one row on a laptop-wide page, filtered or not.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./test.ts";
import { LANGUAGES } from "../src/i18n/languages.ts";

/** How far down the bar's tools reach, and the room the page keeps for them, in px. */
function toolsAndRoom(bar: Locator) {
  return bar.evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    let bottom = top;
    for (const tool of element.querySelectorAll("button, input")) {
      bottom = Math.max(bottom, tool.getBoundingClientRect().bottom);
    }
    return { tools: bottom - top, room: parseFloat(getComputedStyle(element).minHeight) };
  });
}

async function openWithTools(page: Page, language: string): Promise<Locator> {
  await page.goto(`/?lang=${language}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  const bar = page.locator(".reader-bar");
  // The last of the lazily loaded tools: the view's options button.
  await expect(bar.locator(".view-options button")).toBeVisible();
  return bar;
}

for (const language of LANGUAGES) {
  test(`in ${language}, the reader bar's tools fill the room kept for them, one row at 1280 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const bar = await openWithTools(page, language);
    for (const width of [1280, 1072, 1024, 1000, 800, 721]) {
      await page.setViewportSize({ width, height: 800 });
      const { tools, room } = await toolsAndRoom(bar);
      // More than the room moves the plot down when the tools arrive; less leaves a gap.
      expect(
        Math.abs(tools - room),
        `${width} px: tools ${tools} px, room ${room} px`,
      ).toBeLessThan(2);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await rowsOf(bar), "one row at 1280 px").toBe(1);
    // Filtering adds Reset: the bar keeps its one row, so the plot does not move as the
    // first letter is typed.
    await bar.getByRole("searchbox").fill("London");
    await expect(bar.locator(".filters-reset")).toBeVisible();
    expect(await rowsOf(bar), "one row at 1280 px, filtered").toBe(1);
  });
}

/** How many rows the bar's tools take: their middles, a few pixels apart within a row. */
async function rowsOf(bar: Locator): Promise<number> {
  const middles = await bar.locator("button, input").evaluateAll((tools) =>
    tools
      .filter((tool) => tool.getBoundingClientRect().height > 0)
      .map((tool) => {
        const box = tool.getBoundingClientRect();
        return box.top + box.height / 2;
      }),
  );
  return Math.max(...middles) - Math.min(...middles) < 4 ? 1 : 2;
}
