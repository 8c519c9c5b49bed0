// Phones get time running down the page: one sticky month strip, cards that carry their
// sourcing folded and unfold in place, Previous / Next at the bottom, the share sheet.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { generateDataset } from "../scripts/bench/generate.ts";
import { expect, realDataset, serveDataset, test } from "./test.ts";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;
test.use(PHONE);

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const data = realDataset as unknown as {
  events: { id: string; title: string; date: string }[];
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

/** The list item of a card: its button, teaser, outlets, chip and (open) details. */
function itemOf(page: Page, title: string): Locator {
  return page.getByRole("listitem").filter({ has: cardOf(page, title) });
}

/** Event ids in the order the cards are shown: date order, not the file's. */
function shownOrder(page: Page): Promise<string[]> {
  return page
    .locator("[data-card]")
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.card ?? ""));
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

/** Nothing lies over the card's title: each corner of it hits the title itself. */
async function expectTitleUncovered(page: Page, title: string): Promise<void> {
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

async function expectNoAxeViolations(page: Page): Promise<void> {
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
    // The silence before the split stays visible in the list, too.
    await expect(page.getByText("Nothing in August or September 2025")).toBeAttached();

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

  test("the first card starts on the first screen and shows who reported it, untapped", async ({
    page,
  }, testInfo) => {
    await open(page);
    const first = itemOf(page, titleOf("soho-dinner"));
    const box = (await first.boundingBox())!;
    testInfo.annotations.push({ type: "first card top", description: `${Math.round(box.y)}px` });
    expect(box.y).toBeLessThan(844);
    await expect(first).toBeInViewport({ ratio: 1 });

    // Date with its qualifier, title, summary or quote with its speaker, outlets.
    await expect(first).toContainText("13 Feb 2025 · Sighting · date disputed");
    await expect(first.locator(".vcard-summary")).toBeVisible();
    await expect(first.getByText(/Pakistan Today · MTV Uutiset/)).toBeVisible();
    const madrid = itemOf(page, titleOf("madrid-no-comment"));
    await expect(madrid).toContainText("c. 17 Feb 2025");
    await expect(madrid).toContainText("— Ana de Armas");
    const people = itemOf(page, titleOf("people-source-just-friends"));
    await expect(people).toContainText("on or before 20 Feb 2025");
    await expect(people).toContainText("— anonymous source via People");
    // Every card names an outlet before any tap.
    const outlets = page.locator(".vcard-outlets");
    await expect(outlets).toHaveCount(data.events.length);
    // Claim sentences are not repeated on cards: a chip says the stance and opens them.
    await expect(
      page.getByText("Tom Cruise and Ana de Armas are in a romantic relationship.", {
        exact: true,
      }),
    ).toHaveCount(1);
    const chip = first.getByRole("button", { name: "Claims: Supports +1" });
    await chip.tap();
    await expect(chip).toHaveAttribute("aria-expanded", "true");
    await expect(first).toContainText(
      "This event supports the claim “Tom Cruise and Ana de Armas are in a romantic relationship.”",
    );
    await page.screenshot({ path: testInfo.outputPath("phone-first-screen.png") });
  });

  test("tapping a card unfolds what happened, annotations, sources, then other dates", async ({
    page,
  }) => {
    await open(page);
    const title = titleOf("soho-dinner");
    const card = cardOf(page, title);
    await expect(card).toHaveAttribute("aria-expanded", "false");

    await card.tap();
    await expect(card).toHaveAttribute("aria-expanded", "true");
    const detail = page.getByRole("region", { name: title, exact: true });
    await expect(detail).toBeVisible();
    // Inline, in the card's own list item; the title is not repeated inside.
    await expect(itemOf(page, title).getByRole("region", { name: title })).toBeVisible();
    await expect(detail).not.toContainText(title);
    await expect(detail.getByText("Sources disagree on the date")).toHaveCount(0);
    const order = await detail.evaluate((element) =>
      [...element.children].map((child) =>
        child.classList.contains("vcard-summary-full")
          ? "summary"
          : child.matches("figure")
            ? "annotation"
            : (child.getAttribute("aria-label") ?? child.className),
      ),
    );
    expect(order.filter((part) => part !== "vcard-facts")).toEqual([
      "summary",
      "annotation",
      "annotation",
      "Sources",
      "Other dates reported",
    ]);
    await expect(page).toHaveURL(/[?&]event=soho-dinner(&|$)/);
    await expectNoSidewaysScroll(page);

    await card.tap();
    await expect(card).toHaveAttribute("aria-expanded", "false");
    await expect(detail).toHaveCount(0);
  });

  for (const id of ["soho-dinner", "vermont-hand-holding", "gma-interview"]) {
    test(`?event=${id} opens the card with its title fully uncovered`, async ({
      page,
    }, testInfo) => {
      await open(page, `?event=${id}`);
      const title = titleOf(id);
      await expect(cardOf(page, title)).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByRole("region", { name: title, exact: true })).toBeVisible();
      await expectTitleUncovered(page, title);
      await expectNoSidewaysScroll(page);
      if (id === "vermont-hand-holding")
        await page.screenshot({ path: testInfo.outputPath("phone-deep-link.png") });
    });
  }

  test("Next event opens the next card and brings it, uncovered, into view", async ({ page }) => {
    await open(page, "?event=gma-interview");
    const stepper = page.getByRole("group", { name: "Read in order" });
    await expect(stepper).toBeInViewport();
    await expect(stepper).toContainText(/\d+ of 29/);
    const order = await shownOrder(page);
    const index = order.indexOf("gma-interview");
    for (const next of order.slice(index + 1, index + 4)) {
      await stepper.getByRole("button", { name: "Next event" }).tap();
      await expect(cardOf(page, titleOf(next))).toHaveAttribute("aria-expanded", "true");
      await expect(stepper).toContainText(`${order.indexOf(next) + 1} of 29`);
      await expectTitleUncovered(page, titleOf(next));
    }
    await stepper.getByRole("button", { name: "Previous event" }).tap();
    const back = titleOf(order[index + 2]!);
    await expect(cardOf(page, back)).toHaveAttribute("aria-expanded", "true");
    await expectTitleUncovered(page, back);
  });

  test("a horizontal swipe on the open card steps the story", async ({ page }) => {
    await open(page, "?event=soho-dinner");
    const order = await shownOrder(page);
    const next = { title: titleOf(order[order.indexOf("soho-dinner") + 1]!) };
    await expectTitleUncovered(page, titleOf("soho-dinner"));
    const box = (await page.getByRole("region", { name: titleOf("soho-dinner") }).boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      const y = box.y + 40;
      await cdp.send("Input.dispatchTouchEvent", {
        type: "touchStart",
        touchPoints: [{ x: from, y }],
      });
      for (let i = 1; i <= 6; i++) {
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: [{ x: from + ((to - from) * i) / 6, y }],
        });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    // Content follows the finger: right to left brings in the next event.
    await swipe(box.x + box.width - 30, box.x + 30);
    await expect(cardOf(page, next.title)).toHaveAttribute("aria-expanded", "true");
    await expectTitleUncovered(page, next.title);
  });

  test("the month strip keeps empty months, jumps, and marks where you are", async ({ page }) => {
    await open(page);
    const strip = page.getByRole("navigation", { name: "Jump to a month" });
    const months = strip.getByRole("button");
    await expect(months).toHaveCount(10);
    const august = strip.getByRole("button", { name: "Aug 2025: 0 events" });
    await expect(august).toBeVisible();
    await expect(strip.getByRole("button", { name: "Sept 2025: 0 events" })).toBeVisible();
    // Time stays proportional: an empty month has no bar at all.
    expect((await august.locator(".overview-bar").boundingBox())?.height ?? 0).toBe(0);
    // Names contain the visible text (WCAG 2.5.3), and the count's grammar is right.
    const march = data.events.filter((e) => e.date.startsWith("2025-03")).length;
    await expect(
      strip.getByRole("button", {
        name: `Mar 2025: ${march} ${march === 1 ? "event" : "events"}`,
        exact: true,
      }),
    ).toBeVisible();
    for (const button of await months.all()) {
      const visible = (await button.locator(".overview-label").textContent()) ?? "";
      await expect(button).toHaveAccessibleName(new RegExp(`^${visible} \\d{4}: \\d+ events?$`));
    }

    await expect(strip.getByRole("button", { name: /^Feb 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );
    const may = page.getByRole("heading", { level: 3, name: "May 2025" });
    await strip.getByRole("button", { name: /^May 2025: \d+ events?$/ }).tap();
    await expect(may).toBeInViewport();
    await expect(strip.getByRole("button", { name: /^May 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );
    const october = page.getByRole("heading", { level: 3, name: "October 2025" });
    await strip.getByRole("button", { name: /^Oct 2025: \d+ events?$/ }).tap();
    await expect(october).toBeInViewport();
    await expect(cardOf(page, titleOf("santa-monica-gym"))).toBeInViewport();
    await expect(strip.getByRole("button", { name: /^Oct 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );
    await expect(strip.locator("[aria-current]")).toHaveCount(1);

    // Scrolling by hand moves the mark too.
    const menorca = page.locator('[data-card="menorca-sailing"]');
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, (await menorca.boundingBox())!.y - 80);
    await expect(menorca).toBeInViewport();
    await expect(strip.getByRole("button", { name: /^Jun 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );

    await august.tap();
    await expect(page.getByText("Nothing in August or September 2025")).toBeInViewport();
  });

  test("one list on phones: no Timeline / List toggle, and ?view=list is the same list", async ({
    page,
  }) => {
    await open(page);
    await expect(page.getByRole("group", { name: "View" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "List", exact: true })).toHaveCount(0);
    await open(page, "?view=list");
    await expect(page.getByRole("list", { name: /^Chronology/ })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Jump to a month" })).toBeVisible();
    // The legend is one tap away.
    await page.getByText("How to read the cards").tap();
    await expect(page.getByText(/“c\.” approximate, “\?” uncertain/)).toBeVisible();
  });

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

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds nothing, ${theme}, with a card open`, async ({ page }, testInfo) => {
      await open(page, `?theme=${theme}`);
      await page.screenshot({ path: testInfo.outputPath(`phone-${theme}.png`) });
      await cardOf(page, titleOf("us-weekly-source-dating")).tap();
      await expect(
        page.getByRole("region", { name: titleOf("us-weekly-source-dating") }),
      ).toBeVisible();
      await expectTitleUncovered(page, titleOf("us-weekly-source-dating"));
      await page.screenshot({ path: testInfo.outputPath(`phone-${theme}-card-open.png`) });
      await expectNoAxeViolations(page);
    });
  }

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

for (const size of [100, 10_000]) {
  test(`a generated dataset of ${size} events reads the same way on a phone`, async ({
    page,
  }, testInfo) => {
    const dataset = generateDataset(size, 11);
    const path = `/fixtures/phone-${size}.json`;
    await serveDataset(page, path, JSON.stringify(dataset));
    await page.goto(`/?data=${path}`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    const first = page.locator("[data-card]").first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    testInfo.annotations.push({ type: "first card top", description: `${Math.round(box.y)}px` });
    expect(box.y).toBeLessThan(844);
    await expect(first.locator(".vcard-outlets")).toBeVisible();
    await page.getByRole("button", { name: "Next event" }).tap();
    await expect(page.getByText(`1 of ${size.toLocaleString("en")}`)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`phone-generated-${size}.png`) });
  });
}
