// The hostile corpus (src/data/fixtures/hostile.ts) in the real page: every payload shows
// as literal text in every view, nothing runs, nothing is injected, no link leaves http(s),
// right-to-left overrides stay inside their own text and unbroken strings never widen the page.
import type { Page } from "@playwright/test";
import { hostileDataset, longTextDataset, PAYLOADS } from "../src/data/fixtures/hostile.ts";
import { LIMITS } from "../src/data/schema.ts";
import { validateDataset } from "../src/data/validate.ts";
import { expect, serveDataset, test } from "./test.ts";

const HOSTILE = hostileDataset();
const URL_PATH = "/fixtures/hostile.json";

declare global {
  interface Window {
    __hostile: (name: string) => void;
    __hostileCalls: string[];
  }
}

/** Records any payload that runs, and any dialog a payload opens. */
async function watchForScripts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__hostileCalls = [];
    window.__hostile = (name: string) => window.__hostileCalls.push(name);
    for (const name of ["alert", "confirm", "prompt"] as const) {
      window[name] = (() => window.__hostileCalls.push(name)) as never;
    }
  });
}

/** Nothing ran, nothing was injected, no prototype was polluted, every link is http(s). */
async function expectInert(page: Page): Promise<void> {
  // The page and any frame of ours in it (the share dialog's live preview of embed.html).
  for (const frame of page.frames()) {
    const report = await frame.evaluate(() => {
      const root = document.getElementById("root")!;
      // The only frame the page may hold: its own embed.html preview.
      const own = (e: Element) =>
        e.localName === "iframe" &&
        new URL((e as HTMLIFrameElement).src).origin === location.origin &&
        new URL((e as HTMLIFrameElement).src).pathname === "/embed.html";
      const injected = [
        ...root.querySelectorAll(
          "img, iframe, frame, object, embed, math, script, style, form, base, meta, link",
        ),
      ]
        .filter((e) => !own(e))
        .map((e) => e.outerHTML.slice(0, 80));
      const handlers = [...root.querySelectorAll("*")].flatMap((element) =>
        [...element.attributes]
          .filter((a) => /^on/i.test(a.name) || a.name === "srcdoc" || a.name === "formaction")
          .map((a) => `<${element.localName} ${a.name}>`),
      );
      const links = [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!);
      return {
        calls: window.__hostileCalls,
        injected,
        handlers,
        badLinks: links.filter((href) => !/^https?:\/\//.test(href)),
        styleElements: document.querySelectorAll("style").length,
        polluted: ({} as Record<string, unknown>).polluted ?? null,
        hidden: getComputedStyle(document.body).display,
      };
    });
    expect(report, frame.url()).toEqual({
      calls: [],
      injected: [],
      handlers: [],
      badLinks: [],
      styleElements: 0,
      polluted: null,
      hidden: "block",
    });
  }
}

const titles = HOSTILE.events.map((e) => e.title);

test.describe("hostile datasets", () => {
  test.beforeEach(async ({ page }) => {
    await watchForScripts(page);
    await serveDataset(page, URL_PATH, JSON.stringify(HOSTILE));
  });

  test("the list shows every payload as literal text in every field, and nothing runs", async ({
    page,
  }) => {
    await page.goto(`/?data=${URL_PATH}&view=list`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.locator(".event-title")).toHaveCount(PAYLOADS.length);
    const shown = await page.locator(".event-title").allTextContents();
    expect(shown.toSorted()).toEqual(titles.toSorted());
    // Every kind of field, as text: summaries, places, quotes, speakers, outlets, claims.
    const all = (await page.locator(".event-list").textContent()) ?? "";
    for (const event of HOSTILE.events) {
      expect(all).toContain(event.summary);
      expect(all).toContain(event.place!);
      expect(all).toContain(event.annotations![0]!.quote!);
    }
    for (const source of HOSTILE.sources) expect(all).toContain(source.outlet);
    for (const claim of HOSTILE.claims!) expect(all).toContain(claim.text);
    expect(await page.locator("h1").textContent()).toBe(HOSTILE.title);
    expect(await page.title()).toBe(`${HOSTILE.title} · Rumor Timeline`);
    // Alternative dates and their notes, inside closed <details>.
    for (const details of await page.locator("details.alt-dates").all()) {
      await details.locator("summary").click();
    }
    await expectInert(page);
  });

  test("the timeline, its callouts, filters and every event's details stay inert", async ({
    page,
  }) => {
    await page.goto(`/?data=${URL_PATH}`);
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    // The facets load when Filters is first opened.
    await expect(
      page.getByRole("region", { name: "Filters", exact: true }).getByRole("group").first(),
    ).toBeVisible();
    const filters =
      (await page.getByRole("region", { name: "Filters", exact: true }).textContent()) ?? "";
    for (const person of HOSTILE.people!) expect(filters).toContain(person.name);
    await expectInert(page);

    // Every event's details, in the order the page tells them: opened on the first, then
    // Next (one page load, not one per event).
    const checked = validateDataset(HOSTILE);
    if (!checked.ok) throw new Error("the hostile dataset must be valid");
    const inOrder = checked.dataset.events.map((e) => HOSTILE.events.find((h) => h.id === e.id)!);
    await page.goto(`/?data=${URL_PATH}&event=${encodeURIComponent(inOrder[0]!.id)}`);
    const panel = page.locator(".detail-panel");
    for (const [i, event] of inOrder.entries()) {
      if (i > 0) await panel.getByRole("button", { name: "Next event" }).click();
      await expect(panel.locator("h2")).toHaveText(event.title);
      expect(await panel.locator("h2").textContent()).toBe(event.title);
      const text = (await panel.textContent()) ?? "";
      expect(text).toContain(event.summary);
      expect(text).toContain(event.altDates![0]!.note!);
      await expectInert(page);
    }
  });

  test("the share dialog's embed code carries the title as text, not markup", async ({ page }) => {
    await page.goto(`/?data=${URL_PATH}`);
    await page.getByRole("button", { name: "Embed in an article" }).click();
    for (const name of [/^Embed code/, /^iframe code/]) {
      if (name.source.includes("iframe"))
        await page.getByText("For sites that remove scripts").click();
      const code = await page.getByRole("textbox", { name }).inputValue();
      // Parsed as a journalist's CMS would: exactly the elements the snippet is made of.
      const parsed = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        return {
          elements: [...doc.body.querySelectorAll("*")].map((e) => e.localName),
          handlers: [...doc.body.querySelectorAll("*")].flatMap((e) =>
            [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
          ),
          titles: [...doc.body.querySelectorAll("[title], [data-title]")].map(
            (e) => e.getAttribute("title") ?? e.getAttribute("data-title"),
          ),
        };
      }, code);
      expect(parsed.handlers).toEqual([]);
      expect(parsed.elements).toEqual(
        name.source.includes("iframe") ? ["iframe"] : ["div", "a", "script"],
      );
      expect(parsed.titles).toEqual([
        name.source.includes("iframe") ? `Timeline: ${HOSTILE.title}` : HOSTILE.title,
      ]);
    }
    // The dialog's live preview runs embed.html on the same hostile dataset.
    const preview = page.frameLocator(".share-preview-frame").first();
    await expect(preview.locator("[data-timeline-ready]")).toBeAttached();
    await expectInert(page);
  });

  test("hostile link parameters are reported as text", async ({ page }) => {
    const payload = PAYLOADS[0]!.text;
    await page.goto(
      `/?data=${URL_PATH}&event=${encodeURIComponent(payload)}&kind=${encodeURIComponent(PAYLOADS[1]!.text)}&view=${encodeURIComponent(PAYLOADS[2]!.text)}`,
    );
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.locator(".url-warnings")).toBeVisible();
    await expectInert(page);
  });
});

test.describe("right-to-left overrides", () => {
  test("stay inside the text that carries them", async ({ page }) => {
    // One source whose outlet ends in U+202E (RIGHT-TO-LEFT OVERRIDE), cited by one event.
    const bidi = PAYLOADS.find((p) => p.name === "bidi-override")!;
    await serveDataset(page, URL_PATH, JSON.stringify(hostileDataset([bidi])));
    await page.goto(`/?data=${URL_PATH}&view=list`);
    const card = page.locator(".event-card").first();
    const source = card.locator(".source-list").last().locator(".source").first();
    // "Outlet ‮fdp.exe (14 Feb 2025, via …)": the details must still read left to right,
    // after the outlet, and the event title after the card's source list stays in place.
    const boxes = await source.evaluate((element) => {
      const outlet = element.querySelector(".source-outlet")!.getBoundingClientRect();
      const details = element.querySelector(".source-details")!;
      const range = document.createRange();
      const text = details.firstChild!;
      range.setStart(text, 0);
      range.setEnd(text, 2); // " ("
      const open = range.getBoundingClientRect();
      range.setStart(text, text.textContent!.length - 1);
      range.setEnd(text, text.textContent!.length); // ")"
      const close = range.getBoundingClientRect();
      return { outletRight: outlet.right, openLeft: open.left, closeLeft: close.left };
    });
    expect(boxes.openLeft).toBeGreaterThanOrEqual(boxes.outletRight - 1);
    expect(boxes.closeLeft).toBeGreaterThan(boxes.openLeft);
  });
});

test.describe("very long unbroken text", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    test(`never widens the page at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await serveDataset(page, URL_PATH, JSON.stringify(longTextDataset()));
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      for (const query of ["view=list", "event=e0", "event=e1&lanes=person"]) {
        await page.goto(`/?data=${URL_PATH}&${query}`);
        await expect(page.locator("[data-timeline-ready]")).toBeAttached();
        if (query === "view=list") {
          for (const details of await page.locator("details.alt-dates").all()) {
            await details.locator("summary").click();
          }
        }
        await page.getByRole("button", { name: "Filters", exact: true }).click();
        expect(await overflow(), query).toBeLessThanOrEqual(0);
      }
      expect(LIMITS.summary).toBe(2000);
    });
  }
});
