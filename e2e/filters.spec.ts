// Search, facets, reset, and filter state kept in (and restored from) the URL.
import type { Locator, Page } from "@playwright/test";
import { eventMark, expect, realDataset, recordStatuses, statusesSaid, test } from "./test.ts";

interface DatasetEvent {
  id: string;
  title: string;
  kind: string;
  people?: string[];
}
const data = realDataset as unknown as {
  events: DatasetEvent[];
  people: { id: string; name: string }[];
};
const TOTAL = data.events.length;

const KIND_LABEL: Record<string, string> = {
  sighting: "Sighting",
  statement: "Statement",
  report: "Report",
  denial: "Denial",
  confirmation: "Confirmation",
  project: "Project",
  release: "Release",
  appearance: "Appearance",
};

function countText(page: Page): Locator {
  return page.getByText(/^Showing \d+ of \d+ events$/);
}

async function shownCount(page: Page): Promise<number> {
  const text = (await countText(page).textContent()) ?? "";
  return Number(/^Showing (\d+) of/.exec(text)?.[1]);
}

function marks(page: Page): Locator {
  return page.getByRole("list", { name: "Events on the timeline" }).getByRole("button");
}

function timeline(page: Page): Locator {
  return page.getByRole("group", { name: /^Timeline, / });
}

function filtersButton(page: Page): Locator {
  return page.getByRole("button", { name: "Filters", exact: true });
}

/** The line naming what narrows the view, under the reader bar. */
function activeFilters(page: Page): Locator {
  return page.getByRole("list", { name: "Active filters" });
}

function kindBox(page: Page, kind: string): Locator {
  return page.getByRole("checkbox", { name: new RegExp(`^${KIND_LABEL[kind]} \\(\\d+\\)$`) });
}

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(countText(page)).toBeVisible();
}

test.describe("filters and search", () => {
  test("search narrows the count and the marks", async ({ page }) => {
    await open(page);
    await expect(countText(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(TOTAL);

    const search = page.getByRole("searchbox", { name: "Search events" });
    await search.fill("helicopter");
    await expect(countText(page)).not.toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    const shown = await shownCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(TOTAL);
    await expect(marks(page)).toHaveCount(shown);
    await expect(timeline(page)).toHaveAccessibleName(new RegExp(`^Timeline, ${shown} events`));
    for (const event of data.events.filter((e) => /helicopter/i.test(e.title))) {
      await expect(markNamed(page, event.title)).toHaveCount(1);
    }

    await search.fill("zzzz-no-such-thing");
    await expect(countText(page)).toHaveText(`Showing 0 of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(0);
    await expect(page.getByText("No events match the filters.")).toBeVisible();
  });

  test("the Filters disclosure reveals facets with counts", async ({ page }) => {
    await open(page);
    const button = filtersButton(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("group", { name: "Kind" })).toBeHidden();

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    for (const facet of ["Kind", "Person", "Stance", "Attribution", "Outlet"]) {
      await expect(page.getByRole("group", { name: facet }), facet).toBeVisible();
    }

    const kinds = page.getByRole("group", { name: "Kind" });
    const kindCounts = new Map<string, number>();
    for (const event of data.events)
      kindCounts.set(event.kind, (kindCounts.get(event.kind) ?? 0) + 1);
    for (const [kind, count] of kindCounts) {
      await expect(
        kinds.getByRole("checkbox", { name: `${KIND_LABEL[kind]} (${count})`, exact: true }),
        kind,
      ).toBeVisible();
    }

    const people = page.getByRole("group", { name: "Person" });
    for (const person of data.people.filter((p) => ["tom-cruise", "ana-de-armas"].includes(p.id))) {
      const count = data.events.filter((e) => e.people?.includes(person.id)).length;
      await expect(
        people.getByRole("checkbox", { name: `${person.name} (${count})`, exact: true }),
        person.id,
      ).toBeVisible();
    }

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(kinds).toBeHidden();
  });

  test("checking a kind narrows; Reset filters restores, and the search field takes the focus", async ({
    page,
  }) => {
    await open(page);
    const reset = page.getByRole("button", { name: "Reset filters" });
    // Nothing to reset yet: no button saying so.
    await expect(reset).toHaveCount(0);
    await filtersButton(page).click();
    const denials = data.events.filter((e) => e.kind === "denial");

    await kindBox(page, "denial").check();
    await expect(countText(page)).toHaveText(`Showing ${denials.length} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(denials.length);
    for (const event of denials) await expect(markNamed(page, event.title)).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]kind=denial(&|$)/);

    await expect(reset).toBeEnabled();
    await reset.focus();
    await page.keyboard.press("Enter");
    await expect(countText(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(TOTAL);
    await expect(kindBox(page, "denial")).not.toBeChecked();
    await expect(page).not.toHaveURL(/[?&]kind=/);
    // The button goes with the filters; the focus goes to the search field, not the page.
    await expect(reset).toHaveCount(0);
    await expect(page.getByRole("searchbox", { name: "Search events" })).toBeFocused();
  });

  test("filter state goes into the URL and loading that URL restores it", async ({ page }) => {
    await open(page);
    await filtersButton(page).click();
    await kindBox(page, "sighting").check();
    await page.getByRole("searchbox", { name: "Search events" }).fill("London");
    await expect(page).toHaveURL(/[?&]kind=sighting(&|$)/);
    await expect(page).toHaveURL(/[?&]q=London(&|$)/);
    const shown = await shownCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(data.events.filter((e) => e.kind === "sighting").length);
    const url = page.url();

    await page.goto("about:blank");
    await open(page, url.slice(url.indexOf("?")));
    await expect(countText(page)).toHaveText(`Showing ${shown} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(shown);
    await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("London");
    // A filtered view opens on the story, its filters named in one line.
    await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(activeFilters(page).getByRole("button")).toHaveAccessibleName(
      "Remove filter Kind: Sighting",
    );
    await filtersButton(page).click();
    await expect(kindBox(page, "sighting")).toBeChecked();
    await expect(activeFilters(page), "the boxes say it while they show").toHaveCount(0);
  });

  test("a link that checks facets opens on the story, its filters named in a line drawn with it", async ({
    page,
  }) => {
    await recordStatuses(page);
    await page.goto("/?kind=statement&person=tom-cruise");
    const ready = page.locator("[data-timeline-ready]");
    await expect(ready).toBeAttached();
    // At ready, the line is there, and the plot where it will stay: in the first screen,
    // not ~700 px down under every facet.
    const plotTop = await timeline(page).evaluate((plot) => plot.getBoundingClientRect().top);
    expect(plotTop).toBeLessThan(400);
    const chips = activeFilters(page).getByRole("button");
    await expect(chips).toHaveCount(2);
    await expect(chips.nth(0)).toHaveAccessibleName("Remove filter Kind: Statement");
    await expect(chips.nth(1)).toHaveAccessibleName("Remove filter Person: Tom Cruise");
    // The bar's tools (which load after the first paint) keep their row's room, so by now
    // everything that could move the plot has arrived.
    await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "false");
    expect(await timeline(page).evaluate((plot) => plot.getBoundingClientRect().top)).toBe(plotTop);
    await expect(timeline(page)).toBeInViewport();
    expect(await statusesSaid(page)).not.toContain("Loading the filters…");
  });

  test("each named filter is a button that takes it off, and the keyboard stays in the line", async ({
    page,
  }) => {
    await open(page, "?kind=statement&person=tom-cruise");
    const shown = await shownCount(page);
    const line = activeFilters(page);
    await line.getByRole("button", { name: "Remove filter Kind: Statement" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/[?&]kind=/);
    await expect(page).toHaveURL(/[?&]person=tom-cruise(&|$)/);
    await expect.poll(() => shownCount(page)).toBeGreaterThan(shown);
    const person = line.getByRole("button", { name: "Remove filter Person: Tom Cruise" });
    await expect(person).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(countText(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    await expect(line).toHaveCount(0);
    // With none left, the keyboard is on the button that opens the facets.
    await expect(filtersButton(page)).toBeFocused();
    await expect(page).not.toHaveURL(/[?&]person=/);
  });

  test("a link with a search alone opens on the timeline, its facets closed", async ({ page }) => {
    // The search field says what narrowed the story; every facet opened between the reader
    // and the timeline said nothing more.
    await open(page, "?q=London");
    await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("London");
    await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("group", { name: "Kind" })).toBeHidden();
    await expect(marks(page)).toHaveCount(await shownCount(page));
    await expect(timeline(page)).toBeInViewport();
  });

  test("a bad URL parameter is named in a status message and the timeline still renders", async ({
    page,
  }) => {
    await open(page, "?theme=purple&kind=rumour");
    const status = page.getByRole("status").filter({ hasText: "could not be used" });
    await expect(status).toBeVisible();
    await expect(status).toContainText('theme "purple"');
    await expect(status).toContainText('kind "rumour"');
    await expect(timeline(page)).toHaveAccessibleName(new RegExp(`^Timeline, ${TOTAL} events`));
    await expect(marks(page)).toHaveCount(TOTAL);
    await expect(countText(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", "purple");

    await status.getByRole("button", { name: "Dismiss" }).click();
    await expect(status).toHaveCount(0);
  });
});

function markNamed(page: Page, title: string): Locator {
  return eventMark(page, title);
}

test.describe("the claim a stance is on, in every language", () => {
  test.use({ viewport: { width: 1100, height: 800 } });

  for (const lang of ["en", "es", "fr", "de", "it", "pt-BR", "ar"]) {
    test(`${lang}: the chosen claim shows whole in its column at 1100 px`, async ({ page }) => {
      await page.goto(`/?lang=${lang}&kind=statement`);
      await expect(page.locator("[data-timeline-ready]")).toBeAttached();
      // Filters, by its role in every language: the search landmark's disclosure.
      await page.getByRole("search").locator("[aria-controls]").click();
      const select = page.locator(".facet-claim select");
      await expect(select).toBeVisible();
      // What the select needs to show its value whole: a copy sized to its chosen option.
      const { shown, needed } = await select.evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLSelectElement;
        copy.value = (element as HTMLSelectElement).value;
        Object.assign(copy.style, {
          position: "absolute",
          fieldSizing: "content",
          maxWidth: "none",
        });
        element.after(copy);
        const needed = copy.getBoundingClientRect().width;
        copy.remove();
        return { shown: element.getBoundingClientRect().width, needed };
      });
      expect(needed).toBeGreaterThan(40);
      expect(shown).toBeGreaterThanOrEqual(needed - 0.5);
    });
  }
});
