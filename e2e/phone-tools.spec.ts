// The tools above a phone's cards: search and Filters in one row, Share and Embed in the
// next; the filter count and Reset only while something is filtered; the theme at the foot
// of the page beside the language, clear of the Previous / Next bar.
import { expect, recordStatuses, statusesSaid, test } from "./test.ts";
import { data, open, PHONE } from "./phoneCards.ts";

test.use(PHONE);

const TOTAL = data.events.length;

test("a search shows the count and Reset below it; Reset empties it and keeps the focus in the search field", async ({
  page,
}) => {
  await open(page);
  const search = page.getByRole("searchbox", { name: "Search events" });
  const reset = page.getByRole("button", { name: "Reset filters" });
  await expect(reset).toHaveCount(0);

  await search.fill("helicopter");
  const count = page.getByText(new RegExp(`^Showing \\d+ of ${TOTAL} events$`));
  await expect(count).toBeVisible();
  await expect(reset).toBeVisible();
  const searchBox = (await search.boundingBox())!;
  const resetBox = (await reset.boundingBox())!;
  const countBox = (await count.boundingBox())!;
  expect(resetBox.y, "Reset sits below the search row").toBeGreaterThan(searchBox.y + 20);
  expect(
    Math.abs(resetBox.y + resetBox.height / 2 - (countBox.y + countBox.height / 2)),
  ).toBeLessThan(12);

  await reset.tap();
  await expect(search).toHaveValue("");
  await expect(reset).toHaveCount(0);
  await expect(search).toBeFocused();
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test("a link that checks facets names them above the cards, which show in the first screen", async ({
  page,
}) => {
  await recordStatuses(page);
  await open(page, "?kind=statement");
  const firstCard = page.getByRole("heading", { level: 3 }).first();
  const cardTop = await firstCard.evaluate((card) => card.getBoundingClientRect().top);
  // Under every facet, the first card was ~1,300 px down.
  expect(cardTop).toBeLessThan(PHONE.viewport.height);
  const line = page.getByRole("list", { name: "Active filters" });
  await expect(line.getByRole("button")).toHaveAccessibleName("Remove filter Kind: Statement");
  await expect(page.getByRole("button", { name: "Filters", exact: true })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  await expect(page.getByRole("button", { name: "Share", exact: true })).toBeVisible();
  expect(await firstCard.evaluate((card) => card.getBoundingClientRect().top)).toBe(cardTop);
  expect(await statusesSaid(page)).not.toContain("Loading the filters…");
  // Taken off with a tap: every card is back.
  await line.getByRole("button").tap();
  await expect(page).not.toHaveURL(/[?&]kind=/);
  await expect(line).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Filters", exact: true })).toBeFocused();
});

test("the theme is chosen at the foot of the page, beside the language", async ({ page }) => {
  await open(page);
  const toolbar = page.getByRole("toolbar", { name: "Timeline controls" });
  await expect(toolbar.getByRole("button", { name: "Share", exact: true })).toBeVisible();
  await expect(toolbar.getByRole("combobox")).toHaveCount(0);

  const theme = page.getByRole("combobox", { name: "Theme" });
  const language = page.getByRole("combobox", { name: "Language" });
  // At the very end of the page, neither is under the Previous / Next bar fixed there.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  for (const select of [theme, language]) {
    await expect(select).toBeInViewport();
    const uncovered = await select.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return top !== null && element.contains(top);
    });
    expect(uncovered, "nothing covers the menu").toBe(true);
  }
  const themeBox = (await theme.boundingBox())!;
  const lastCard = (await page.locator("[data-card]").last().boundingBox())!;
  expect(themeBox.y, "after the last card").toBeGreaterThan(lastCard.y);

  await theme.selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);
});
