// Phones get time running down the page: month headings, inline details, no sideways scroll.
import type { Locator, Page } from "@playwright/test";
import { expect, realDataset, test } from "./test.ts";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const data = realDataset as unknown as {
  events: { id: string; title: string }[];
};
const titleOf = (id: string) => data.events.find((e) => e.id === id)!.title;
const MONTH_HEADING =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A card's button is named "<date> · <Kind> <title>". */
function cardOf(page: Page, title: string): Locator {
  return page.getByRole("button", { name: new RegExp(`${escapeRegExp(title)}$`) });
}

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(
    scrollWidth,
    `page is ${scrollWidth}px wide in a ${innerWidth}px viewport`,
  ).toBeLessThanOrEqual(innerWidth);
}

test.describe("phone layout", () => {
  test("time runs down the page under month headings, with no sideways scroll", async ({
    page,
  }) => {
    await open(page);
    // No horizontal timeline, its zoom buttons or its lanes on a phone.
    await expect(page.getByRole("group", { name: /^Timeline, / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Zoom in" })).toHaveCount(0);

    const months = page.getByRole("heading", { level: 3 });
    await expect(months.first()).toHaveText("February 2025");
    for (const heading of await months.allTextContents()) expect(heading).toMatch(MONTH_HEADING);
    await expect(months.last()).toHaveText("November 2025");

    // Every event has a card, each inside its month's region.
    for (const event of data.events)
      await expect(cardOf(page, event.title), event.id).toHaveCount(1);
    await expect(
      page.getByRole("region", { name: "February 2025" }).getByRole("button", {
        name: new RegExp(`${escapeRegExp(titleOf("soho-dinner"))}$`),
      }),
    ).toBeVisible();

    await expect(page.getByRole("navigation", { name: "Jump to a month" })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test("tapping a card expands its detail inline, and tapping again folds it", async ({ page }) => {
    await open(page);
    const title = titleOf("soho-dinner");
    const card = cardOf(page, title);
    await expect(card).toHaveAttribute("aria-expanded", "false");

    await card.tap();
    await expect(card).toHaveAttribute("aria-expanded", "true");
    const detail = page.getByRole("region", { name: title, exact: true });
    await expect(detail).toBeVisible();
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(title);
    await expect(detail.getByText("Sources disagree on the date")).toBeVisible();
    // Inline: the detail sits in the card's own list item, right under the card.
    await expect(
      page.getByRole("listitem").filter({ has: card }).getByRole("region", { name: title }),
    ).toBeVisible();
    await expect(page).toHaveURL(/[?&]event=soho-dinner(&|$)/);
    // Long source links and notes must not push the page sideways.
    await expectNoSidewaysScroll(page);

    await card.tap();
    await expect(card).toHaveAttribute("aria-expanded", "false");
    await expect(detail).toHaveCount(0);
  });

  test("the overview strip jumps to a month", async ({ page }) => {
    await open(page);
    const strip = page.getByRole("navigation", { name: "Jump to a month" });
    const october = page.getByRole("heading", { level: 3, name: "October 2025" });
    const firstOctoberCard = cardOf(page, titleOf("santa-monica-gym"));
    await expect(firstOctoberCard).not.toBeInViewport();

    await strip.getByRole("button", { name: /^October 2025: \d+ events?$/ }).tap();
    await expect(october).toBeInViewport();
    await expect(firstOctoberCard).toBeInViewport();
    await expect(cardOf(page, titleOf("soho-dinner"))).not.toBeInViewport();

    await strip.getByRole("button", { name: /^February 2025: \d+ events?$/ }).tap();
    await expect(cardOf(page, titleOf("soho-dinner"))).toBeInViewport();
    await expect(firstOctoberCard).not.toBeInViewport();
  });

  test("?event=<id> opens that event and shows it", async ({ page }) => {
    const title = titleOf("vermont-hand-holding");
    await open(page, "?event=vermont-hand-holding");
    const detail = page.getByRole("region", { name: title, exact: true });
    await expect(detail).toBeVisible();
    await expect(detail.getByRole("heading", { level: 2 })).toBeInViewport();
    await expect(cardOf(page, title)).toHaveAttribute("aria-expanded", "true");
    await expectNoSidewaysScroll(page);
  });

  test("?theme=dark applies the dark theme", async ({ page }) => {
    await open(page, "?theme=dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    // The page really is dark, not just labelled so.
    const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255, alpha = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    expect(alpha, `body background ${colour}`).toBeGreaterThan(0);
    const background = (r + g + b) / 3;
    expect(background, `body background ${colour}`).toBeLessThan(80);
  });
});
