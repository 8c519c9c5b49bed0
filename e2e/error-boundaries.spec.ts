// A rendering failure in one part of the page shows a message in that part, never a blank
// page. The failure is provoked from the test, never from the production code: an init
// script makes Element.prototype.setAttribute throw when React gives an element the class
// of the chosen part (React sets `class` while it builds that element, so the error is
// thrown inside the part, as a bug in its component would be). Production builds carry no
// switch that could break a part on purpose.
import type { Page } from "@playwright/test";
import { expect, fixture, realDataset, test } from "./test.ts";

declare global {
  interface Window {
    __failPart: string | null;
  }
}

async function failPart(page: Page, className: string): Promise<void> {
  await page.addInitScript((target) => {
    window.__failPart = target;
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name: string, value: string) {
      if (
        name === "class" &&
        window.__failPart !== null &&
        String(value).split(/\s+/).includes(window.__failPart)
      ) {
        throw new Error(`Test failure in .${window.__failPart}`);
      }
      setAttribute.call(this, name, value);
    };
  }, className);
}

/** The part's message, then "Try again" once the failure is gone. */
async function expectRecovers(page: Page, part: string, restored: () => Promise<void>) {
  const message = page.getByRole("alert").filter({ hasText: `The ${part} could not be shown` });
  await expect(message).toBeVisible();
  await expect(message).toContainText("The rest of the page still works.");
  await expect(message).toContainText("Test failure in");
  await page.evaluate(() => (window.__failPart = null));
  await message.getByRole("button", { name: "Try again" }).click();
  await expect(message).toHaveCount(0);
  await restored();
}

const PARTS = [
  {
    className: "dataset-header",
    part: "title and summary",
    query: "",
    restored: (page: Page) =>
      expect(page.getByRole("heading", { level: 1, name: realDataset.title })).toBeVisible(),
  },
  {
    className: "claims-overview",
    part: "claims overview",
    query: "",
    restored: (page: Page) =>
      expect(page.getByRole("heading", { name: "Claims tracked" })).toBeVisible(),
  },
  {
    className: "controls",
    part: "timeline controls",
    query: "",
    restored: (page: Page) =>
      expect(page.getByRole("toolbar", { name: "Timeline controls" })).toBeVisible(),
  },
  {
    className: "filters",
    part: "filters and search",
    query: "",
    restored: (page: Page) =>
      expect(page.getByRole("searchbox", { name: "Search events" })).toBeVisible(),
  },
  {
    className: "timeline-view",
    part: "timeline",
    query: "",
    restored: (page: Page) => expect(page.locator(".timeline-plot")).toBeVisible(),
  },
  {
    className: "list-view",
    part: "chronology",
    query: "?view=list",
    restored: (page: Page) => expect(page.getByRole("list", { name: /^Chronology/ })).toBeVisible(),
  },
  {
    className: "detail-panel",
    part: "event details",
    query: `?event=${realDataset.events[0]!.id}`,
    restored: (page: Page) =>
      expect(
        page.getByRole("heading", { level: 2, name: realDataset.events[0]!.title }),
      ).toBeVisible(),
  },
] as const;

test.describe("error boundaries", () => {
  // React reports each caught error on the console; these are the ones provoked here.
  test.use({ expectedConsoleErrors: [/Test failure in/] });

  for (const { className, part, query, restored } of PARTS) {
    test(`a failure in the ${part} stays in the ${part}`, async ({ page }) => {
      await failPart(page, className);
      await page.goto(`/${query}`);
      // The rest of the page rendered: the timeline root is ready, the other parts are there.
      await expect(page.locator("[data-timeline-ready]")).toBeAttached();
      await expect(page.getByRole("alert")).toHaveCount(1);
      if (className !== "dataset-header") {
        await expect(
          page.getByRole("heading", { level: 1, name: realDataset.title }),
        ).toBeVisible();
      }
      if (className !== "filters") {
        await expect(page.getByRole("searchbox", { name: "Search events" })).toBeVisible();
      }
      await expectRecovers(page, part, () => restored(page));
    });
  }

  test("a dataset from another site keeps its label when the header fails", async ({ page }) => {
    await failPart(page, "dataset-header");
    await page.route("https://data.example.org/theirs.json", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        headers: { "access-control-allow-origin": "*" },
        body: fixture("small-valid.json"),
      }),
    );
    await page.goto("/?data=https://data.example.org/theirs.json");
    await expect(page.getByRole("alert")).toContainText("The title and summary could not be shown");
    await expect(page.locator(".foreign-note")).toHaveText(
      "Dataset from data.example.org, not published by Rumor Timeline.",
    );
  });

  test("a failure of the whole timeline still leaves a message, not a blank page", async ({
    page,
  }) => {
    await failPart(page, "timeline-root");
    await page.goto("/");
    await expectRecovers(page, "timeline page", () =>
      expect(page.locator("[data-timeline-ready]")).toBeAttached(),
    );
  });
});
