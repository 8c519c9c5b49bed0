// The built site under a strict Content-Security-Policy: no inline script or style anywhere
// in index.html, embed.html, preview.html or anything they load or do (lazy chunks, the dataset worker,
// the share dialog and its embed preview, the file preview and its download, error views).
// The shared static server (scripts/staticServer.ts) serves dist/ with the header on every
// response.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { generateDataset } from "../scripts/bench/generate.ts";
import { startStaticServer, type StaticServer } from "../scripts/staticServer.ts";
import { expect, fixture, realDataset, test } from "./test.ts";

/**
 * The policy of the issue, and nothing more: the pages need no exception of any kind.
 * (Deployments add connect-src https: for datasets on other sites, frame-ancestors and
 * the like; see README, "Security".)
 */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

const DIST = new URL("../dist/", import.meta.url).pathname;

/** Extra files the tests need, served from memory. */
const EXTRA = new Map<string, string>([
  // Over 1 MB: checked in the dataset worker, which must start under the policy too.
  ["/fixtures/big.json", JSON.stringify(generateDataset(3_000, 7))],
  // Over 1 MB and with problems: described by the full check, in the worker.
  ["/fixtures/big-broken.json", JSON.stringify({ ...generateDataset(3_000, 7), version: 2 })],
  ["/fixtures/broken.json", '{\n "version": 1,\n oops\n}'],
]);

let server: StaticServer;
let origin: string;

test.beforeAll(async () => {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("run `npm run build` first");
  server = await startStaticServer({
    root: DIST,
    files: EXTRA,
    headers: { "content-security-policy": POLICY },
  });
  origin = server.origin;
});

test.afterAll(() => server.close());

declare global {
  interface Window {
    __violations: string[];
  }
}

/** Every refusal, from the page and every frame in it, by event and by console message. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations.push(
        `${event.effectiveDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) messages.push(message.text());
  });
  return async () => {
    const events: string[] = [];
    for (const frame of page.frames()) {
      events.push(...(await frame.evaluate(() => window.__violations ?? []).catch(() => [])));
    }
    return [...events, ...messages];
  };
}

test.describe("strict Content-Security-Policy", () => {
  test.describe(() => {
    // The refusals provoked below are logged on the console, as every refusal is (which
    // is also why any refusal in any other test fails it).
    test.use({ expectedConsoleErrors: [/violates the following Content Security Policy/] });
    test("the policy is in force, and the test sees what it refuses", async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.goto(`${origin}/`);
      await expect(page.locator("[data-timeline-ready]")).toBeAttached();
      const ran = await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.head.append(script);
        document.body.insertAdjacentHTML("beforeend", '<p style="color: red">inline style</p>');
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      expect(ran).toBe(false);
      await expect
        .poll(violations)
        .toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^script-src-elem refused inline/),
            expect.stringMatching(/^style-src-attr refused inline/),
          ]),
        );
    });
  });

  test("the full page refuses nothing, whatever the reader does", async ({ page }) => {
    const violations = await watchPolicy(page);
    const response = await page.goto(`${origin}/?theme=dark`);
    expect(response?.headers()["content-security-policy"]).toBe(POLICY);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    // boot.js ran (a file, not an inline script).
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expect(page.getByRole("heading", { level: 1, name: realDataset.title })).toBeVisible();

    // Details, filters, list view, theme change.
    await page.goto(`${origin}/?event=${realDataset.events[0]!.id}`);
    await expect(page.locator(".detail-panel")).toBeVisible();
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    // View and theme are in the "View options" popup on wide screens.
    await page.getByRole("button", { name: "View options" }).click();
    const viewOptions = page.getByRole("dialog", { name: "View options" });
    await viewOptions.getByRole("button", { name: "List", exact: true }).click();
    await expect(page.getByRole("list", { name: /^Chronology/ })).toBeVisible();
    await viewOptions.getByRole("combobox", { name: "Theme" }).selectOption("light");

    // The share dialog: a lazy chunk, its stylesheet and a live embed.html preview.
    await page.getByRole("button", { name: "Embed in an article" }).click();
    await expect(
      page.frameLocator(".share-preview-frame").first().locator("[data-timeline-ready]"),
    ).toBeAttached();
    await page.keyboard.press("Escape");

    // A large dataset, checked in slices on the page.
    await page.goto(`${origin}/?data=/fixtures/big.json`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();

    // A large dataset with problems, described in the worker.
    const worker = page.waitForEvent("worker");
    await page.goto(`${origin}/?data=/fixtures/big-broken.json`);
    expect((await worker).url()).toMatch(/\/assets\/datasetWorker-/);
    await expect(page.getByRole("alert")).toContainText("version");

    // Malformed JSON: the lazily loaded error locator.
    await page.goto(`${origin}/?data=/fixtures/broken.json`);
    await expect(page.getByRole("alert")).toContainText("is not valid JSON at line 3");

    // The file preview (its own page): its worker (the converters), then a download
    // through a blob URL.
    await page.goto(`${origin}/preview.html`);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open a file to preview" }).click();
    await (
      await chooser
    ).setFiles({
      name: "template.csv",
      mimeType: "text/csv",
      buffer: readFileSync(new URL("../public/dataset-template.csv", import.meta.url)),
    });
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download JSON" }).click();
    await download;

    // A refused ?data= value: the error view.
    await page.goto(`${origin}/?data=${encodeURIComponent("javascript:alert(1)")}`);
    await expect(page.getByRole("alert")).toBeVisible();

    expect(await violations()).toEqual([]);
  });

  test("embed.html refuses nothing", async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto(`${origin}/embed.html?theme=dark&event=${realDataset.events[1]!.id}`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.goto(`${origin}/embed.html?data=/fixtures/big.json`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    expect(await violations()).toEqual([]);
  });

  test("the built HTML carries no inline script, style or event handler", () => {
    const prerendered = [
      `e/${realDataset.events[0]!.id}/index.html`,
      "t/de-armas-cruise-2025.es/index.html",
    ];
    for (const name of ["index.html", "embed.html", "preview.html", ...prerendered]) {
      const path = join(DIST, name);
      if (!existsSync(path)) continue;
      const html = readFileSync(path, "utf8");
      // JSON-LD is data, which no policy runs: the one inline script element allowed.
      expect(html, name).not.toMatch(
        /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/,
      );
      expect(html, name).not.toMatch(/<style[\s>]/);
      expect(html, name).not.toMatch(/\sstyle=/);
      expect(html, name).not.toMatch(/\son[a-z]+=/);
    }
    expect(fixture("small-valid.json")).toContain("version");
  });
});
