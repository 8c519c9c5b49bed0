// What the desktop timeline's tests (e2e/timeline*.spec.ts) share: the real dataset typed
// as far as they read it, the words the page uses for its vocabularies, and locators and
// steps for the plot, its marks, the detail panel and the View options popup.
import type { Locator, Page } from "@playwright/test";
import { eventMark, expect, realDataset } from "./test.ts";

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
  /** Other dates some sources give. */
  altDates?: { date: string }[];
}
interface DatasetClaim {
  id: string;
  text: string;
  status: string;
}
export const data = realDataset as unknown as {
  events: DatasetEvent[];
  sources: DatasetSource[];
  claims: DatasetClaim[];
};
export const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
export const eventById = (id: string) => data.events.find((e) => e.id === id)!;

export const ATTRIBUTION_LABEL: Record<string, string> = {
  "on-record": "On the record",
  anonymous: "Anonymous source",
  photo: "Photo",
  reported: "Reported",
};
export const STANCE_LABEL: Record<string, string> = {
  supports: "Supports",
  disputes: "Disputes",
  context: "Context",
};
export const STATUS_LABEL: Record<string, string> = {
  unverified: "Unverified",
  disputed: "Disputed",
  confirmed: "Confirmed",
  false: "False",
};
/** What each status explanation must get across, in the reader's words. */
export const STATUS_MEANING: Record<string, RegExp> = {
  unverified: /not confirmed/i,
  disputed: /contradicted/i,
  confirmed: /confirmed on the record/i,
  false: /untrue/i,
};

export const SOHO = eventById("soho-dinner");
/** A day-level axis label: "13 Feb", "1 Mar 2025"… */
export const DAY_LABEL = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function timeline(page: Page): Locator {
  return page.getByRole("group", { name: /^Timeline, / });
}

export function marks(page: Page): Locator {
  return page.getByRole("list", { name: "Events on the timeline" });
}

/** A mark's label starts "<title>. <date>. <Kind>…". */
export function markOf(page: Page, title: string): Locator {
  return eventMark(page, title);
}

export function detailOf(page: Page, title: string): Locator {
  return page.getByRole("region", { name: title, exact: true });
}

/** View, lanes and theme live in the "View options" popup on wide screens: opens it. */
export async function viewOptions(page: Page): Promise<Locator> {
  const button = page.getByRole("button", { name: "View options" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  const popup = page.getByRole("dialog", { name: "View options" });
  await expect(popup).toBeVisible();
  return popup;
}

/** The axis is decoration for sighted readers (aria-hidden), so it is found by its class. */
export function axisTicks(page: Page): Locator {
  return page.locator(".timeline-axis .tick");
}

export async function openTimeline(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(marks(page).getByRole("button").first()).toBeVisible();
  await expect(axisTicks(page).first()).toBeVisible();
  // Wheel and drag work once d3-zoom, loaded after the first draw, is attached.
  await expect(timeline(page)).toHaveAttribute("data-gestures-ready");
}

/** Event titles in time order, as the accessible chronology lists them. */
export async function titlesInTimeOrder(page: Page): Promise<string[]> {
  await page.goto("/?view=list");
  const headings = page.getByRole("list", { name: /^Chronology/ }).getByRole("heading", {
    level: 3,
  });
  await expect(headings).toHaveCount(data.events.length);
  return headings.allTextContents();
}

/** A point over the plot that is inside the viewport (the plot may run below the fold). */
export async function pointInPlot(page: Page): Promise<{ x: number; y: number }> {
  const box = (await timeline(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  return {
    x: box.x + box.width / 2,
    y: Math.min(box.y + box.height - 6, viewport.height - 10),
  };
}

/** The centre of a mark, scrolled into view first so that the mouse can reach it. */
export async function centreOf(mark: Locator): Promise<{ x: number; y: number }> {
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
