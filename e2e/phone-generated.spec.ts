// Generated datasets of 100 and 10,000 events read the same way on a phone as the real one:
// the first card on the first screen with its outlets, Next, no sideways scroll.
import { generateDataset } from "../scripts/bench/generate.ts";
import { expect, serveDataset, test } from "./test.ts";
import { expectNoSidewaysScroll, PHONE } from "./phoneCards.ts";

test.use(PHONE);

for (const size of [100, 10_000]) {
  test(`a generated dataset of ${size} events reads the same way on a phone`, async ({
    page,
  }, testInfo) => {
    const dataset = generateDataset(size, 11);
    const path = `/fixtures/phone-${size}.json`;
    await serveDataset(page, path, JSON.stringify(dataset));
    await page.goto(`/?data=${path}`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    const first = page.locator("[data-card]").first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    testInfo.annotations.push({ type: "first card top", description: `${Math.round(box.y)}px` });
    expect(box.y).toBeLessThan(844);
    await expect(first.locator(".vcard-outlets")).toBeVisible();
    await page.getByRole("button", { name: "Next event" }).tap();
    await expect(page.getByText(`1 of ${size.toLocaleString("en")}`)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`phone-generated-${size}.png`) });
  });
}
