// The View options popup on the desktop timeline: lanes by person or by stance on a claim,
// and the switch to the list view and back.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./test.ts";
import {
  data,
  escapeRegExp,
  markOf,
  marks,
  openTimeline,
  SOHO,
  timeline,
  viewOptions,
} from "./desktopTimeline.ts";

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
