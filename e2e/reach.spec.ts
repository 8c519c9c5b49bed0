// Every event can be reached from the plot, and the keyboard never loses its place: a group
// of events too close to draw apart opens as a list of them (also where zooming in would
// never pull them apart), and a focused mark that zooming out merges into a group hands
// its focus to that group; a mark the keyboard moves to below the fold is scrolled to.
import type { Page } from "@playwright/test";
import { validateDataset } from "../src/data/validate.ts";
import { expect, realDataset, test } from "./test.ts";

const checked = validateDataset(realDataset);
if (!checked.ok) throw new Error("the bundled dataset must be valid");
/** The events in the order the page tells them. */
const inDateOrder = checked.dataset.events.map((event) => event.id);

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
}

function plot(page: Page) {
  return page.getByRole("group", { name: /^Timeline, / });
}

/** Titles reachable from the plot as it is drawn: marks, and every open group's items. */
async function reachableTitles(page: Page): Promise<Set<string>> {
  const titles = new Set<string>();
  const marks = plot(page).locator("[data-event-id][data-primary]");
  for (const id of await marks.evaluateAll((all) =>
    all.map((mark) => mark.getAttribute("data-event-id")),
  )) {
    const event = realDataset.events.find((e) => e.id === id);
    if (event !== undefined) titles.add(event.title);
  }
  const groups = plot(page).getByRole("button", { name: / close together$/ });
  for (let i = 0; i < (await groups.count()); i++) {
    const group = groups.nth(i);
    await group.click();
    const list = plot(page).getByRole("group", { name: / events? close together$/ });
    await expect(list).toBeVisible();
    for (const text of await list.getByRole("listitem").allTextContents()) {
      const event = realDataset.events.find((e) => text.endsWith(e.title));
      if (event !== undefined) titles.add(event.title);
    }
    await page.keyboard.press("Escape");
    await expect(list).toHaveCount(0);
    await expect(group).toBeFocused();
  }
  return titles;
}

for (const lanes of ["kind", "person"]) {
  test(`every event is reachable from the plot with lanes=${lanes}, zoomed out`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `?lanes=${lanes}`);
    // Zoomed out as far as the story goes: the most groups.
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom out" }).click();
    const titles = await reachableTitles(page);
    expect([...realDataset.events.map((e) => e.title)].filter((t) => !titles.has(t))).toEqual([]);
  });
}

test("an event chosen from an opened group opens its detail", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, "?lanes=person");
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom out" }).click();
  const group = plot(page)
    .getByRole("button", { name: / close together$/ })
    .first();
  await group.click();
  const list = plot(page).getByRole("group", { name: / events? close together$/ });
  const item = list.getByRole("button").first();
  await expect(item).toBeFocused();
  // Listed in the story's order.
  const positions = (await list.getByRole("listitem").allTextContents()).map((text) =>
    inDateOrder.indexOf(realDataset.events.find((e) => text.endsWith(e.title))!.id),
  );
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  const text = (await item.textContent()) ?? "";
  const event = realDataset.events.find((e) => text.endsWith(e.title))!;
  await item.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(list).toHaveCount(0);
});

test("zooming out with the keyboard never drops focus to the page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const first = plot(page).locator("[data-event-id][data-primary][tabindex='0']");
  await first.focus();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("-");
    const inPlot = await page.evaluate(
      () => document.activeElement?.closest(".timeline-plot") !== null,
    );
    expect(inPlot, `focus is still in the plot after "-" ×${i + 1}`).toBe(true);
  }
  // The keys still work from there: on to the second event, drawn over its group if need be.
  await page.keyboard.press("ArrowRight");
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-event-id")))
    .toBe(inDateOrder[1]);
});

test("a mark the arrow keys move to below the fold is scrolled into view", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await plot(page).locator("[data-event-id][data-primary][tabindex='0']").focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("ArrowRight");
    const box = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(box.top, `step ${i + 1}`).toBeGreaterThanOrEqual(0);
    expect(box.bottom, `step ${i + 1}`).toBeLessThanOrEqual(box.height);
  }
});
