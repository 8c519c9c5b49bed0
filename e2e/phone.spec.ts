// Phones get time running down the page: one sticky month strip, and cards that carry their
// sourcing folded and unfold in place, deep links included; one list, no view toggle.
// Stepping through the story, sharing, themes and generated datasets are in
// phone-*.spec.ts beside this file.
import { STATUS_MEANING } from "./desktopTimeline.ts";
import {
  expect,
  fixture,
  realDataset,
  recordStatuses,
  serveDataset,
  statusesSaid,
  test,
} from "./test.ts";
import {
  cardOf,
  data,
  escapeRegExp,
  expectNamesApart,
  expectNoSidewaysScroll,
  expectTitleUncovered,
  itemOf,
  MONTH_HEADING,
  open,
  PHONE,
  stripNames,
  titleOf,
} from "./phoneCards.ts";

test.use(PHONE);

test.describe("phone layout", () => {
  test("time runs down the page under month headings, with no sideways scroll", async ({
    page,
  }) => {
    await open(page);
    // No horizontal timeline, its zoom buttons or its lanes on a phone.
    await expect(page.getByRole("group", { name: /^Timeline, / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Zoom in" })).toHaveCount(0);

    const months = page.getByRole("heading", { level: 3 });
    await expect(months.first()).toHaveText("February 2025");
    for (const heading of await months.allTextContents()) expect(heading).toMatch(MONTH_HEADING);
    await expect(months.last()).toHaveText("November 2025");
    // The silence before the split stays visible in the list, too.
    await expect(page.getByText("Nothing in August or September 2025")).toBeAttached();

    // Every event has a card, each inside its month's region.
    for (const event of data.events)
      await expect(cardOf(page, event.title), event.id).toHaveCount(1);
    await expect(
      page.getByRole("region", { name: "February 2025" }).getByRole("button", {
        name: new RegExp(`${escapeRegExp(titleOf("soho-dinner"))}$`),
      }),
    ).toBeVisible();

    await expect(page.getByRole("navigation", { name: "Jump to a month" })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test("the cards take the story's place with no loading message in between", async ({ page }) => {
    // The cards' code loads beside the dataset (lazyPart.ts): a "Loading the view…" shown
    // first also held the cards back by React's 300 ms pause before replacing a fallback.
    await recordStatuses(page);
    await open(page);
    expect((await statusesSaid(page)).filter((text) => /loading/i.test(text))).toEqual([]);
  });

  test("a dataset from ?data= shows its cards at once, with no loading message in their place", async ({
    page,
  }) => {
    // No prerendered story covers a ?data= page: the header showed with "Loading the
    // view…" under it until the cards' code came, and React kept that up 300 ms.
    await recordStatuses(page);
    await serveDataset(page, "/fixtures/small-valid.json", fixture("small-valid.json"));
    await page.goto("/?data=/fixtures/small-valid.json");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.getByRole("button", { name: /First thing$/ })).toBeVisible();
    expect(await statusesSaid(page)).not.toContain("Loading the view…");
  });

  test("the first card starts on the first screen and shows who reported it, untapped", async ({
    page,
  }, testInfo) => {
    await open(page);
    const first = itemOf(page, titleOf("soho-dinner"));
    const box = (await first.boundingBox())!;
    testInfo.annotations.push({ type: "first card top", description: `${Math.round(box.y)}px` });
    expect(box.y).toBeLessThan(844);
    await expect(first).toBeInViewport({ ratio: 1 });

    // Date with its qualifier, title, summary or quote with its speaker, outlets.
    await expect(first).toContainText("13 Feb 2025 · Sighting · date disputed");
    await expect(first.locator(".vcard-summary")).toBeVisible();
    await expect(first.getByText(/Pakistan Today · MTV Uutiset/)).toBeVisible();
    const madrid = itemOf(page, titleOf("madrid-no-comment"));
    await expect(madrid).toContainText("c. 17 Feb 2025");
    await expect(madrid).toContainText("— Ana de Armas");
    const people = itemOf(page, titleOf("people-source-just-friends"));
    await expect(people).toContainText("on or before 20 Feb 2025");
    await expect(people).toContainText("— anonymous source via People");
    // Every card names an outlet before any tap.
    const outlets = page.locator(".vcard-outlets");
    await expect(outlets).toHaveCount(data.events.length);
    // Claim sentences are not repeated on cards: a chip says the stance and opens them.
    await expect(
      page.getByText("Tom Cruise and Ana de Armas are in a romantic relationship.", {
        exact: true,
      }),
    ).toHaveCount(1);
    const chip = first.getByRole("button", { name: "Claims: Supports +1" });
    await chip.tap();
    await expect(chip).toHaveAttribute("aria-expanded", "true");
    await expect(first).toContainText(
      "This event supports the claim “Tom Cruise and Ana de Armas are in a romantic relationship.”",
    );
    await page.screenshot({ path: testInfo.outputPath("phone-first-screen.png") });
  });

  test("tapping a card unfolds what happened, annotations, sources, then other dates", async ({
    page,
  }) => {
    await open(page);
    const title = titleOf("soho-dinner");
    const card = cardOf(page, title);
    await expect(card).toHaveAttribute("aria-expanded", "false");

    await card.tap();
    await expect(card).toHaveAttribute("aria-expanded", "true");
    const detail = page.getByRole("region", { name: title, exact: true });
    await expect(detail).toBeVisible();
    // Inline, in the card's own list item; the title is not repeated inside.
    await expect(itemOf(page, title).getByRole("region", { name: title })).toBeVisible();
    await expect(detail).not.toContainText(title);
    await expect(detail.getByText("Sources disagree on the date")).toHaveCount(0);
    const order = await detail.evaluate((element) =>
      [...element.children].map((child) =>
        child.classList.contains("vcard-summary-full")
          ? "summary"
          : child.matches("figure")
            ? "annotation"
            : (child.getAttribute("aria-label") ?? child.className),
      ),
    );
    expect(order.filter((part) => part !== "vcard-facts")).toEqual([
      "summary",
      "annotation",
      "annotation",
      "Sources",
      "Other dates reported",
    ]);
    await expect(page).toHaveURL(/[?&]event=soho-dinner(&|$)/);
    await expectNoSidewaysScroll(page);

    await card.tap();
    await expect(card).toHaveAttribute("aria-expanded", "false");
    await expect(detail).toHaveCount(0);
  });

  test("a tap measures nothing before its frame: the list is laid out once, for the frame", async ({
    page,
  }) => {
    await open(page);
    // A read of a box in the tap's own task, after React has changed the list, lays the
    // whole list out there and again for the frame (53 ms of a 200 ms tap on a 4×-slow
    // phone). Every box read from the click until the next frame is caught here.
    await page.evaluate(() => {
      const caught: string[] = [];
      (window as unknown as { __readsInTap: string[] }).__readsInTap = caught;
      let inTap = false;
      addEventListener(
        "click",
        () => {
          inTap = true;
          // Frame callbacks run in the order they were asked for: this one before any the
          // tap asks for, which are in the frame and welcome to measure.
          requestAnimationFrame(() => (inTap = false));
        },
        { capture: true },
      );
      const rect = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (inTap) caught.push(`getBoundingClientRect of ${this.className}`);
        return rect.call(this);
      };
      const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetHeight")!;
      Object.defineProperty(HTMLElement.prototype, "offsetHeight", {
        get(this: HTMLElement) {
          if (inTap) caught.push(`offsetHeight of ${this.className}`);
          return height.get!.call(this);
        },
      });
    });
    for (const id of ["soho-dinner", "vermont-hand-holding"]) {
      const card = cardOf(page, titleOf(id));
      await card.scrollIntoViewIfNeeded();
      await card.tap();
      await expect(card).toHaveAttribute("aria-expanded", "true");
      await expectTitleUncovered(page, titleOf(id));
    }
    expect(
      await page.evaluate(() => (window as unknown as { __readsInTap: string[] }).__readsInTap),
    ).toEqual([]);
  });

  for (const id of ["soho-dinner", "vermont-hand-holding", "gma-interview"]) {
    test(`?event=${id} opens the card with its title fully uncovered`, async ({
      page,
    }, testInfo) => {
      await open(page, `?event=${id}`);
      const title = titleOf(id);
      await expect(cardOf(page, title)).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByRole("region", { name: title, exact: true })).toBeVisible();
      await expectTitleUncovered(page, title);
      await expectNoSidewaysScroll(page);
      if (id === "vermont-hand-holding")
        await page.screenshot({ path: testInfo.outputPath("phone-deep-link.png") });
    });
  }

  test("the month strip names every month, whole, none touching the next", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    const names = await stripNames(page);
    const months = ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov"];
    expect(names.written.map((name) => name.text)).toEqual(months);
    expectNamesApart(names);
  });

  test("one list on phones: no Timeline / List toggle, and ?view=list is the same list", async ({
    page,
  }) => {
    await open(page);
    await expect(page.getByRole("group", { name: "View" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "List", exact: true })).toHaveCount(0);
    await open(page, "?view=list");
    await expect(page.getByRole("list", { name: /^Chronology/ })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Jump to a month" })).toBeVisible();
    // The legend is one tap away.
    await page.getByText("How to read the cards").tap();
    await expect(page.getByText(/“c\.” approximate, “\?” uncertain/)).toBeVisible();
  });

  test("a claim chip opens its card whole: the claim, and what its status means", async ({
    page,
  }) => {
    await open(page);
    const overview = page.getByRole("region", { name: "Claims tracked" });
    for (const claim of realDataset.claims) {
      await overview.getByRole("button", { name: new RegExp(escapeRegExp(claim.text)) }).tap();
      const card = overview.locator(".claim-card");
      await expect(card.getByText(claim.text, { exact: true }), claim.id).toBeVisible();
      // The explanation was hidden on phones, and the claim cut after three lines.
      await expect(card.getByText(STATUS_MEANING[claim.status]!), claim.id).toBeVisible();
      const cut = await card
        .getByText(claim.text, { exact: true })
        .evaluate((text) => text.scrollHeight > text.clientHeight);
      expect(cut, claim.id).toBe(false);
    }
  });
});
