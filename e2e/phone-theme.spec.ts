// The phone layout in both themes: axe finds nothing with a card open, and ?theme=dark
// applies the dark theme.
import { expect, test } from "./test.ts";
import {
  cardOf,
  expectNoAxeViolations,
  expectTitleUncovered,
  open,
  PHONE,
  titleOf,
} from "./phoneCards.ts";

test.use(PHONE);

test.describe("phone layout", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`axe finds nothing, ${theme}, with a card open`, async ({ page }, testInfo) => {
      await open(page, `?theme=${theme}`);
      await page.screenshot({ path: testInfo.outputPath(`phone-${theme}.png`) });
      await cardOf(page, titleOf("us-weekly-source-dating")).tap();
      await expect(
        page.getByRole("region", { name: titleOf("us-weekly-source-dating") }),
      ).toBeVisible();
      await expectTitleUncovered(page, titleOf("us-weekly-source-dating"));
      await page.screenshot({ path: testInfo.outputPath(`phone-${theme}-card-open.png`) });
      await expectNoAxeViolations(page);
    });
  }

  test("?theme=dark applies the dark theme", async ({ page }) => {
    await open(page, "?theme=dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    // The page really is dark, not just labelled so.
    const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255, alpha = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    expect(alpha, `body background ${colour}`).toBeGreaterThan(0);
    const background = (r + g + b) / 3;
    expect(background, `body background ${colour}`).toBeLessThan(80);
  });
});
