// The reader bar above the plot: its tools load after the first paint into room kept for
// them (TimelinePage.css), so they must fit that room in every language at every width, and
// hold one row on a laptop-wide page, filtered or not.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./test.ts";
import { LANGUAGES } from "../src/i18n/languages.ts";

/**
 * How far down the bar's tools reach and the room the page keeps for them, in px, and the
 * buttons whose text is cut.
 */
function toolsAndRoom(bar: Locator) {
  return bar.evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    let bottom = top;
    for (const tool of element.querySelectorAll("button, input")) {
      bottom = Math.max(bottom, tool.getBoundingClientRect().bottom);
    }
    // A button narrower than its text and padding (flex shrinks it to its min-width) runs
    // the text into its border, or past it.
    const cut = [...element.querySelectorAll("button")]
      .filter((button) => {
        const text = document.createRange();
        text.selectNodeContents(button);
        const style = getComputedStyle(button);
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        return text.getBoundingClientRect().width + padding > button.clientWidth + 1;
      })
      .map((button) => button.textContent ?? "");
    return { tools: bottom - top, room: parseFloat(getComputedStyle(element).minHeight), cut };
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

/**
 * Widths at which the room changes (the one-row breakpoints, 1000 and 1072 px) and where
 * Reset once wrapped the row: 1,100 px in Spanish and Portuguese, 1,128 in French and Italian.
 */
const WIDTHS = [1280, 1128, 1100, 1072, 1024, 1000, 800, 721];

for (const language of LANGUAGES) {
  test(`in ${language}, the reader bar's tools fill the room kept for them, one row at 1280 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const bar = await openWithTools(page, language);
    const fillTheRoom = async (state: string) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const { tools, room, cut } = await toolsAndRoom(bar);
        expect(cut, `${width} px, ${state}: buttons cut`).toEqual([]);
        // More than the room moves the plot down when the tools arrive; less leaves a gap.
        expect(
          Math.abs(tools - room),
          `${width} px, ${state}: tools ${tools} px, room ${room} px`,
        ).toBeLessThan(2);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    await fillTheRoom("nothing filtered");
    expect(await rowsOf(bar), "one row at 1280 px").toBe(1);
    // Filtering adds Reset: the bar keeps the rows it had, so the plot does not move as the
    // first letter is typed (nor when a filtered link's tools arrive).
    await bar.getByRole("searchbox").fill("London");
    await expect(bar.locator(".filters-reset")).toBeVisible();
    await fillTheRoom("filtered");
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
