// A living record: the page lists how the record moved (corrections, updates, changes of a
// claim's status), an updated event says so in its panel and its phone card, and a source
// with an archived copy links to both, marked up as Robust Links.
import type { Page } from "@playwright/test";
import { expect, realDataset, test } from "./test.ts";
import { readFileSync } from "node:fs";

const CASTING = realDataset.events.find((event) => event.id === "deeper-casting")!;
const SOHO = realDataset.events.find((event) => event.id === "soho-dinner")!;
const ORIGINAL =
  "https://www.pakistantoday.com.pk/2025/02/16/tom-cruise-and-ana-de-armas-london-date-night-in-london-sparks-relationship-rumors/";
const COPY = `https://web.archive.org/web/20250218093000/${ORIGINAL}`;

async function ready(page: Page): Promise<void> {
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
}

test("the page lists corrections and claim status changes, newest first, linked to their events", async ({
  page,
}) => {
  await page.goto("/");
  await ready(page);
  const log = page.getByRole("region", { name: "Corrections and updates" });
  const entries = log.getByRole("listitem");
  // One correction and eight changes of a claim's status (changeLog.test.ts counts them).
  await expect(entries).toHaveCount(9);
  const days = await entries
    .locator("time")
    .evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
  expect([...days].sort().reverse()).toEqual(days);
  const correction = entries.filter({ hasText: "Correction" });
  await expect(correction).toContainText("Budget figure revised");
  await correction.getByRole("link", { name: CASTING.title }).click();
  const panel = page.getByRole("region", { name: CASTING.title, exact: true });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/[?&]event=deeper-casting(&|$)/);
  // The panel says the event was updated, and how.
  await expect(panel.locator(".update-note")).toHaveText(
    /^Updated 4 Jul 2025: Budget figure revised/,
  );
});

test("an updated event's phone card says so once unfolded", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?event=deeper-casting");
  await ready(page);
  await expect(page.locator(".vcard-detail .update-note")).toHaveText(/^Updated 4 Jul 2025: /);
});

test("a source with an archived copy links to the page and to the copy, as Robust Links", async ({
  page,
}) => {
  const dataset = JSON.parse(
    readFileSync(new URL("../data/de-armas-cruise-2025.json", import.meta.url), "utf8"),
  ) as { sources: { id: string; archived?: unknown }[] };
  const source = dataset.sources.find((candidate) => candidate.id === "pakistantoday-2025-02-16")!;
  source.archived = { url: COPY, date: "2025-02-18T09:30Z" };
  await page.route("**/archived-copy.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(dataset) }),
  );
  await page.goto("/?data=archived-copy.json&event=soho-dinner");
  await ready(page);
  const panel = page.getByRole("region", { name: SOHO.title, exact: true });
  const copy = panel.getByRole("link", { name: /^archived 18 Feb 2025/ }).first();
  await expect(copy).toHaveAttribute("href", COPY);
  await expect(copy).toHaveAttribute("data-originalurl", ORIGINAL);
  await expect(copy).toHaveAttribute("data-versiondate", "2025-02-18");
  await expect(copy).toHaveAttribute("rel", "noopener noreferrer");
  const page_ = panel.locator(`a.source[href="${ORIGINAL}"]`).first();
  await expect(page_).toHaveAttribute("data-versionurl", COPY);
  await expect(page_).toHaveAttribute("data-versiondate", "2025-02-18");
});
