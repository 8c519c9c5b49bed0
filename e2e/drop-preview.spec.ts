// Preview by drag and drop (or "Open a file to preview" for keyboard users), on its own page
// for dataset authors (/preview.html): the file is read, converted and checked in the page,
// shown with the same timeline and its problems listed, and offered back as JSON. Nothing is
// uploaded; the converters load only when needed. Readers' pages show no file controls.
import { readFileSync } from "node:fs";
import type { Page, Response } from "@playwright/test";
import { hostileDataset } from "../src/data/fixtures/hostile.ts";
import { expect, fixture, realDataset, test } from "./test.ts";

const TEMPLATE = readFileSync(new URL("../public/dataset-template.csv", import.meta.url), "utf8");

interface FileSpec {
  name: string;
  mimeType: string;
  text: string;
}

/** Every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

async function openWithButton(page: Page, file: FileSpec): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open a file to preview" }).click();
  await (await chooser).setFiles({ ...file, buffer: Buffer.from(file.text) });
}

/** Drags a file over the page and drops it, as a person dragging from their desktop would. */
async function dragAndDrop(page: Page, file: FileSpec): Promise<void> {
  const transfer = await page.evaluateHandle(({ name, mimeType, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: mimeType }));
    return data;
  }, file);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("body", "dragover", { dataTransfer: transfer });
  await expect(page.getByText("Drop a JSON or CSV file to preview it.")).toBeVisible();
  await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
  await expect(page.getByText("Drop a JSON or CSV file to preview it.")).toHaveCount(0);
}

function banner(page: Page, name: string) {
  return page.locator(".preview-banner").filter({
    hasText: `Preview of ${name} — not published, nothing uploaded`,
  });
}

test.describe("file preview", () => {
  test("readers' pages show no file-preview control; the editors' page is linked", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.getByRole("button", { name: "Open a file to preview" })).toHaveCount(0);
    await expect(page.getByRole("complementary", { name: "Preview a dataset file" })).toHaveCount(
      0,
    );
    await expect(page.locator('input[type="file"]')).toHaveCount(0);
    await expect(page.getByText(/drop a JSON or CSV file/i)).toHaveCount(0);

    await page.getByRole("button", { name: "Embed in an article" }).click();
    const editors = page.getByRole("dialog", { name: "Share and embed" }).getByRole("region", {
      name: "For editors",
    });
    await editors.getByRole("link", { name: "Preview a dataset file" }).click();
    await expect(page).toHaveURL(/\/preview\.html$/);
    await expect(page.getByRole("button", { name: "Open a file to preview" })).toBeVisible();
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
  });

  test("a CSV opened with the keyboard is converted and shown, uploading nothing", async ({
    page,
  }) => {
    const scripts: Promise<string>[] = [];
    const collect = (response: Response) => {
      if (response.url().endsWith(".js")) scripts.push(response.text());
    };
    page.on("response", collect);
    await page.goto("/preview.html?view=list");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    page.off("response", collect);
    // The converters and their parsers (papaparse's and htmlparser2's own words, the CSV
    // converter's messages) are not part of the first load.
    const firstLoad = (await Promise.all(scripts)).join("\n");
    expect(firstLoad.includes("Open a file to preview")).toBe(true);
    for (const marker of ["UndetectableDelimiter", "onopentagname", "unknown column"]) {
      expect(firstLoad.includes(marker), `first load contains "${marker}"`).toBe(false);
    }
    const requests = recordRequests(page);

    await page.getByRole("button", { name: "Open a file to preview" }).focus();
    await openWithButton(page, { name: "template.csv", mimeType: "text/csv", text: TEMPLATE });
    await expect(banner(page, "template.csv")).toBeFocused();
    await expect(banner(page, "template.csv")).toContainText(
      "Read as CSV spreadsheet. It is a valid dataset.",
    );
    await expect(
      page.getByRole("heading", { level: 1, name: "Imported from template.csv" }),
    ).toBeVisible();
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.getByRole("list", { name: /^Chronology/ }).getByRole("article")).toHaveCount(
      2,
    );

    // Only our own scripts were fetched: the file went nowhere.
    for (const request of requests)
      expect(request).toMatch(/^GET http:\/\/localhost:\d+\/assets\//);
    expect(requests.some((r) => /\/assets\/previewWorker-/.test(r))).toBe(true);
  });

  test("a dropped file shows a hint while dragging, then its preview", async ({ page }) => {
    await page.goto("/preview.html");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await dragAndDrop(page, {
      name: "small.json",
      mimeType: "application/json",
      text: fixture("small-valid.json"),
    });
    await expect(banner(page, "small.json")).toContainText(
      "Read as format v1 JSON. It is a valid dataset.",
    );
    await expect(
      page.getByRole("heading", { level: 1, name: "A second, tiny dataset" }),
    ).toBeVisible();

    // Closing gives the page its own timeline and address back.
    await page.getByRole("button", { name: "Close preview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: realDataset.title })).toBeVisible();
    expect(new URL(page.url()).search).toBe("");
  });

  test("an invalid file lists its problems and can be downloaded as JSON to fix", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const revoked: string[] = [];
      (window as unknown as { revoked: string[] }).revoked = revoked;
      const revoke = URL.revokeObjectURL.bind(URL);
      URL.revokeObjectURL = (url: string) => {
        revoked.push(url);
        revoke(url);
      };
    });
    await page.goto("/preview.html");
    const broken = JSON.parse(fixture("broken-references.json")) as unknown;
    await openWithButton(page, {
      name: "broken.json",
      mimeType: "application/json",
      text: JSON.stringify(broken),
    });
    await expect(banner(page, "broken.json")).toContainText("It is not a valid dataset yet");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("broken.json could not be shown");
    await expect(alert).toContainText(
      'events[0].annotations[0].sources[1]: unknown source "ppl-0220"',
    );
    await expect(alert).toContainText('evnets: unknown key "evnets"');
    await expect(page.locator("[data-timeline-ready]")).toHaveCount(0);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download JSON" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("broken.json");
    expect(JSON.parse(readFileSync(await file.path(), "utf8"))).toEqual(broken);
    expect(file.url()).toMatch(/^blob:/);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { revoked: string[] }).revoked))
      .toEqual([file.url()]);
  });

  test("a CSV with bad rows lists them by row number and shows the rest", async ({ page }) => {
    await page.goto("/preview.html");
    const text = `${TEMPLATE.trimEnd()}\nbad-row,2025-02-30,Title,Summary,gossip\n`;
    await openWithButton(page, { name: "sheet.csv", mimeType: "text/csv", text });
    const problems = page.getByRole("list", { name: "Conversion problems" });
    await expect(problems).toContainText("row 4");
    await expect(problems).toContainText("gossip");
    await expect(banner(page, "sheet.csv")).toContainText("of the file could not be converted");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download JSON" }).click();
    const json = JSON.parse(readFileSync(await (await download).path(), "utf8")) as {
      events: unknown[];
    };
    expect(json.events).toHaveLength(2);
  });

  test("a TimelineJS file is converted, with what it could not carry listed", async ({ page }) => {
    await page.goto("/preview.html");
    const timelineJs = {
      title: { text: { headline: "From TimelineJS" } },
      events: [
        {
          start_date: { year: "2025", month: "2", day: "13" },
          text: { headline: "Dinner", text: '<a href="https://example.org/a">Report</a>' },
        },
        { start_date: { year: "2025" }, text: { headline: "Unsourced" } },
      ],
    };
    await openWithButton(page, {
      name: "story.json",
      mimeType: "application/json",
      text: JSON.stringify(timelineJs),
    });
    await expect(banner(page, "story.json")).toContainText("Read as TimelineJS JSON.");
    await expect(page.getByRole("list", { name: "Conversion problems" })).toContainText(
      "events[1]",
    );
    await expect(page.getByRole("heading", { level: 1, name: "From TimelineJS" })).toBeVisible();
  });

  test("a hostile file previews as inert text", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __hostile: () => void }).__hostile = () => {
        throw new Error("a payload ran");
      };
    });
    await page.goto("/preview.html");
    const hostile = hostileDataset();
    await openWithButton(page, {
      name: '<img src=x onerror="window.__hostile()">.json',
      mimeType: "application/json",
      text: JSON.stringify(hostile),
    });
    await expect(page.locator("h1")).toHaveText(hostile.title);
    await expect(page.locator(".preview-banner")).toContainText(
      '<img src=x onerror="window.__hostile()">.json',
    );
    await expect(page.locator("#root img, #root [onerror], #root script")).toHaveCount(0);
  });
});
