// The desktop timeline: a mark for every event, the ready signal, callouts and the detail
// panel. Keyboard, zoom and pan, lanes and the list view, and claims are in
// timeline-*.spec.ts beside this file.
import { expect, test } from "./test.ts";
import {
  ATTRIBUTION_LABEL,
  data,
  detailOf,
  escapeRegExp,
  eventById,
  markOf,
  openTimeline,
  SOHO,
  sourcesById,
  STANCE_LABEL,
  timeline,
} from "./desktopTimeline.ts";

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

  test("data-timeline-ready goes up only once the marks and the axis are in the page", async ({
    page,
  }) => {
    // The flag is what embeds and the benchmark wait for: it must mean "drawn", not
    // "about to be measured". Recorded the moment it appears. The axis loads apart from
    // the first load's code, beside the dataset, and must be drawn with the plot all the same.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-timeline-ready]") === null) return;
        const marks = document.querySelectorAll("[data-event-id][data-primary]").length;
        document.documentElement.dataset.marksAtReady = String(marks);
        const labels = document.querySelectorAll(".timeline-axis .tick").length;
        document.documentElement.dataset.axisLabelsAtReady = String(labels);
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
    // Feb to Nov 2025 at 1280 px: a label for most months.
    const labels = Number(await page.locator("html").getAttribute("data-axis-labels-at-ready"));
    expect(labels).toBeGreaterThanOrEqual(5);
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
    // The event's own page, on this site; every other link leads out.
    const own = detail.getByRole("link", { name: "Link to this event" });
    await expect(own).toHaveAttribute("href", /\/e\/soho-dinner\/$/);
    const allLinks = detail.getByRole("link").filter({ hasNotText: "Link to this event" });
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

  test("a selected event's other dates are drawn on the plot, and no one else's", async ({
    page,
  }) => {
    // Sources put the Beckham party on 3 May 2025 or in April: the ring marks April.
    const party = eventById("beckham-50th-party");
    expect(party.altDates?.[0]?.date).toBe("2025-04");
    await openTimeline(page, `?event=${party.id}`);
    const ghosts = timeline(page).locator(".alt-ghost");
    await expect(ghosts).toHaveCount(1);
    const ring = (await ghosts.locator(".alt-dot").boundingBox())!;
    const mark = (await markOf(page, party.title).locator(".mark-glyph").boundingBox())!;
    expect(ring.x + ring.width / 2).toBeLessThan(mark.x);

    const undisputed = data.events.find((event) => (event.altDates ?? []).length === 0)!;
    await openTimeline(page, `?event=${undisputed.id}`);
    await expect(markOf(page, undisputed.title)).toHaveAttribute("aria-pressed", "true");
    await expect(ghosts).toHaveCount(0);
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
