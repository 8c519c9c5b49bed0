// The browser every test and the bench run in: it must not spend the machine's two cores on
// window furniture of its own while a page loads (e2e/browser.ts says why and how).
import { expect, test } from "./test.ts";

test("the browser opens no address-bar pages of its own beside the page under test", async ({
  browser,
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets");
  expect(targetInfos.filter((target) => target.type === "browser_ui").map((t) => t.url)).toEqual(
    [],
  );
});
