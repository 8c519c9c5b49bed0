// Right-to-left interfaces (Arabic): time runs from right to left in the plot, on the axis
// and in the embed's overview strip; ← and → move to the visually adjacent event; drags
// move the marks with the pointer; dataset text keeps its own direction; nothing overlaps
// or leaves the page at 1280 or 390 px; axe finds nothing.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import ar from "../src/i18n/catalogs/ar.ts";
import { expect, test } from "./test.ts";
import { overlap } from "./boxes.ts";
import { expectNamesApart, stripNames } from "./phoneCards.ts";

const ARABIC = "/?data=data/de-armas-cruise-2025.json&lang=ar";
const FIRST = "soho-dinner"; // 13 February, the story's first event
const JUNE = "ballerina-release"; // 6 June
const OCTOBER = "the-sun-split-report"; // 16 October

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`${ARABIC}${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
}

function mark(page: Page, id: string): Locator {
  return page.locator(`.timeline-plot .mark[data-event-id="${id}"][data-primary]`);
}

async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error("not drawn");
  return box.x + box.width / 2;
}

/** The x of the glyph (the mark itself, not its label) of an event. */
function glyphX(page: Page, id: string): Promise<number> {
  return centreX(mark(page, id).locator(".mark-glyph"));
}

interface Box {
  what: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The mark a label or glyph belongs to: a label always sits beside its own glyph. */
  owner: string;
}

/** Every label, glyph, group and callout drawn in the plot, as the reader sees them. */
function drawnBoxes(page: Page): Promise<{ plot: Box; items: Box[] }> {
  return page.evaluate(() => {
    const boxOf = (element: Element, what: string): Box => {
      const r = element.getBoundingClientRect();
      const owner = element.closest("[data-event-id]")?.getAttribute("data-event-id") ?? "";
      const text = element.textContent ?? "";
      return { what, text, x: r.x, y: r.y, width: r.width, height: r.height, owner };
    };
    const plot = document.querySelector(".timeline-plot");
    if (plot === null) throw new Error("no plot");
    const all = (selector: string, what: string) =>
      [...plot.querySelectorAll(selector)].map((element) => boxOf(element, what));
    return {
      plot: boxOf(plot, "plot"),
      items: [
        ...all(".mark:not(.mark-pinned) .mark-label", "label"),
        ...all(".mark:not(.mark-pinned) .mark-glyph", "glyph"),
        ...all(".cluster", "group"),
        ...all(".callout", "callout"),
      ],
    };
  });
}

test.describe("Arabic at 1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("time runs from right to left in the plot and on the axis", async ({ page }) => {
    await open(page);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const [february, june, october] = [
      await glyphX(page, FIRST),
      await glyphX(page, JUNE),
      await glyphX(page, OCTOBER),
    ];
    expect(february, "February lies right of June").toBeGreaterThan(june);
    expect(june, "and June right of October").toBeGreaterThan(october);
    // The axis starts at the right: February 2025 (its major label) right of October.
    const ticks = page.locator(".timeline-axis .tick");
    const februaryTick = await centreX(ticks.filter({ hasText: "فبراير" }).first());
    const octoberTick = await centreX(ticks.filter({ hasText: "أكتوبر" }).first());
    expect(februaryTick).toBeGreaterThan(octoberTick);
    // A label reads normally (it is not mirrored) and sits on the reading side of its
    // mark: to its left.
    const label = mark(page, FIRST).locator(".mark-label");
    await expect(label).toHaveCSS("transform", "matrix(-1, 0, 0, 1, 0, 0)");
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(february);
  });

  test("→ moves to the earlier event and ← to the later one", async ({ page }) => {
    await open(page, `&event=${FIRST}`);
    const pressed = page.locator(".timeline-plot .mark[aria-pressed='true'][data-primary]");
    await mark(page, FIRST).focus();
    // The first event is the rightmost: → has nowhere further to go.
    await page.keyboard.press("ArrowRight");
    await expect(mark(page, FIRST)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(mark(page, FIRST)).not.toBeFocused();
    await expect(pressed).not.toHaveAttribute("data-event-id", FIRST);
    const next = (await pressed.getAttribute("data-event-id")) ?? "";
    expect(await glyphX(page, next), "the next event lies to the left").toBeLessThan(
      await glyphX(page, FIRST),
    );
    await page.keyboard.press("ArrowRight");
    await expect(mark(page, FIRST)).toBeFocused();
    // Outside the plot too: the page's own arrow keys step the same way.
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("ArrowLeft");
    await expect(pressed).toHaveAttribute("data-event-id", next);
    await page.keyboard.press("ArrowRight");
    await expect(pressed).toHaveAttribute("data-event-id", FIRST);
  });

  test("a drag moves the marks with the pointer", async ({ page }) => {
    await open(page);
    const plot = page.locator(".timeline-plot");
    await expect(plot).toHaveAttribute("data-gestures-ready");
    await mark(page, JUNE).scrollIntoViewIfNeeded();
    const before = await glyphX(page, JUNE);
    // From the mark itself, as in gestures.spec.ts: a drag that starts on a mark pans.
    const glyph = (await mark(page, JUNE).locator(".mark-glyph").boundingBox())!;
    const y = glyph.y + glyph.height / 2;
    await page.mouse.move(before, y);
    await page.mouse.down();
    await page.mouse.move(before + 150, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await glyphX(page, JUNE)) - before).toBeGreaterThan(140);
  });

  test("labels, marks, groups and callouts cover nothing, zoomed in or out", async ({
    page,
  }, testInfo) => {
    await open(page);
    for (const zoom of [null, "controls.zoomIn", "controls.zoomIn", "controls.zoomOut"] as const) {
      if (zoom !== null) await page.getByRole("button", { name: ar[zoom], exact: true }).click();
      const { plot, items } = await drawnBoxes(page);
      const inPlot = items.filter(
        (i) => i.x >= plot.x - 0.5 && i.x + i.width <= plot.x + plot.width + 0.5,
      );
      const clashes: string[] = [];
      for (const [i, a] of inPlot.entries()) {
        for (const b of inPlot.slice(i + 1)) {
          if (a.owner !== "" && a.owner === b.owner) continue;
          if (overlap(a, b)) clashes.push(`${a.what} "${a.text}" × ${b.what} "${b.text}"`);
        }
      }
      expect(clashes, `nothing overlaps (${zoom ?? "opening view"})`).toEqual([]);
      expect(inPlot.filter((i) => i.what === "label").length).toBeGreaterThan(5);
    }
    await page.screenshot({ path: testInfo.outputPath("rtl-1280.png"), fullPage: true });
  });

  test("dataset text keeps its own direction and its full stop at its end", async ({ page }) => {
    await open(page);
    const chip = page.locator(".claim-short").first();
    await expect(chip).toHaveAttribute("dir", "auto");
    await expect(chip).toHaveCSS("direction", "ltr");
    // The chip's two lines too: a claim cut short ends in its ellipsis, on the right.
    await expect(page.locator(".claim-chip-text").first()).toHaveCSS("direction", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("direction", "ltr");
  });

  // One test a scheme: both in one took 37 s of the 60 s timeout under a full run's load.
  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, `&event=${FIRST}`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      ).toEqual([]);
    });
  }
});

test.describe("Arabic at 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the cards fit the phone and nothing leaves the page", async ({ page }, testInfo) => {
    await open(page);
    const cards = page.locator(".vcard");
    await expect(cards.first()).toBeVisible();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const element of document.querySelectorAll(".vcard *, .reader-bar *, header *")) {
        const r = element.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(element).position === "absolute") continue;
        if (r.left < -0.5 || r.right > width + 0.5)
          out.push(`${element.className}: ${r.left}–${r.right}`);
      }
      return { scroll: document.documentElement.scrollWidth, width, out };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
    expect(overflow.out).toEqual([]);
    // The card's glyph is on the right, where an Arabic reader starts.
    const card = cards.first();
    const cardBox = (await card.boundingBox())!;
    const glyph = (await card.locator(".kind-glyph").first().boundingBox())!;
    expect(glyph.x).toBeGreaterThan(cardBox.x + cardBox.width / 2);
    await page.screenshot({ path: testInfo.outputPath("rtl-390.png") });
  });

  test("axe finds nothing in the phone list, dark", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

for (const width of [360, 390]) {
  test.describe(`Arabic month strip at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    test("its month names are whole and never touch; every month keeps its name", async ({
      page,
    }) => {
      await open(page);
      const names = await stripNames(page);
      // Arabic writes its short months in full: at these widths not all ten fit.
      expect(names.written.length).toBeGreaterThanOrEqual(5);
      expectNamesApart(names);
      const strip = page.getByRole("navigation", { name: ar["months.jump"] });
      await expect(strip.getByRole("button")).toHaveCount(10);
      for (const month of ["أغسطس", "سبتمبر", "نوفمبر"]) {
        await expect(strip.getByRole("button", { name: new RegExp(month) })).toHaveCount(1);
      }
    });

    test("the month in view is always named, its neighbours giving way", async ({ page }) => {
      await open(page);
      const strip = page.getByRole("navigation", { name: ar["months.jump"] });
      // A month with events whose name the step skips (it names every second month).
      const written = (await stripNames(page)).written.map((name) => name.text);
      const skipped = await strip
        .locator(".overview-button:not(.empty)")
        .evaluateAll((buttons) =>
          buttons.map((button) => button.querySelector(".overview-label-text")?.textContent ?? ""),
        );
      const month = skipped.find((name) => !written.includes(name));
      expect(month, `a month with events among ${skipped.join(" ")} goes unnamed`).toBeDefined();
      const button = strip.getByRole("button", { name: new RegExp(month ?? "") });
      await button.click();
      await expect(button).toHaveAttribute("aria-current", "location");
      await expect
        .poll(async () => (await stripNames(page)).written.map((name) => name.text))
        .toContain(month);
      expectNamesApart(await stripNames(page));
    });
  });
}

test.describe("the Arabic embed in a narrow column", () => {
  test.use({ viewport: { width: 320, height: 600 } });

  test("its overview strip runs right to left, and → steps back in time", async ({ page }) => {
    await page.goto(`/embed.html?data=data/de-armas-cruise-2025.json&lang=ar&event=${FIRST}`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    const strip = page.getByRole("slider", { name: ar["embed.strip"] });
    await expect(strip).toHaveAttribute("aria-valuenow", "1");
    const ticks = strip.locator(".embed-tick");
    expect(await centreX(ticks.first())).toBeGreaterThan(await centreX(ticks.last()));
    await strip.focus();
    await page.keyboard.press("ArrowRight");
    await expect(strip).toHaveAttribute("aria-valuenow", "1");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(strip).toHaveAttribute("aria-valuenow", "3");
    await page.keyboard.press("ArrowRight");
    await expect(strip).toHaveAttribute("aria-valuenow", "2");
    // A tap at the left end picks the last event.
    const total = await strip.getAttribute("aria-valuemax");
    const box = (await strip.boundingBox())!;
    await strip.click({ position: { x: 2, y: box.height / 2 } });
    await expect(strip).toHaveAttribute("aria-valuenow", total ?? "");
  });
});
