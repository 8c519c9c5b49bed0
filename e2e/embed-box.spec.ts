// The default embed as a journalist pastes it: a bounded story box in an article column on
// another origin. At every column width and on a phone the frame keeps the requested height
// whatever the reader taps, shows one whole event card, opens on the chosen event, steps
// with Next, offers readers no settings, lets the article scroll and keeps each box's state
// its own. Screenshots of each box are kept (testInfo.outputPath) to be looked at.
import AxeBuilder from "@axe-core/playwright";
import type { Frame, Page } from "@playwright/test";
import { startArticleServer, type ArticleServer } from "./articleServer.ts";
import { pixelStats } from "./pixels.ts";
import { expect, realDataset, test } from "./test.ts";

/** embed.js's default box height. */
const BOX = 600;

const titleOf = (id: string) => realDataset.events.find((e) => e.id === id)!.title;
const [FIRST] = realDataset.events;

let server: ArticleServer;
let ARTICLE_ORIGIN = "";

test.use({ permissions: ["local-network-access"] });

test.beforeAll(async () => {
  server = await startArticleServer();
  ARTICLE_ORIGIN = server.origin;
});

test.afterAll(async () => {
  await server.close();
});

async function frameOf(page: Page, host: string): Promise<Frame> {
  const frame = await (await page.locator(`${host} iframe`).elementHandle())?.contentFrame();
  if (!frame) throw new Error("no frame");
  return frame;
}

async function frameHeight(page: Page, host: string): Promise<number> {
  return page
    .locator(`${host} iframe`)
    .evaluate((element) => element.getBoundingClientRect().height);
}

/** Opens the article with its column `column` px wide (null: the page's own column). */
async function openBoxes(page: Page, column: number | null): Promise<void> {
  await page.goto(`${ARTICLE_ORIGIN}/box.html`);
  if (column !== null) {
    await page.locator("#column").evaluate((element, width) => {
      element.style.maxWidth = `${width}px`;
    }, column);
  }
  for (const id of ["#chosen", "#start"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await expect(page.locator(id)).toHaveAttribute("data-rumor-timeline-ready", "");
  }
}

/** Whether the element lies wholly inside its frame's viewport. */
async function wholeInBox(frame: Frame, selector: string): Promise<boolean> {
  return frame.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight + 0.5 &&
      box.right <= window.innerWidth + 0.5
    );
  });
}

/** Whether the element lies wholly inside the card's visible part, with nothing scrolled. */
async function wholeInCard(frame: Frame, selector: string): Promise<boolean> {
  return frame.locator(selector).evaluate((element) => {
    const card = element.closest(".embed-card");
    if (card === null) return false;
    const box = element.getBoundingClientRect();
    const view = card.getBoundingClientRect();
    return (
      card.scrollTop === 0 &&
      box.top >= view.top &&
      box.bottom <= view.top + card.clientHeight + 0.5 &&
      box.left >= view.left &&
      box.right <= view.right + 0.5
    );
  });
}

/** The fade at the card's bottom edge, px (0: none), as the browser computes it now. */
async function cardFade(frame: Frame): Promise<number> {
  return frame
    .locator(".embed-card")
    .evaluate((card) =>
      parseFloat(getComputedStyle(card).getPropertyValue("--embed-card-fade") || "0"),
    );
}

/** Whether the event's mark shows whole inside the plot's window (not clipped away). */
async function markInWindow(frame: Frame, id: string): Promise<boolean> {
  return frame.evaluate((id) => {
    const plot = document.querySelector(".timeline-plot")?.getBoundingClientRect();
    const mark = document
      .querySelector(`[data-event-id="${CSS.escape(id)}"][data-primary]`)
      ?.getBoundingClientRect();
    if (plot === undefined || mark === undefined) return false;
    return (
      mark.top >= plot.top &&
      mark.bottom <= plot.bottom &&
      mark.left >= plot.left &&
      mark.right <= plot.right
    );
  }, id);
}

/**
 * How many colours the last 4 px of the plot's window are drawn in, as the article shows
 * the frame: one (the box's background) when no sliver of the row below shows there.
 */
async function coloursAtWindowFoot(page: Page, host: string): Promise<number> {
  const frame = await frameOf(page, host);
  const plot = await frame
    .locator(".timeline-plot")
    .evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
  const origin = await page.locator(`${host} iframe`).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + element.clientLeft, y: box.top + element.clientTop };
  });
  const png = await page.screenshot({
    clip: {
      x: origin.x + plot.left + 2,
      y: origin.y + plot.bottom - 5,
      width: plot.width - 4,
      height: 4,
    },
  });
  return (await pixelStats(page, `data:image/png;base64,${png.toString("base64")}`)).colours;
}

const LAYOUTS = [
  { name: "column-280", column: 280, viewport: { width: 1280, height: 800 } },
  { name: "column-320", column: 320, viewport: { width: 1280, height: 800 } },
  { name: "column-480", column: 480, viewport: { width: 1280, height: 800 } },
  { name: "column-680", column: 680, viewport: { width: 1280, height: 800 } },
  { name: "column-1000", column: 1000, viewport: { width: 1280, height: 800 } },
  { name: "column-1200", column: 1200, viewport: { width: 1280, height: 800 } },
  { name: "phone-390", column: null, viewport: { width: 390, height: 844 } },
];

/** Columns wide enough that the whole card, sources included, shows without scrolling. */
const WHOLE_CARD_FROM = 680;

for (const layout of LAYOUTS) {
  test(`a bounded story box at ${layout.name}`, async ({ page }, testInfo) => {
    await page.setViewportSize(layout.viewport);
    await openBoxes(page, layout.column);
    const start = await frameOf(page, "#start");
    await page.locator("#start").scrollIntoViewIfNeeded();

    // The journalist's height, not the content's.
    const height = await frameHeight(page, "#start");
    expect(Math.abs(height - BOX)).toBeLessThanOrEqual(2);

    const card = start.getByRole("region", { name: FIRST!.title });
    await expect(card.getByRole("heading", { level: 2, name: FIRST!.title })).toBeVisible();
    await page
      .locator("#start iframe")
      .screenshot({ path: testInfo.outputPath(`embed-${layout.name}.png`) });

    // One whole card, the story's first event, with nothing scrolled to find it.
    expect(await wholeInBox(start, ".embed-card"), "the card lies inside the box").toBe(true);
    expect(await wholeInBox(start, ".embed-event h2"), "its title is in view").toBe(true);
    expect(await wholeInBox(start, ".embed-link"), "the way out is in view").toBe(true);
    expect(await start.evaluate(() => window.scrollY)).toBe(0);
    expect(
      await start.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      "nothing wider than the box",
    ).toBe(true);
    // Every claim chip whole in the box's width: no row to scroll sideways.
    const chips = start.getByRole("button", { name: /^(Unverified|Disputed|Confirmed|False) / });
    expect(await chips.count()).toBe(realDataset.claims.length);
    const chipEdges = await chips.evaluateAll((all) =>
      all.map((chip) => {
        const box = chip.getBoundingClientRect();
        return { left: box.left, right: box.right, width: window.innerWidth };
      }),
    );
    for (const { left, right, width } of chipEdges) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width + 0.5);
    }
    // The card says who reported it, in view at every width with nothing scrolled: its
    // outlets, linked to the sources.
    const sources = start.locator(".embed-event-sources a");
    await expect(sources.first()).toHaveAttribute("rel", "noopener noreferrer");
    expect(await wholeInCard(start, ".embed-event-sources"), "its sources are in view").toBe(true);
    const overflows = await start
      .locator(".embed-card")
      .evaluate((card) => card.scrollHeight > card.clientHeight + 1);
    if (layout.column !== null && layout.column >= WHOLE_CARD_FROM) {
      expect(overflows, "the card's text fits without scrolling").toBe(false);
    }
    // A card with more below fades out at its edge until its end scrolls into view; a card
    // that fits does not fade.
    if (overflows) {
      expect(await cardFade(start), "a card with more below fades at its edge").toBeGreaterThan(20);
      await start
        .locator(".embed-card")
        .evaluate((card) => card.scrollTo({ top: card.scrollHeight, behavior: "instant" }));
      await expect.poll(() => cardFade(start), { message: "no fade once at its end" }).toBe(0);
      await start.locator(".embed-card").evaluate((card) => card.scrollTo({ top: 0 }));
    } else {
      expect(await cardFade(start), "a card that fits has no fade").toBe(0);
    }

    // Readers get no settings.
    await expect(start.getByRole("combobox", { name: /theme/i })).toHaveCount(0);
    await expect(start.getByRole("button", { name: "Reset filters" })).toHaveCount(0);
    await expect(start.getByRole("button", { name: /view options/i })).toHaveCount(0);
    const out = start.getByRole("link", { name: /Open the full timeline/ });
    await expect(out).toHaveAttribute("target", "_blank");
    await expect(out).toHaveAttribute("rel", "noopener noreferrer");

    // The chosen event opens in view in the other box.
    const chosen = await frameOf(page, "#chosen");
    await page.locator("#chosen").scrollIntoViewIfNeeded();
    const split = chosen.getByRole("heading", { level: 2, name: titleOf("the-sun-split-report") });
    await expect(split).toBeVisible();
    expect(await wholeInBox(chosen, ".embed-event h2"), "the chosen event's title").toBe(true);
    if (layout.column !== null && layout.column >= 480) {
      await expect.poll(() => markInWindow(chosen, "the-sun-split-report")).toBe(true);
    }
    await page
      .locator("#chosen iframe")
      .screenshot({ path: testInfo.outputPath(`embed-${layout.name}-chosen.png`) });

    // Next moves the card; the box keeps its height; the other box keeps its own event.
    await page.locator("#start").scrollIntoViewIfNeeded();
    await start.getByRole("button", { name: "Next event" }).click();
    await expect(start.getByText("2 of 29")).toBeVisible();
    const heading = start.locator(".embed-event h2");
    await expect(heading).not.toHaveText(FIRST!.title);
    expect(await wholeInBox(start, ".embed-event h2")).toBe(true);
    await expect(split).toBeVisible();
    await expect(page.locator("#start")).not.toHaveAttribute(
      "data-rumor-timeline-selected",
      FIRST!.id,
    );
    await expect(page.locator("#chosen")).toHaveAttribute(
      "data-rumor-timeline-selected",
      "the-sun-split-report",
    );
    expect(Math.abs((await frameHeight(page, "#start")) - BOX)).toBeLessThanOrEqual(2);

    // Tapping an event on the plot (wide boxes) changes the card, not the height.
    const tappable = await start.evaluate(() => {
      const plot = document.querySelector(".timeline-plot")?.getBoundingClientRect();
      if (plot === undefined) return null;
      const marks = document.querySelectorAll("[data-event-id][data-primary]");
      for (const mark of marks) {
        const box = mark.getBoundingClientRect();
        const y = box.top + box.height / 2;
        if (mark.getAttribute("aria-current") === "true") continue;
        if (
          y > plot.top + 4 &&
          y < plot.bottom - 4 &&
          box.left > plot.left &&
          box.right < plot.right
        ) {
          return mark.getAttribute("data-event-id");
        }
      }
      return null;
    });
    if (layout.column !== null && layout.column >= 480) expect(tappable).not.toBeNull();
    if (tappable !== null) {
      await start.locator(`[data-event-id="${tappable}"][data-primary]`).click();
      await expect(start.getByRole("heading", { level: 2, name: titleOf(tappable) })).toBeVisible();
      expect(Math.abs((await frameHeight(page, "#start")) - BOX)).toBeLessThanOrEqual(2);
    }
    await page.waitForTimeout(200);
    expect(Math.abs((await frameHeight(page, "#start")) - BOX)).toBeLessThanOrEqual(2);
    await page
      .locator("#start iframe")
      .screenshot({ path: testInfo.outputPath(`embed-${layout.name}-stepped.png`) });
  });
}

test("the plot's window shows whole rows: no sliver of the row below under its fade", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // At 680 px the row below the window begins with "c. 30 Apr", whose top was left showing.
  await openBoxes(page, 680);
  await page.locator("#start").scrollIntoViewIfNeeded();
  expect(await coloursAtWindowFoot(page, "#start")).toBe(1);
  // Moved up to follow a later event, the window fades at its top too; its foot is the same.
  const frame = await frameOf(page, "#start");
  for (let step = 0; step < 4; step++) {
    await frame.getByRole("button", { name: "Next event" }).click();
  }
  await expect(frame.locator(".embed-plot[data-shifted]")).toBeAttached();
  expect(await coloursAtWindowFoot(page, "#start")).toBe(1);
});

test("in an article column the axis names the month the plot starts in", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // At 680 px the plot starts after 1 February, so its first month tick is 1 March: the
  // axis began "Mar 2025" and the February marks (13 Feb, c. 17 Feb) had no month under them.
  await openBoxes(page, 680);
  const frame = await frameOf(page, "#start");
  const labels = frame.locator(".timeline-axis .tick");
  await expect(labels.first()).toHaveText("Feb 2025");
  await expect(labels.nth(1)).toHaveText("Mar");
  const [february, march] = await labels.evaluateAll((all) =>
    all.slice(0, 2).map((label) => label.getBoundingClientRect()),
  );
  expect(february!.right, "the two labels do not touch").toBeLessThan(march!.left);
  const plot = await frame
    .locator(".timeline-axis")
    .evaluate((axis) => axis.getBoundingClientRect());
  expect(february!.left, "February's label starts at the plot's edge").toBeGreaterThanOrEqual(
    plot.left,
  );
});

test("a filtered snippet (data-kind) opens on its event among the filtered ones", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openBoxes(page, 680);
  const host = page.locator("#filtered");
  await host.scrollIntoViewIfNeeded();
  await expect(host).toHaveAttribute("data-rumor-timeline-ready", "");
  const frame = await frameOf(page, "#filtered");
  const statements = realDataset.events.filter((e) => e.kind === "statement");
  const at = statements.findIndex((e) => e.id === "gma-interview");

  await expect(
    frame.getByRole("heading", { level: 2, name: titleOf("gma-interview") }),
  ).toBeVisible();
  expect(await wholeInBox(frame, ".embed-event h2")).toBe(true);
  await expect(frame.getByText(`${at + 1} of ${statements.length}`)).toBeVisible();
  // The box says it is a selection, and which: a reader must not take it for the story.
  const total = realDataset.events.length;
  await expect(
    frame.getByText(`Showing ${statements.length} of ${total} events · Kind: Statement`, {
      exact: true,
    }),
  ).toBeVisible();
  const whole = await frameOf(page, "#chosen");
  await expect(whole.getByText(/Showing \d+ of/)).toHaveCount(0);
  await expect.poll(() => markInWindow(frame, "gma-interview")).toBe(true);
  // Only statements are drawn.
  const drawn = await frame
    .locator("[data-event-id][data-primary]")
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-event-id")));
  expect(drawn.length).toBeGreaterThan(0);
  for (const id of drawn) expect(statements.map((e) => e.id)).toContain(id);
  await page
    .locator("#filtered iframe")
    .screenshot({ path: testInfo.outputPath("embed-column-680-filtered.png") });

  await frame.getByRole("button", { name: "Next event" }).click();
  await expect(frame.getByText(`${at + 2} of ${statements.length}`)).toBeVisible();
  await expect(
    frame.getByRole("heading", { level: 2, name: statements[at + 1]!.title }),
  ).toBeVisible();
});

test("a narrow box's overview strip is a slider: keys and taps pick events", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openBoxes(page, 320);
  await page.locator("#start").scrollIntoViewIfNeeded();
  const frame = await frameOf(page, "#start");
  const events = realDataset.events;
  const slider = frame.getByRole("slider", { name: "Where this event is in the story" });
  await expect(slider).toHaveAttribute("aria-valuenow", "1");
  await expect(slider).toHaveAttribute("aria-valuetext", new RegExp(`^1 of ${events.length}: `));

  await slider.focus();
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuenow", String(events.length));
  await expect(frame.getByRole("heading", { level: 2, name: events.at(-1)!.title })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(slider).toHaveAttribute("aria-valuenow", String(events.length - 1));
  await expect(slider).toBeFocused();

  // A tap at the strip's start picks the story's first event.
  const box = (await slider.boundingBox())!;
  await slider.click({ position: { x: 1, y: box.height / 2 } });
  await expect(slider).toHaveAttribute("aria-valuenow", "1");
  await expect(frame.getByRole("heading", { level: 2, name: FIRST!.title })).toBeVisible();
  await page
    .locator("#start iframe")
    .screenshot({ path: testInfo.outputPath("embed-column-320-slider.png") });
});

test("a plain wheel over the box scrolls the article, on a phone too", async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await openBoxes(page, null);
    // More article below the box, so that there is somewhere to scroll to.
    await page.evaluate(() => {
      const more = document.createElement("div");
      more.style.height = "2000px";
      document.body.append(more);
    });
    const iframe = page.locator("#start iframe");
    await iframe.evaluate((element) => element.scrollIntoView({ block: "start" }));
    const box = (await iframe.boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    // Over the timeline (or, on a phone, the overview strip). The card's own text, when
    // longer than the card, scrolls first: the one thing in the box that may.
    const frame = await frameOf(page, "#start");
    const y = await frame.evaluate(() => {
      const over = document.querySelector(".embed-plot, .embed-strip")!.getBoundingClientRect();
      return over.top + over.height / 2;
    });
    await page.mouse.move(box.x + box.width / 2, box.y + y);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 200);
    expect(await frame.evaluate(() => window.scrollY)).toBe(0);
  }
});

for (const theme of ["light", "dark"]) {
  for (const width of [680, 390]) {
    // Dark boxes are filtered too, so that the line naming the filters is checked.
    const filters = theme === "dark" ? "&kind=report,statement" : "";
    test(`the story box is axe clean (${theme}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: BOX });
      await page.goto(
        `/embed.html?height=${BOX}&theme=${theme}&event=the-sun-split-report${filters}`,
      );
      if (filters !== "") await expect(page.getByText(/^Showing \d+ of 29 events/)).toBeVisible();
      await expect(page.locator("[data-timeline-ready]")).toBeAttached();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join("; ")}`,
        ),
      ).toEqual([]);
    });
  }
}
