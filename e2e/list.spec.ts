import {
  expect,
  fixture,
  realDataset,
  recordStatuses,
  serveDataset,
  statusesSaid,
  test,
} from "./test.ts";

test.describe("chronology list", () => {
  test("lists every event of the real dataset in a semantic ordered list", async ({ page }) => {
    await page.goto("/?view=list");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.getByRole("heading", { level: 1, name: realDataset.title })).toBeVisible();
    const list = page.getByRole("list", { name: /^Chronology/ });
    await expect(list.getByRole("listitem").filter({ has: page.getByRole("article") })).toHaveCount(
      realDataset.events.length,
    );
    for (const event of realDataset.events) {
      await expect(list.getByRole("heading", { name: event.title, exact: true })).toBeVisible();
    }
  });

  test("source links open in a new tab without opener or referrer", async ({ page }) => {
    await page.goto("/?view=list");
    const links = page.getByRole("link", { name: /opens in a new tab/ });
    await expect(links.first()).toBeVisible();
    const attributes = await links.evaluateAll((elements) =>
      elements.map((a) => [
        a.getAttribute("href"),
        a.getAttribute("target"),
        a.getAttribute("rel"),
      ]),
    );
    expect(attributes.length).toBeGreaterThan(29);
    for (const [href, target, rel] of attributes) {
      expect(href).toMatch(/^https?:\/\//);
      expect(target).toBe("_blank");
      expect(rel).toBe("noopener noreferrer");
    }
  });

  test("?data= loads another valid dataset, sorted by date, text kept as text", async ({
    page,
  }) => {
    await recordStatuses(page);
    await serveDataset(page, "/fixtures/small-valid.json", fixture("small-valid.json"));
    await page.goto("/?data=/fixtures/small-valid.json&view=list");
    await expect(
      page.getByRole("heading", { level: 1, name: "A second, tiny dataset" }),
    ).toBeVisible();
    const headings = page.getByRole("list", { name: /^Chronology/ }).getByRole("heading");
    await expect(headings).toHaveText(["First thing", "Second thing <b>not bold</b>"]);
    await expect(page.getByText("c. March 2025")).toBeVisible();
    await expect(page.locator("b")).toHaveCount(0);
    // The list's code loads beside the dataset, and the page draws once both are in: no
    // "Loading the view…" in the list's place first (React kept it up 300 ms).
    expect(await statusesSaid(page)).not.toContain("Loading the view…");
  });

  test("a broken dataset shows every problem with its path and nothing else", async ({ page }) => {
    await serveDataset(page, "/fixtures/broken.json", fixture("broken-references.json"));
    await page.goto("/?data=/fixtures/broken.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("This timeline could not be shown");
    await expect(alert).toContainText(
      'events[0].annotations[0].sources[1]: unknown source "ppl-0220"',
    );
    await expect(alert).toContainText("events[0].date:");
    await expect(alert).toContainText("February 2025 has 28 days");
    await expect(alert).toContainText("sources[0].url: must be an absolute http(s) URL");
    await expect(alert).toContainText('evnets: unknown key "evnets"');
    await expect(page.getByRole("list", { name: /^Chronology/ })).toHaveCount(0);
    await expect(page.locator("img")).toHaveCount(0);
  });

  test("malformed JSON names the file and the line", async ({ page }) => {
    await serveDataset(page, "/fixtures/bad.json", '{\n "version": 1,\n oops\n}');
    await page.goto("/?data=/fixtures/bad.json");
    await expect(page.getByRole("alert")).toContainText(/bad\.json.*is not valid JSON at line 3/s);
  });

  test("a refused ?data= URL explains why", async ({ page }) => {
    await page.goto("/?data=javascript:alert(1)");
    await expect(page.getByRole("alert")).toContainText(
      "must be an http(s) URL or a path on this site",
    );
  });

  test.describe(() => {
    // The browser itself logs the failed request; that is expected here and only here.
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test("a missing dataset says what the server answered", async ({ page }) => {
      await serveDataset(page, "/data/does-not-exist.json", "Not found", 404);
      await page.goto("/?data=/data/does-not-exist.json");
      await expect(page.getByRole("alert")).toContainText("The server answered 404");
    });
  });
});
