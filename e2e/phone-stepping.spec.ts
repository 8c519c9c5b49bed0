// Moving through the story on a phone: Previous / Next at the bottom, a swipe on the open
// card, and the month strip that jumps and marks where you are.
import { expect, test } from "./test.ts";
import {
  cardOf,
  data,
  expectTitleUncovered,
  open,
  PHONE,
  shownOrder,
  titleOf,
} from "./phoneCards.ts";

test.use(PHONE);

test.describe("phone layout", () => {
  test("Next event opens the next card and brings it, uncovered, into view", async ({ page }) => {
    await open(page, "?event=gma-interview");
    const stepper = page.getByRole("group", { name: "Read in order" });
    await expect(stepper).toBeInViewport();
    await expect(stepper).toContainText(/\d+ of 29/);
    const order = await shownOrder(page);
    const index = order.indexOf("gma-interview");
    for (const next of order.slice(index + 1, index + 4)) {
      await stepper.getByRole("button", { name: "Next event" }).tap();
      await expect(cardOf(page, titleOf(next))).toHaveAttribute("aria-expanded", "true");
      await expect(stepper).toContainText(`${order.indexOf(next) + 1} of 29`);
      await expectTitleUncovered(page, titleOf(next));
    }
    await stepper.getByRole("button", { name: "Previous event" }).tap();
    const back = titleOf(order[index + 2]!);
    await expect(cardOf(page, back)).toHaveAttribute("aria-expanded", "true");
    await expectTitleUncovered(page, back);
  });

  test("a horizontal swipe on the open card steps the story", async ({ page }) => {
    await open(page, "?event=soho-dinner");
    const order = await shownOrder(page);
    const next = { title: titleOf(order[order.indexOf("soho-dinner") + 1]!) };
    await expectTitleUncovered(page, titleOf("soho-dinner"));
    const box = (await page.getByRole("region", { name: titleOf("soho-dinner") }).boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      const y = box.y + 40;
      await cdp.send("Input.dispatchTouchEvent", {
        type: "touchStart",
        touchPoints: [{ x: from, y }],
      });
      for (let i = 1; i <= 6; i++) {
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: [{ x: from + ((to - from) * i) / 6, y }],
        });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    // Content follows the finger: right to left brings in the next event.
    await swipe(box.x + box.width - 30, box.x + 30);
    await expect(cardOf(page, next.title)).toHaveAttribute("aria-expanded", "true");
    await expectTitleUncovered(page, next.title);
  });

  test("the month strip keeps empty months, jumps, and marks where you are", async ({ page }) => {
    await open(page);
    const strip = page.getByRole("navigation", { name: "Jump to a month" });
    const months = strip.getByRole("button");
    await expect(months).toHaveCount(10);
    const august = strip.getByRole("button", { name: "Aug 2025: 0 events" });
    await expect(august).toBeVisible();
    await expect(strip.getByRole("button", { name: "Sept 2025: 0 events" })).toBeVisible();
    // Time stays proportional: an empty month has no bar at all.
    expect((await august.locator(".overview-bar").boundingBox())?.height ?? 0).toBe(0);
    // Names contain the visible text (WCAG 2.5.3), and the count's grammar is right.
    const march = data.events.filter((e) => e.date.startsWith("2025-03")).length;
    await expect(
      strip.getByRole("button", {
        name: `Mar 2025: ${march} ${march === 1 ? "event" : "events"}`,
        exact: true,
      }),
    ).toBeVisible();
    for (const button of await months.all()) {
      const visible = (await button.locator(".overview-label").textContent()) ?? "";
      await expect(button).toHaveAccessibleName(new RegExp(`^${visible} \\d{4}: \\d+ events?$`));
    }

    await expect(strip.getByRole("button", { name: /^Feb 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );
    const may = page.getByRole("heading", { level: 3, name: "May 2025" });
    await strip.getByRole("button", { name: /^May 2025: \d+ events?$/ }).tap();
    await expect(may).toBeInViewport();
    await expect(strip.getByRole("button", { name: /^May 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );
    const october = page.getByRole("heading", { level: 3, name: "October 2025" });
    await strip.getByRole("button", { name: /^Oct 2025: \d+ events?$/ }).tap();
    await expect(october).toBeInViewport();
    await expect(cardOf(page, titleOf("santa-monica-gym"))).toBeInViewport();
    await expect(strip.getByRole("button", { name: /^Oct 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );
    await expect(strip.locator("[aria-current]")).toHaveCount(1);

    // Scrolling by hand moves the mark too.
    const menorca = page.locator('[data-card="menorca-sailing"]');
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, (await menorca.boundingBox())!.y - 80);
    await expect(menorca).toBeInViewport();
    await expect(strip.getByRole("button", { name: /^Jun 2025/ })).toHaveAttribute(
      "aria-current",
      "location",
    );

    await august.tap();
    await expect(page.getByText("Nothing in August or September 2025")).toBeInViewport();
  });
});
