// What the phone tests (e2e/phone*.spec.ts) share: the phone they run on, the real dataset's
// titles, locators for the cards, and checks that nothing scrolls sideways, nothing covers an
// open card's title and axe finds nothing.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, realDataset } from "./test.ts";

export const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
} as const;

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const data = realDataset as unknown as {
  events: { id: string; title: string; date: string }[];
};
export const titleOf = (id: string) => data.events.find((e) => e.id === id)!.title;
export const MONTH_HEADING =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A card's button is named "<date> · <Kind> <title>". */
export function cardOf(page: Page, title: string): Locator {
  return page.getByRole("button", { name: new RegExp(`${escapeRegExp(title)}$`) });
}

/** The list item of a card: its button, teaser, outlets, chip and (open) details. */
export function itemOf(page: Page, title: string): Locator {
  return page.getByRole("listitem").filter({ has: cardOf(page, title) });
}

/** Event ids in the order the cards are shown: date order, not the file's. */
export function shownOrder(page: Page): Promise<string[]> {
  return page
    .locator("[data-card]")
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.card ?? ""));
}

export async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
}

export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(
    scrollWidth,
    `page is ${scrollWidth}px wide in a ${innerWidth}px viewport`,
  ).toBeLessThanOrEqual(innerWidth);
}

/** Nothing lies over the card's title: each corner of it hits the title itself. */
export async function expectTitleUncovered(page: Page, title: string): Promise<void> {
  const text = cardOf(page, title).locator(".vcard-title");
  await expect(text).toBeInViewport({ ratio: 1 });
  await expect
    .poll(() =>
      text.evaluate((element) => {
        const r = element.getBoundingClientRect();
        const corners = [
          [r.left + 1, r.top + 1],
          [r.right - 1, r.top + 1],
          [r.left + 1, r.bottom - 1],
          [r.right - 1, r.bottom - 1],
        ] as const;
        return corners.map(([x, y]) => {
          const hit = document.elementFromPoint(x, y);
          return hit !== null && element.contains(hit);
        });
      }),
    )
    .toEqual([true, true, true, true]);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Months off screen skip rendering (content-visibility): render them so axe sees them.
  await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`)
    .join("\n");
  expect(
    results.violations.map((v) => v.id),
    report,
  ).toEqual([]);
}

/**
 * The month strip's names as drawn: the text of each one written (not faded out), with the
 * box its text covers (a range's box: a name cut by its slot still reports its full width),
 * and the strip's own box.
 */
export async function stripNames(page: Page): Promise<{
  strip: { left: number; right: number };
  written: { text: string; left: number; right: number }[];
}> {
  return page.locator(".overview-strip ul").evaluate((list) => {
    const written = [...list.querySelectorAll(".overview-label")].flatMap((label) => {
      if (getComputedStyle(label).opacity === "0") return [];
      const range = document.createRange();
      range.selectNodeContents(label);
      const box = range.getBoundingClientRect();
      return [{ text: label.textContent ?? "", left: box.left, right: box.right }];
    });
    const box = list.getBoundingClientRect();
    return { strip: { left: box.left, right: box.right }, written };
  });
}

/** The written names' boxes, in page order, never touch and stay inside the strip. */
export function expectNamesApart(names: Awaited<ReturnType<typeof stripNames>>): void {
  const sorted = [...names.written].sort((a, b) => a.left - b.left);
  for (const [i, name] of sorted.entries()) {
    expect(name.left, name.text).toBeGreaterThanOrEqual(names.strip.left - 0.5);
    expect(name.right, name.text).toBeLessThanOrEqual(names.strip.right + 0.5);
    const next = sorted[i + 1];
    if (next !== undefined)
      expect(next.left, `${name.text} / ${next.text}`).toBeGreaterThan(name.right + 1);
  }
}
