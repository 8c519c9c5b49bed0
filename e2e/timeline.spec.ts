// The desktop timeline: marks, callouts, the detail panel, keyboard, zoom, pan and lanes.
import type { Locator, Page } from "@playwright/test";
import { eventMark, expect, realDataset, test } from "./test.ts";

interface DatasetSource {
  id: string;
  outlet: string;
}
interface DatasetAnnotation {
  quote?: string;
  attribution?: string;
  sources: string[];
}
interface DatasetEvent {
  id: string;
  title: string;
  kind: string;
  tags?: string[];
  sources: string[];
  annotations?: DatasetAnnotation[];
  claims?: { claim: string; stance: string }[];
}
interface DatasetClaim {
  id: string;
  text: string;
  status: string;
}
const data = realDataset as unknown as {
  events: DatasetEvent[];
  sources: DatasetSource[];
  claims: DatasetClaim[];
};
const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
const eventById = (id: string) => data.events.find((e) => e.id === id)!;

const ATTRIBUTION_LABEL: Record<string, string> = {
  "on-record": "On the record",
  anonymous: "Anonymous source",
  photo: "Photo",
  reported: "Reported",
};
const STANCE_LABEL: Record<string, string> = {
  supports: "Supports",
  disputes: "Disputes",
  context: "Context",
};
const STATUS_LABEL: Record<string, string> = {
  unverified: "Unverified",
  disputed: "Disputed",
  confirmed: "Confirmed",
  false: "False",
};
/** What each status explanation must get across, in the reader's words. */
const STATUS_MEANING: Record<string, RegExp> = {
  unverified: /not confirmed/i,
  disputed: /contradicted/i,
  confirmed: /confirmed on the record/i,
  false: /untrue/i,
};

const SOHO = eventById("soho-dinner");
/** A day-level axis label: "13 Feb", "1 Mar 2025"… */
const DAY_LABEL = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function timeline(page: Page): Locator {
  return page.getByRole("group", { name: /^Timeline, / });
}

function marks(page: Page): Locator {
  return page.getByRole("list", { name: "Events on the timeline" });
}

/** A mark's label starts "<title>. <date>. <Kind>…". */
function markOf(page: Page, title: string): Locator {
  return eventMark(page, title);
}

function detailOf(page: Page, title: string): Locator {
  return page.getByRole("region", { name: title, exact: true });
}

/** View, lanes and theme live in the "View options" popup on wide screens: opens it. */
async function viewOptions(page: Page): Promise<Locator> {
  const button = page.getByRole("button", { name: "View options" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  const popup = page.getByRole("dialog", { name: "View options" });
  await expect(popup).toBeVisible();
  return popup;
}

/** The axis is decoration for sighted readers (aria-hidden), so it is found by its class. */
function axisTicks(page: Page): Locator {
  return page.locator(".timeline-axis .tick");
}

async function openTimeline(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(marks(page).getByRole("button").first()).toBeVisible();
  await expect(axisTicks(page).first()).toBeVisible();
  // Wheel and drag work once d3-zoom, loaded after the first draw, is attached.
  await expect(timeline(page)).toHaveAttribute("data-gestures-ready");
}

/** Event titles in time order, as the accessible chronology lists them. */
async function titlesInTimeOrder(page: Page): Promise<string[]> {
  await page.goto("/?view=list");
  const headings = page.getByRole("list", { name: /^Chronology/ }).getByRole("heading", {
    level: 3,
  });
  await expect(headings).toHaveCount(data.events.length);
  return headings.allTextContents();
}

/** A point over the plot that is inside the viewport (the plot may run below the fold). */
async function pointInPlot(page: Page): Promise<{ x: number; y: number }> {
  const box = (await timeline(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  return {
    x: box.x + box.width / 2,
    y: Math.min(box.y + box.height - 6, viewport.height - 10),
  };
}

/** The centre of a mark, scrolled into view first so that the mouse can reach it. */
async function centreOf(mark: Locator): Promise<{ x: number; y: number }> {
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test.describe("desktop timeline", () => {
  test("draws one mark for every event of the real dataset", async ({ page }) => {
    await openTimeline(page);
    await expect(timeline(page)).toHaveAccessibleName(
      new RegExp(`^Timeline, ${data.events.length} events`),
    );
    for (const event of data.events) {
      await expect(markOf(page, event.title), event.id).toHaveCount(1);
      await expect(markOf(page, event.title), event.id).toBeVisible();
    }
  });

  test("data-timeline-ready goes up only once the marks are in the page", async ({ page }) => {
    // The flag is what embeds and the benchmark wait for: it must mean "drawn", not
    // "about to be measured". Recorded the moment it appears.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-timeline-ready]") === null) return;
        const marks = document.querySelectorAll("[data-event-id][data-primary]").length;
        document.documentElement.dataset.marksAtReady = String(marks);
        observer.disconnect();
      }).observe(document, {
        attributes: true,
        subtree: true,
        attributeFilter: ["data-timeline-ready"],
      });
    });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute(
      "data-marks-at-ready",
      String(data.events.length),
    );
  });

  test("every key event, once selected, shows a callout with its attribution and an outlet", async ({
    page,
  }) => {
    const keyEvents = data.events.filter((e) => e.tags?.includes("key"));
    expect(keyEvents.length).toBeGreaterThan(0);
    for (const event of keyEvents) {
      // Unselected, a key event's callout may give way to a neighbour's (leaders never cross
      // another callout); the selected one is placed first.
      await openTimeline(page, `?event=${event.id}`);
      const callout = page.getByRole("complementary", { name: `Callout: ${event.title}` });
      await expect(callout, event.id).toBeVisible();
      // The callout cites the event's first quote (or first annotation) and its sources.
      const note = event.annotations?.find((a) => a.quote !== undefined) ?? event.annotations?.[0];
      const badge = ATTRIBUTION_LABEL[note?.attribution ?? "reported"]!;
      const outlet = sourcesById.get((note?.sources ?? event.sources)[0]!)!.outlet;
      await expect(
        callout.getByText(new RegExp(`(^| · )${escapeRegExp(badge)}$`)),
        event.id,
      ).toBeVisible();
      await expect(
        callout.getByText(new RegExp(`^${escapeRegExp(outlet)}( ·|$)`)).first(),
        `${event.id}: chip for ${outlet}`,
      ).toBeVisible();
    }
  });

  test("clicking a mark opens the detail: title, sources, claims and disputed dates", async ({
    page,
  }) => {
    await openTimeline(page);
    await markOf(page, SOHO.title).click();
    const detail = detailOf(page, SOHO.title);
    await expect(detail).toBeVisible();
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(SOHO.title);
    await expect(markOf(page, SOHO.title)).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/[?&]event=soho-dinner(&|$)/);

    // Sources: every cited source is a link that opens safely in a new tab.
    const sourceLinks = detail
      .getByRole("region", { name: "Sources", exact: true })
      .getByRole("link");
    await expect(sourceLinks).toHaveCount(SOHO.sources.length);
    const allLinks = detail.getByRole("link");
    await expect(allLinks.first()).toBeVisible();
    for (const link of await allLinks.all()) {
      await expect(link).toHaveAttribute("href", /^https?:\/\//);
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }

    // Claims, each with this event's stance on it.
    const claims = detail
      .getByRole("region", { name: "Claims this event bears on" })
      .getByRole("listitem");
    await expect(claims).toHaveText(
      SOHO.claims!.map((link) => {
        const text = data.claims.find((c) => c.id === link.claim)!.text;
        return new RegExp(`^${STANCE_LABEL[link.stance]}\\s+${escapeRegExp(text)}`);
      }),
    );

    // The disputed date keeps every version.
    await expect(detail.getByText("Sources disagree on the date")).toBeVisible();
    await expect(detail.getByRole("listitem").filter({ hasText: /^13 Feb 2025/ })).toBeVisible();
    await expect(detail.getByRole("listitem").filter({ hasText: /^14 Feb 2025/ })).toBeVisible();
  });

  test("Close details and Escape close the panel and give focus back to the mark", async ({
    page,
  }) => {
    await openTimeline(page);
    const mark = markOf(page, SOHO.title);
    const detail = detailOf(page, SOHO.title);

    await mark.click();
    await expect(detail).toBeVisible();
    await detail.getByRole("button", { name: "Close details" }).click();
    await expect(detail).toHaveCount(0);
    await expect(mark).toBeFocused();
    await expect(page).not.toHaveURL(/[?&]event=/);

    await mark.press("Enter");
    await expect(detail).toBeVisible();
    await expect(detail.getByRole("heading", { level: 2 })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(detail).toHaveCount(0);
    await expect(mark).toBeFocused();
  });

  test("?event=soho-dinner opens that event's detail on load", async ({ page }) => {
    await openTimeline(page, "?event=soho-dinner");
    const detail = detailOf(page, SOHO.title);
    await expect(detail).toBeVisible();
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(SOHO.title);
    await expect(markOf(page, SOHO.title)).toHaveAttribute("aria-pressed", "true");
  });
});

test.describe("keyboard", () => {
  /** Tabs forward from the search box until focus lands on a mark. */
  async function tabToMarks(page: Page): Promise<void> {
    await page.getByRole("searchbox", { name: "Search events" }).focus();
    const inMarks = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[aria-label="Events on the timeline"]') !== null &&
          document.activeElement !== document.body,
      );
    for (let presses = 0; presses < 20 && !(await inMarks()); presses++) {
      await page.keyboard.press("Tab");
    }
    expect(await inMarks(), "Tab from the search box reaches a mark").toBe(true);
  }

  test("the marks are one tab stop with a visible focus ring", async ({ page }) => {
    await openTimeline(page);
    await expect(marks(page).locator('button[tabindex="0"]')).toHaveCount(1);
    await tabToMarks(page);
    const focused = page.locator(":focus");
    await expect(focused).not.toHaveCSS("outline-style", "none");
    await page.keyboard.press("Tab");
    await expect(marks(page).locator(":focus")).toHaveCount(0);
  });

  test("arrows, Home and End move through events in time order; Enter opens one", async ({
    page,
  }) => {
    const order = await titlesInTimeOrder(page);
    await openTimeline(page);
    await tabToMarks(page);

    await page.keyboard.press("Home");
    await expect(markOf(page, order[0]!)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(markOf(page, order[1]!)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(markOf(page, order[2]!)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(markOf(page, order[1]!)).toBeFocused();
    await expect(markOf(page, order[1]!)).not.toHaveCSS("outline-style", "none");

    await page.keyboard.press("End");
    await expect(markOf(page, order.at(-1)!)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(markOf(page, order.at(-2)!)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(markOf(page, order[0]!)).toBeFocused();

    // Still one tab stop after moving: the roving tabindex followed the focus.
    await expect(marks(page).locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(marks(page).locator('button[tabindex="0"]')).toBeFocused();

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const detail = detailOf(page, order[1]!);
    await expect(detail).toBeVisible();
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(order[1]!);
  });

  test("+ and - on a focused mark zoom the axis", async ({ page }) => {
    await openTimeline(page);
    const fitted = await axisTicks(page).allTextContents();
    await tabToMarks(page);

    await page.keyboard.press("+");
    await expect(axisTicks(page)).not.toHaveText(fitted);
    // Zooming must not drop the keyboard focus (the focused mark may leave the view).
    await expect(marks(page).locator(":focus"), "focus stays on a mark after zooming").toHaveCount(
      1,
    );
    const zoomedIn = await axisTicks(page).allTextContents();
    await page.keyboard.press("-");
    await expect(axisTicks(page)).not.toHaveText(zoomedIn);
  });
});

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

test.describe("lanes", () => {
  function laneLabels(page: Page): Locator {
    return page.locator(".marks-layer .lane-label");
  }

  test("By person shows a lane per person and lands in the URL", async ({ page }) => {
    await openTimeline(page);
    await expect(laneLabels(page)).toContainText(["Sighting", "Statement"]);
    await (
      await viewOptions(page)
    )
      .getByRole("combobox", { name: "Lanes" })
      .selectOption({ label: "By person" });
    await expect(page).toHaveURL(/[?&]lanes=person(&|$)/);
    for (const name of ["Ana de Armas", "Tom Cruise"]) {
      await expect(laneLabels(page).filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
    }
    await expect(laneLabels(page).filter({ hasText: /^Sighting$/ })).toHaveCount(0);
    // Every event is still on the timeline.
    await expect(timeline(page)).toHaveAccessibleName(
      new RegExp(`^Timeline, ${data.events.length} events`),
    );

    // The URL restores the choice.
    await page.reload();
    await expect((await viewOptions(page)).getByRole("combobox", { name: "Lanes" })).toHaveValue(
      "person",
    );
    await expect(laneLabels(page).filter({ hasText: /^Tom Cruise$/ })).toHaveCount(1);
  });

  test("By stance on a claim shows Supports, Disputes and Context lanes", async ({ page }) => {
    await openTimeline(page);
    const romance = data.claims.find((c) => c.id === "romance")!;
    const lanes = (await viewOptions(page)).getByRole("combobox", { name: "Lanes" });
    const option = lanes.getByRole("option", {
      name: new RegExp(`^By stance on: ${escapeRegExp(romance.text.slice(0, 36))}`),
    });
    await expect(option).toHaveCount(1);
    await lanes.selectOption({ label: (await option.textContent())! });
    await expect(laneLabels(page)).toContainText(["Supports", "Disputes", "Context"]);
    await expect(page).toHaveURL(/[?&]lanes=stance:romance(&|$)/);
    // Marks now say how they bear on that claim.
    await expect(markOf(page, SOHO.title)).toHaveAccessibleName(/supports the claim/);
  });
});

test.describe("claims", () => {
  test("claim tracks show how each claim stood over time", async ({ page }) => {
    await openTimeline(page);
    const tracks = page.getByRole("region", { name: "How each claim stood over time" });
    await expect(tracks).toBeVisible();
    for (const claim of data.claims) {
      await expect(tracks.getByText(claim.text, { exact: false }).first(), claim.id).toBeVisible();
      await expect(
        tracks.getByRole("list", { name: `Status history: ${claim.text}` }),
        claim.id,
      ).toBeAttached();
    }
  });

  test("the claims overview gives each claim's status and what it means", async ({ page }) => {
    await openTimeline(page);
    const overview = page.getByRole("region", { name: "Claims tracked" });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole("listitem")).toHaveCount(data.claims.length);
    for (const claim of data.claims) {
      // A chip per claim: its status shown, the whole claim in its name; it opens the card.
      const chip = overview.getByRole("button", { name: new RegExp(escapeRegExp(claim.text)) });
      await expect(chip, claim.id).toBeVisible();
      await expect(chip.getByText(STATUS_LABEL[claim.status]!, { exact: true })).toBeVisible();
      await chip.click();
      const card = overview.locator(".claim-card");
      await expect(card, claim.id).toBeVisible();
      await expect(card, claim.id).toContainText(claim.text);
      await expect(card.getByText(STATUS_LABEL[claim.status]!, { exact: true })).toBeVisible();
      await expect(card, claim.id).toContainText(STATUS_MEANING[claim.status]!);
    }
  });
});

test.describe("list view", () => {
  test("the List toggle switches to the ordered list and back, and the list follows filters", async ({
    page,
  }) => {
    await openTimeline(page);
    const viewGroup = (await viewOptions(page)).getByRole("group", { name: "View" });
    const listButton = viewGroup.getByRole("button", { name: "List" });
    const timelineButton = viewGroup.getByRole("button", { name: "Timeline" });
    const chronology = page.getByRole("list", { name: /^Chronology/ });

    await listButton.click();
    await expect(listButton).toHaveAttribute("aria-pressed", "true");
    await expect(chronology).toBeVisible();
    await expect(chronology).toHaveAccessibleName(`Chronology, ${data.events.length} events`);
    await expect(timeline(page)).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]view=list(&|$)/);
    const headings = chronology.getByRole("heading", { level: 3 });
    await expect(headings).toHaveCount(data.events.length);
    const order = await headings.allTextContents();

    await page.getByRole("button", { name: "Filters", exact: true }).click();
    await page.getByRole("checkbox", { name: /^Denial \(\d+\)$/ }).check();
    const denials = data.events.filter((e) => e.kind === "denial");
    await expect(chronology).toHaveAccessibleName(`Chronology, ${denials.length} events`);
    const denialTitles = new Set(denials.map((e) => e.title));
    await expect(headings).toHaveText(order.filter((title) => denialTitles.has(title)));

    await viewOptions(page);
    await timelineButton.click();
    await expect(timelineButton).toHaveAttribute("aria-pressed", "true");
    await expect(chronology).toHaveCount(0);
    await expect(marks(page).getByRole("button")).toHaveCount(denials.length);
    await expect(page).not.toHaveURL(/[?&]view=list/);
  });
});
