// Reading the story on a wide screen: what shows above the fold, reading in order
// (Previous / Next, keys, swipe), the detail panel's order, claim chips, the View options
// menu, and the polish items of issue 11 (axis labels, counts, censored words).
import type { Locator, Page } from "@playwright/test";
import { enLater } from "../src/i18n/catalogs/enLater.ts";
import { placeholderRoom } from "./placeholderRoom.ts";
import { eventMark, expect, fixture, realDataset, serveDataset, test } from "./test.ts";

interface DatasetEvent {
  id: string;
  title: string;
  summary: string;
}
const data = realDataset as unknown as {
  events: DatasetEvent[];
  claims: { id: string; text: string; status: string }[];
  sources: unknown[];
};
const TOTAL = data.events.length;
const eventById = (id: string) => data.events.find((e) => e.id === id)!;
const SOHO = eventById("soho-dinner");

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function plot(page: Page): Locator {
  return page.getByRole("group", { name: /^Timeline, / });
}

function marks(page: Page): Locator {
  return page.getByRole("list", { name: "Events on the timeline" }).getByRole("button");
}

/** The detail panel is a region named by the event's title. */
function detail(page: Page): Locator {
  return page.locator(".detail-panel");
}

function toolbarStepper(page: Page): Locator {
  return page.getByRole("group", { name: "Read in order" }).first();
}

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(marks(page).first()).toBeVisible();
}

/** Event titles in date order, as the accessible chronology lists them. */
async function titlesInDateOrder(page: Page): Promise<string[]> {
  await page.goto("/?view=list");
  const headings = page.getByRole("list", { name: /^Chronology/ }).getByRole("heading", {
    level: 3,
  });
  await expect(headings).toHaveCount(TOTAL);
  return headings.allTextContents();
}

async function top(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.y;
}

test.describe("the story above the fold, 1280×800", () => {
  test("the plot and its first mark start above y=800", async ({ page }, testInfo) => {
    await open(page);
    const plotTop = await top(plot(page));
    const firstMark = await top(marks(page).first());
    testInfo.annotations.push({
      type: "measured",
      description: `plot top y=${Math.round(plotTop)}, first mark y=${Math.round(firstMark)} (was y≈600 for the plot before the compact header)`,
    });
    expect(plotTop).toBeLessThan(800);
    // Header, one toolbar row and the legend (open on a first visit) come first.
    expect(plotTop).toBeLessThan(420);
    expect(firstMark).toBeLessThan(800);
    await page.screenshot({ path: testInfo.outputPath("desktop-first-view.png") });
  });

  test("header: one-line dek with More, meta line, every claim as a chip", async ({ page }) => {
    await open(page);
    const dek = page.locator(".dek-text");
    const line = await dek.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await dek.boundingBox())!.height).toBeLessThanOrEqual(line + 1);
    await expect(page.getByText(/^Updated 13 Nov 2025 · 29 events · 90 sources$/)).toBeVisible();

    const more = page.getByRole("button", { name: "More" });
    await expect(more).toHaveAttribute("aria-expanded", "false");
    await more.click();
    await expect(page.getByRole("button", { name: "Less" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    // Nothing of the summary is lost.
    await expect(dek).toHaveText(
      (realDataset as unknown as { summary: string }).summary.replace(/\s+/g, " "),
    );

    const chips = page.getByRole("region", { name: "Claims tracked" }).getByRole("button");
    await expect(chips).toHaveCount(data.claims.length);
    // One row.
    const tops = await chips.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(new Set(tops.map(Math.round)).size).toBe(1);
  });

  test("a claim chip opens that claim's card", async ({ page }) => {
    await open(page);
    const overview = page.getByRole("region", { name: "Claims tracked" });
    for (const claim of data.claims) {
      // The chip's name is the whole claim, though the chip shows a short form.
      const chip = overview.getByRole("button", { name: new RegExp(escapeRegExp(claim.text)) });
      await expect(chip).toHaveAttribute("title", claim.text);
      await expect(chip).toHaveAttribute("aria-expanded", "false");
      await chip.click();
      await expect(chip).toHaveAttribute("aria-expanded", "true");
      const card = page.locator(`#${await chip.getAttribute("aria-controls")}`);
      await expect(card).toBeVisible();
      await expect(card.getByText(claim.text, { exact: true })).toBeVisible();
      await expect(card).toContainText(/Since \d{1,2} \w{3} \d{4}\./);
    }
    const last = overview.getByRole("button", { expanded: true });
    await last.click();
    await expect(overview.getByRole("button", { expanded: true })).toHaveCount(0);
  });

  test("every claim chip shows its claim whole, in English and in Spanish", async ({ page }) => {
    for (const query of ["", "?lang=es"]) {
      await page.goto(`/${query}`);
      await expect(page.locator("[data-timeline-ready]")).toBeAttached();
      const chips = page.locator(".claim-chip");
      await expect(chips).toHaveCount(data.claims.length);
      const shown = await chips.evaluateAll((all) =>
        all.map((chip) => ({
          // Cut by an ellipsis or a line clamp: some box inside holds more than it shows.
          clamped: [...chip.querySelectorAll<HTMLElement>("*:not(.visually-hidden)")].some(
            (box) =>
              box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1,
          ),
          // What a sighted reader sees: the hidden names left out.
          text: [...chip.querySelectorAll(".claim-short > span:not(.visually-hidden)")]
            .map((part) => part.textContent)
            .join(""),
        })),
      );
      for (const chip of shown) {
        expect(chip.clamped, `"${chip.text}" is cut (${query || "English"})`).toBe(false);
        // The names every claim repeats are left out, in either language.
        expect(chip.text).not.toMatch(/^Tom Cruise (and|y) Ana de Armas/);
      }
    }
  });

  test("the search field shows its whole placeholder", async ({ page }) => {
    await open(page);
    const search = page.getByRole("searchbox", { name: "Search events" });
    await expect(search).toHaveAttribute("placeholder", enLater["search.placeholder"]);
    const room = await placeholderRoom(search);
    expect(room).toBeGreaterThanOrEqual(0);
  });

  test("one toolbar row; View options holds view, lanes and theme", async ({ page }, testInfo) => {
    await open(page);
    const row = [
      page.getByRole("button", { name: "Previous event" }).first(),
      page.getByRole("searchbox", { name: "Search events" }),
      page.getByRole("button", { name: "Filters", exact: true }),
      page.getByRole("button", { name: "Zoom in" }),
      page.getByRole("button", { name: "Fit all" }),
      page.getByRole("button", { name: "Share" }),
      page.getByRole("button", { name: "View options" }),
    ];
    const centres = await Promise.all(
      row.map(async (l) => {
        const box = (await l.boundingBox())!;
        return box.y + box.height / 2;
      }),
    );
    expect(Math.max(...centres) - Math.min(...centres), "all in one row").toBeLessThan(8);
    await expect(page.getByRole("combobox", { name: "Lanes" })).toHaveCount(0);

    const menu = page.getByRole("button", { name: "View options" });
    await expect(menu).toHaveAttribute("aria-haspopup", "dialog");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const popup = page.getByRole("dialog", { name: "View options" });
    await expect(popup.getByRole("combobox", { name: "Lanes" })).toBeVisible();
    await expect(popup.getByRole("combobox", { name: "Theme" })).toBeVisible();
    await expect(popup.getByRole("button", { name: "List", exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("desktop-view-options.png") });

    await page.keyboard.press("Escape");
    await expect(popup).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    // Keyboard: Enter opens it with focus inside; a choice applies at once.
    await menu.press("Enter");
    await expect(popup).toBeVisible();
    await expect(popup.locator(":focus")).toHaveCount(1);
    await popup.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // A click elsewhere closes it.
    await page.getByRole("heading", { level: 1 }).click();
    await expect(popup).toBeHidden();
  });
});

test.describe("reading in order", () => {
  test("Next steps through every event in date order; the position reads 2 of 29", async ({
    page,
  }) => {
    const order = await titlesInDateOrder(page);
    // The chronology holds every event of the dataset once; its order is the date order
    // (not the file's: "../2025-02-20", on or before, sorts after 17 Feb).
    expect([...order].sort()).toEqual(data.events.map((e) => e.title).sort());
    expect(order).not.toEqual(data.events.map((e) => e.title));
    await open(page);
    const stepper = toolbarStepper(page);
    await expect(stepper).toContainText(`${TOTAL} events`);
    const next = stepper.getByRole("button", { name: "Next event" });

    await next.click();
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[0]!);
    await expect(stepper).toContainText(`1 of ${TOTAL}`);
    await next.click();
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[1]!);
    await expect(stepper).toContainText(`2 of ${TOTAL}`);
    await expect(detail(page).getByRole("group", { name: "Read in order" })).toContainText(
      `2 of ${TOTAL}`,
    );

    // The panel's own Next keeps the focus on itself, so it can be pressed again and again.
    const panelNext = detail(page).getByRole("button", { name: "Next event" });
    for (let i = 2; i < TOTAL; i++) {
      await panelNext.click();
      await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[i]!);
      if (i < TOTAL - 1) await expect(panelNext).toBeFocused();
    }
    await expect(stepper).toContainText(`${TOTAL} of ${TOTAL}`);
    await expect(panelNext).toBeDisabled();
    const panelPrevious = detail(page).getByRole("button", { name: "Previous event" });
    await panelPrevious.focus();
    await page.keyboard.press("Enter");
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[TOTAL - 2]!);
    await expect(detail(page).getByRole("button", { name: "Previous event" })).toBeFocused();
  });

  test("→ and ← step when the focus is on the page body", async ({ page }) => {
    const order = await titlesInDateOrder(page);
    await open(page);
    const blur = () =>
      page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
      });
    await blur();
    await page.keyboard.press("ArrowRight");
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[0]!);
    await blur();
    await page.keyboard.press("ArrowRight");
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[1]!);
    await expect(toolbarStepper(page)).toContainText(`2 of ${TOTAL}`);
    await blur();
    await page.keyboard.press("ArrowLeft");
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[0]!);
  });

  test.describe(() => {
    test.use({ hasTouch: true });
    test("a horizontal swipe on the panel steps (touch laptops, tablets)", async ({ page }) => {
      const order = await titlesInDateOrder(page);
      const second = data.events.find((e) => e.title === order[1])!;
      await open(page, `?event=${second.id}`);
      await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[1]!);
      const box = (await detail(page).getByRole("heading", { level: 2 }).boundingBox())!;
      const y = box.y + box.height / 2;
      const session = await page.context().newCDPSession(page);
      const swipe = async (fromX: number, toX: number) => {
        await session.send("Input.dispatchTouchEvent", {
          type: "touchStart",
          touchPoints: [{ x: fromX, y }],
        });
        for (let i = 1; i <= 5; i++) {
          await session.send("Input.dispatchTouchEvent", {
            type: "touchMove",
            touchPoints: [{ x: fromX + ((toX - fromX) * i) / 5, y }],
          });
        }
        await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      };
      // Content follows the finger: dragging to the left brings in the next event.
      await swipe(box.x + box.width - 10, box.x + 10);
      await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[2]!);
      const back = (await detail(page).getByRole("heading", { level: 2 }).boundingBox())!;
      await swipe(back.x + 10, back.x + back.width - 10);
      await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(order[1]!);
    });
  });
});

test.describe("the detail panel reads in order", () => {
  test("date and kind, title, summary, quotes, sources, claims, then disputed dates", async ({
    page,
  }, testInfo) => {
    await open(page, "?event=soho-dinner");
    const panel = page.getByRole("region", { name: SOHO.title, exact: true });
    await expect(panel).toBeVisible();
    const parts = [
      panel.locator(".detail-kind"),
      panel.getByRole("heading", { level: 2 }),
      panel.getByText(SOHO.summary, { exact: true }),
      panel.getByRole("region", { name: "Annotations" }),
      panel.getByRole("heading", { name: "Sources", exact: true }),
      panel.getByRole("heading", { name: "Claims this event bears on" }),
      panel.getByRole("heading", { name: "Sources disagree on the date" }),
    ];
    await expect(parts[0]!).toHaveText(/^\s*13 Feb 2025 · Sighting$/);
    const ys: number[] = [];
    for (const part of parts) {
      await expect(part).toBeAttached();
      ys.push(await part.evaluate((el) => el.getBoundingClientRect().top + window.scrollY));
    }
    expect(ys, "each part below the one before").toEqual([...ys].sort((a, b) => a - b));
    // The disputed dates are last in the panel.
    const disputed = panel.getByRole("region", { name: "Sources disagree on the date" });
    expect(
      await disputed.evaluate((el) => el.parentElement?.lastElementChild === el),
      "disputed dates last",
    ).toBe(true);
    await page.screenshot({ path: testInfo.outputPath("desktop-detail-order.png") });
  });

  test("a long date and its kind wrap between words, never inside one", async ({ page }) => {
    // "aprox. 22–23 may 2025 · Declaración" in the panel's column: the
    // kind used to be a box of its own, squeezed until it broke as "Declaració / n".
    await page.goto("/?lang=es&event=wwd-interview");
    const kind = detail(page).locator(".detail-kind");
    await expect(kind).toContainText("Declaración");
    const pieces = await kind.evaluate((line) => {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent!.indexOf("Declaración");
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + "Declaración".length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }
      return 0;
    });
    expect(pieces, "the word on one line").toBe(1);
  });

  test("the header's glyph is drawn as the mark is (a filled dot, not a hollow ring)", async ({
    page,
  }) => {
    await open(page, "?event=soho-dinner");
    const markGlyph = eventMark(page, SOHO.title).locator(".kind-glyph");
    const headerGlyph = detail(page).locator(".detail-kind .kind-glyph");
    const fill = (l: Locator) =>
      l
        .locator("path")
        .first()
        .evaluate((p) => getComputedStyle(p).fill);
    await expect(headerGlyph).toHaveClass(/glyph-supports/);
    expect(await fill(headerGlyph)).toBe(await fill(markGlyph));
  });

  test("the censored quote never breaks inside 'a--'", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await open(page, "?event=cruise-praises-ballerina");
    const quote = detail(page).locator(".annotation-quote");
    await expect(quote).toContainText("kicks a--");
    const word = quote.getByText("a--”", { exact: true });
    await expect(word).toHaveCSS("white-space", "nowrap");
    // However narrow the panel, the censored word stays on one line.
    for (const width of [180, 200, 220, 240, 260]) {
      await quote.evaluate((el, w) => ((el as HTMLElement).style.width = `${w}px`), width);
      expect(await word.evaluate((el) => el.getClientRects().length), `${width}px`).toBe(1);
    }
  });
});

test.describe("polish", () => {
  for (const width of [1280, 768]) {
    test(`the first and last axis labels lie inside the plot with the panel open, ${width}px`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 800 });
      await open(page, "?event=soho-dinner");
      await expect(detail(page)).toBeVisible();
      const plotBox = (await plot(page).boundingBox())!;
      const ticks = page.locator(".timeline-axis .tick");
      const first = (await ticks.first().boundingBox())!;
      const last = (await ticks.last().boundingBox())!;
      expect(
        first.x,
        `"${await ticks.first().textContent()}" starts inside`,
      ).toBeGreaterThanOrEqual(plotBox.x);
      expect(last.x + last.width, "the last label ends inside").toBeLessThanOrEqual(
        plotBox.x + plotBox.width,
      );
      await page.screenshot({ path: testInfo.outputPath(`desktop-axis-${width}.png`) });
    });
  }

  for (const [language, march] of [
    ["fr", "mars"],
    ["ar", "مارس"],
  ] as const) {
    test(`an axis label that fits is drawn, and none touch (${language}, 1024px)`, async ({
      page,
    }) => {
      // Widths estimated from character counts were a fifth to a third wide here: March,
      // with room to spare after "févr. 2025", was left out.
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.goto(`/?lang=${language}`);
      await expect(page.locator("[data-timeline-ready]")).toBeAttached();
      const ticks = page.locator(".timeline-axis .tick");
      await expect(ticks.filter({ hasText: march })).toHaveCount(1);
      const boxes = (
        await ticks.evaluateAll((els) =>
          els.map((el) => {
            const box = el.getBoundingClientRect();
            return [box.left, box.right] as const;
          }),
        )
      ).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]![0], "labels keep apart").toBeGreaterThanOrEqual(boxes[i - 1]![1] + 4);
      }
    });
  }

  test("facet counts never wrap apart from themselves", async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 800 });
    await open(page);
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    const counts = page.getByRole("region", { name: "Filters" }).locator(".facet-count");
    await expect(counts.first()).toBeVisible();
    const lines = await counts.evaluateAll((els) => els.map((el) => el.getClientRects().length));
    expect(lines.every((n) => n === 1)).toBe(true);
    await expect(counts.first()).toHaveCSS("white-space", "nowrap");
  });

  test("counts agree with their number: 1 source, 2 events", async ({ page }) => {
    await serveDataset(page, "/small.json", fixture("small-valid.json"));
    await page.goto("/?data=/small.json");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.getByText(/ · 2 events · 1 source$/)).toBeVisible();
    await page.getByRole("searchbox", { name: "Search events" }).fill("zzzz-nothing");
    await expect(page.getByRole("group", { name: "Read in order" })).toContainText("0 events");
  });
});
