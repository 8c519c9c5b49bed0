// Years before the common era and named periods (TimelineJS's eras): drawn, labelled with
// their era, and listed in words in the legend and the list view.
import { test, expect, fixture, serveDataset } from "./test.ts";

const PATH = "/fixtures/ancient-periods.json";

test.beforeEach(async ({ page }) => {
  await serveDataset(page, PATH, fixture("ancient-periods.json"));
});

test("events before year 1 are dated with their era, on the axis and the marks", async ({
  page,
}) => {
  await page.goto(`/?data=${PATH}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(
    page.getByRole("button", {
      name: /^15 Mar Caesar killed on the Ides of March\. 15 Mar 44 BC\./,
    }),
  ).toBeVisible();
  const ticks = await page.locator(".timeline-axis .tick").allTextContents();
  expect(ticks.length).toBeGreaterThan(1);
  expect(ticks.some((tick) => / BC$/.test(tick))).toBe(true);
  // Never the old "00-1" or a bare minus sign.
  expect(ticks.filter((tick) => /-/.test(tick))).toEqual([]);
});

test("periods are bands behind the marks and are listed in the legend", async ({ page }) => {
  await page.goto(`/?data=${PATH}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  const bands = page.locator(".period-bands .period-band");
  await expect(bands).toHaveCount(2);
  // Named in the strip under the axis, where no mark or label can cover the names.
  await expect(page.locator(".period-strip .period-band-title")).toHaveText([
    "Civil wars",
    "Augustus rules",
  ]);
  const [first, second] = [await bands.nth(0).boundingBox(), await bands.nth(1).boundingBox()];
  expect(first !== null && second !== null && first.x < second.x).toBe(true);
  const list = page.getByRole("region", { name: "Periods" });
  await expect(list.getByRole("listitem")).toHaveText([
    // EDTF numbers years astronomically: -0029 is 30 BC, -0026 is 27 BC.
    /^Civil wars 15 Mar 44 BC\s–\sAugust 30 BC From Caesar's death/,
    /^Augustus rules 16 Jan 27 BC\s–\s19 Aug 14 AD$/,
  ]);
});

test("the list view names the periods above the events", async ({ page }) => {
  await page.goto(`/?data=${PATH}&view=list`);
  await expect(page.getByRole("region", { name: "Periods" })).toBeVisible();
  await expect(page.getByRole("list", { name: /4 events/ })).toBeVisible();
});
