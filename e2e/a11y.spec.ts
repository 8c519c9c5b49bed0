// Automated accessibility checks (axe, WCAG 2.2 AA) for every main state, on desktop and
// phone, light and dark; plus reduced motion. Screenshots are saved as test artifacts.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./test.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// axe walks every node (the list view has hundreds of links, ~30 s on a busy 2-core
// machine): the configured 60 s per test (twice Playwright's default) is the bound.

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.passes.length, "axe checked something").toBeGreaterThan(0);
  // Checks axe could not decide (contrast over overlapping layers, say) are kept for review.
  for (const rule of results.incomplete) {
    test.info().annotations.push({
      type: "axe incomplete",
      description: `${rule.id}: ${rule.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    });
  }
  const report = results.violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help}`,
        ...violation.nodes.map(
          (node) => `  at ${node.target.join(" ")}\n    ${node.failureSummary ?? ""}`,
        ),
      ].join("\n"),
    )
    .join("\n");
  expect(
    results.violations.map((v) => v.id),
    `axe violations:\n${report}`,
  ).toEqual([]);
}

/**
 * Off-screen months use `content-visibility: auto`, which skips rendering them: a full-page
 * screenshot would show them blank and axe could not check their contrast. Render them all.
 */
const RENDER_EVERYTHING = "* { content-visibility: visible !important; }";

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: test.info().outputPath(`${name}.png`),
    fullPage: true,
    style: RENDER_EVERYTHING,
  });
}

async function openDesktop(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  if (!query.includes("view=list")) {
    await expect(
      page.getByRole("list", { name: "Events on the timeline" }).getByRole("button").first(),
    ).toBeVisible();
  }
}

async function openPhone(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  await expect(page.getByRole("navigation", { name: "Jump to a month" })).toBeVisible();
  await page.addStyleTag({ content: RENDER_EVERYTHING });
}

test.describe("accessibility, desktop", () => {
  test("light", async ({ page }) => {
    await openDesktop(page, "?theme=light");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await screenshot(page, "desktop-light");
    await expectNoAxeViolations(page);
  });

  test("dark", async ({ page }) => {
    await openDesktop(page, "?theme=dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await screenshot(page, "desktop-dark");
    await expectNoAxeViolations(page);
  });

  test.describe(() => {
    test.use({ colorScheme: "dark" });
    test("dark by the system preference (theme auto)", async ({ page }) => {
      await openDesktop(page);
      await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
      await screenshot(page, "desktop-auto-dark");
      await expectNoAxeViolations(page);
    });
  });

  test("with a detail open", async ({ page }) => {
    await openDesktop(page, "?event=soho-dinner");
    await expect(page.getByRole("button", { name: "Close details" })).toBeVisible();
    await screenshot(page, "desktop-detail");
    await expectNoAxeViolations(page);
  });

  test("with a detail open, dark", async ({ page }) => {
    await openDesktop(page, "?theme=dark&event=soho-dinner");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("button", { name: "Close details" })).toBeVisible();
    await screenshot(page, "desktop-detail-dark");
    await expectNoAxeViolations(page);
  });

  test("with a claim card, a long dek and View options open", async ({ page }) => {
    await openDesktop(page, "?theme=light&event=cruise-praises-ballerina");
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("region", { name: "Claims tracked" }).getByRole("button").first().click();
    await page.getByRole("button", { name: "View options" }).click();
    await expect(page.getByRole("dialog", { name: "View options" })).toBeVisible();
    await screenshot(page, "desktop-menus-open");
    await expectNoAxeViolations(page);
  });

  test("list view", async ({ page }) => {
    await openDesktop(page, "?view=list");
    await expect(page.getByRole("list", { name: /^Chronology/ })).toBeVisible();
    await screenshot(page, "desktop-list");
    await expectNoAxeViolations(page);
  });

  test("filters panel open", async ({ page }) => {
    await openDesktop(page);
    const filters = page.getByRole("button", { name: "Filters", exact: true });
    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("group", { name: "Kind" })).toBeVisible();
    await screenshot(page, "desktop-filters");
    await expectNoAxeViolations(page);
  });

  test("a filtered link: its active filters named under the bar, dark", async ({ page }) => {
    await openDesktop(page, "?theme=dark&kind=statement&person=tom-cruise");
    await expect(page.getByRole("list", { name: "Active filters" })).toBeVisible();
    await screenshot(page, "desktop-active-filters");
    await expectNoAxeViolations(page);
  });

  test("reduced motion turns off the marks' transitions", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openDesktop(page);
    const glyph = page
      .getByRole("list", { name: "Events on the timeline" })
      .getByRole("button")
      .first()
      .locator(".kind-glyph");
    await expect(glyph).toHaveCSS("transition-duration", "0s");
  });
});

test.describe("accessibility, phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("light", async ({ page }) => {
    await openPhone(page, "?theme=light");
    await screenshot(page, "phone-light");
    await expectNoAxeViolations(page);
  });

  test("dark", async ({ page }) => {
    await openPhone(page, "?theme=dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await screenshot(page, "phone-dark");
    await expectNoAxeViolations(page);
  });

  test("a filtered link: its active filters named above the cards", async ({ page }) => {
    await openPhone(page, "?theme=light&kind=statement&person=tom-cruise");
    await expect(page.getByRole("list", { name: "Active filters" })).toBeVisible();
    await screenshot(page, "phone-active-filters");
    await expectNoAxeViolations(page);
  });

  test("with a detail open", async ({ page }) => {
    await openPhone(page, "?event=soho-dinner");
    await expect(page.locator('[data-event-id="soho-dinner"][aria-expanded="true"]')).toBeVisible();
    await screenshot(page, "phone-detail");
    await expectNoAxeViolations(page);
  });
});
