// Claims on the desktop timeline: the tracks that show how each claim stood over time, and
// the overview that says what each status means.
import { expect, test } from "./test.ts";
import {
  data,
  escapeRegExp,
  openTimeline,
  STATUS_LABEL,
  STATUS_MEANING,
} from "./desktopTimeline.ts";

test.describe("claims", () => {
  test("claim tracks show how each claim stood over time", async ({ page }) => {
    await openTimeline(page);
    const tracks = page.getByRole("region", { name: "How each claim stood over time" });
    await expect(tracks).toBeVisible();
    for (const claim of data.claims) {
      await expect(tracks.getByText(claim.text, { exact: false }).first(), claim.id).toBeVisible();
      await expect(
        tracks.getByRole("list", { name: `Status history: ${claim.text}` }),
        claim.id,
      ).toBeAttached();
    }
  });

  test("the claims overview gives each claim's status and what it means", async ({ page }) => {
    await openTimeline(page);
    const overview = page.getByRole("region", { name: "Claims tracked" });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole("listitem")).toHaveCount(data.claims.length);
    for (const claim of data.claims) {
      // A chip per claim: its status shown, the whole claim in its name; it opens the card.
      const chip = overview.getByRole("button", { name: new RegExp(escapeRegExp(claim.text)) });
      await expect(chip, claim.id).toBeVisible();
      await expect(chip.getByText(STATUS_LABEL[claim.status]!, { exact: true })).toBeVisible();
      await chip.click();
      const card = overview.locator(".claim-card");
      await expect(card, claim.id).toBeVisible();
      await expect(card, claim.id).toContainText(claim.text);
      await expect(card.getByText(STATUS_LABEL[claim.status]!, { exact: true })).toBeVisible();
      await expect(card, claim.id).toContainText(STATUS_MEANING[claim.status]!);
    }
  });
});
