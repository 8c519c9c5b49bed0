// The interface in the reader's language: chosen by ?lang=, the browser or the menu, with
// dates by Intl, exact lang attributes, and the bundled dataset's Spanish edition.
import { test, expect, realDataset } from "./test.ts";
import de from "../src/i18n/catalogs/de.ts";
import es from "../src/i18n/catalogs/es.ts";
import it from "../src/i18n/catalogs/it.ts";
import ar from "../src/i18n/catalogs/ar.ts";
import fr from "../src/i18n/catalogs/fr.ts";
import ptBR from "../src/i18n/catalogs/pt-BR.ts";
import { en } from "../src/i18n/catalogs/en.ts";
import { enLater } from "../src/i18n/catalogs/enLater.ts";
import { placeholderRoom } from "./placeholderRoom.ts";

const ENGLISH_EDITION = "data/de-armas-cruise-2025.json";
const SPANISH_TITLE = "Ana de Armas y Tom Cruise: los rumores de romance de 2025";
const SOHO = realDataset.events.find((event) => event.id === "soho-dinner");

/** The detail panel of the Soho dinner (a region named by the event's title). */
function sohoDetail(page: import("@playwright/test").Page) {
  return page.getByRole("region", { name: SOHO?.title ?? "", exact: true });
}

async function ready(page: import("@playwright/test").Page) {
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
}

test("?lang=es speaks Spanish around an English dataset, dates included", async ({ page }) => {
  await page.goto(`/?data=${ENGLISH_EDITION}&lang=es&event=soho-dinner`);
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 2, name: es["legend.title"] })).toBeVisible();
  await expect(page.getByRole("button", { name: es["controls.fitAll"] })).toBeVisible();
  // The dataset's own text keeps its language, so a screen reader reads it as English.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(sohoDetail(page).locator("time").first()).toHaveText("13 feb 2025");
});

for (const [code, catalog] of [
  ["es", es],
  ["ar", ar],
] as const) {
  test(`no English interface text is left in the ${code} interface`, async ({ page }) => {
    await page.goto(`/?data=${ENGLISH_EDITION}&lang=${code}`);
    await ready(page);
    const english = new Map<string, string>();
    const translated: Record<string, unknown> = catalog;
    for (const [key, text] of Object.entries({ ...en, ...enLater })) {
      // Whole texts only (a filled template is not a catalog text), and not those both share.
      if (typeof text === "string" && !text.includes("{") && text !== translated[key]) {
        english.set(text.trim(), key);
      }
    }
    const interfaceTexts = await page.evaluate((code) => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent?.trim() ?? "";
        // Dataset text carries the dataset's lang ("en"); everything else is interface.
        if (
          text === "" ||
          element === null ||
          element.closest("[lang]")?.getAttribute("lang") !== code
        )
          continue;
        texts.push(text);
      }
      return texts;
    }, code);
    expect(interfaceTexts.length).toBeGreaterThan(30);
    const left = interfaceTexts.filter((text) => english.has(text));
    expect(left).toEqual([]);
  });
}

test("a Spanish reader gets the Spanish edition and interface without asking", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "es-ES", timezoneId: "UTC" });
  const page = await context.newPage();
  await page.goto("/");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SPANISH_TITLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "es");
  await expect(page.getByRole("button", { name: es["controls.fitAll"] })).toBeVisible();
  await context.close();
});

test("the language menu switches the interface and keeps the event and filters", async ({
  page,
}) => {
  await page.goto(`/?data=${ENGLISH_EDITION}&event=soho-dinner&kind=sighting`);
  await ready(page);
  await expect(sohoDetail(page)).toBeVisible();
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Deutsch" });
  await expect(page.getByRole("button", { name: de["controls.fitAll"] })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page).toHaveURL(/[?&]lang=de(&|$)/);
  await expect(page).toHaveURL(/[?&]event=soho-dinner(&|$)/);
  await expect(page).toHaveURL(/[?&]kind=sighting(&|$)/);
  await expect(sohoDetail(page)).toBeVisible();
  await expect(page.getByRole("combobox", { name: de["page.language"] })).toHaveValue("de");
});

test("the embed honours data-lang (lang in its URL)", async ({ page }) => {
  await page.goto(`/embed.html?data=${ENGLISH_EDITION}&lang=it&height=600`);
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(
    page.getByRole("button", { name: new RegExp(it["stepper.next"]) }).first(),
  ).toBeVisible();
});

test("Arabic sets the page right to left", async ({ page }) => {
  await page.goto(`/?data=${ENGLISH_EDITION}&lang=ar`);
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 2, name: ar["legend.title"] })).toBeVisible();
});

test("long silences in the story are named, on the timeline and in the phone list", async ({
  page,
}) => {
  await page.goto(`/?data=${ENGLISH_EDITION}`);
  await ready(page);
  await expect(page.getByText(/^\d+ (weeks|months?) later$/).first()).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(".time-gap").first()).toHaveText(/^\d+ (weeks|months?) later$/);
});

test("each edition offers the other, and names both to search engines", async ({ page }) => {
  await page.goto(`/?data=${ENGLISH_EDITION}&event=soho-dinner`);
  await ready(page);
  const spanish = page.getByRole("link", { name: "Español", exact: true });
  await expect(spanish).toHaveAttribute("hreflang", "es");
  await expect(page.locator('head link[rel="alternate"][hreflang="es"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
  await spanish.click();
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SPANISH_TITLE);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  // The same moment, in the other edition.
  await expect(page).toHaveURL(/[?&]event=soho-dinner(&|$)/);
  await expect(page.getByRole("link", { name: "English", exact: true })).toHaveAttribute(
    "hreflang",
    "en",
  );
});

test("the share dialog writes the story box's language into the embed code", async ({ page }) => {
  await page.goto(`/?data=${ENGLISH_EDITION}`);
  await ready(page);
  await page.getByRole("button", { name: enLater["share.embed"] }).click();
  const dialog = page.getByRole("dialog", { name: enLater["share.title"] });
  const code = dialog.getByRole("textbox", { name: enLater["share.embedCode"] });
  await expect(code).not.toHaveValue(/data-lang=/);
  await dialog
    .getByRole("combobox", { name: enLater["page.language"] })
    .selectOption({ label: "Italiano" });
  await expect(code).toHaveValue(/ data-lang="it"/);
  await dialog
    .getByRole("combobox", { name: enLater["page.language"] })
    .selectOption({ label: enLater["share.language.reader"] });
  await expect(code).not.toHaveValue(/data-lang=/);
});

const CATALOGS = { en: { ...en, ...enLater }, es, "pt-BR": ptBR, fr, de, it, ar } as const;

for (const [code, catalog] of Object.entries(CATALOGS)) {
  test(`on a 360 px phone in ${code}, the tools above the cards take two rows`, async ({
    page,
  }) => {
    // The theme, Share and Embed took two rows in de, it and pt-BR at 390 px, and search
    // and Filters two more in every language: the first card started a row or two lower.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/?lang=${code}`);
    await ready(page);
    const middleOf = async (control: import("@playwright/test").Locator) => {
      const box = (await control.boundingBox())!;
      return Math.round(box.y + box.height / 2);
    };
    const search = await middleOf(page.getByRole("searchbox", { name: catalog["search.label"] }));
    const filters = await middleOf(
      page.getByRole("button", { name: catalog["filters.title"], exact: true }),
    );
    const share = await middleOf(
      page.getByRole("button", { name: catalog["share.share"], exact: true }),
    );
    const embed = await middleOf(page.getByRole("button", { name: catalog["share.embedLabel"] }));
    expect(Math.abs(filters - search), "search and Filters share a row").toBeLessThan(4);
    expect(Math.abs(embed - share), "Share and Embed share a row").toBeLessThan(4);
    expect(share - search, "Share's row is the next one").toBeLessThan(60);
    // Unfiltered, there is nothing to reset, and no button says so.
    await expect(page.getByRole("button", { name: catalog["filters.resetLabel"] })).toHaveCount(0);
    // The search box says what it searches in full, not cut off mid-word (en, es, pt-BR, de
    // and ar were).
    const field = page.getByRole("searchbox", { name: catalog["search.label"] });
    await expect(field).toHaveAttribute("placeholder", catalog["search.placeholder"]);
    expect(await placeholderRoom(field), "the placeholder fits its box").toBeGreaterThanOrEqual(0);
  });
}

for (const [code, catalog] of Object.entries(CATALOGS)) {
  test(`in ${code}, the stance facet's claim menu shows its choice whole`, async ({ page }) => {
    // At 1280 px German's "einer beliebigen Behauptung" showed as "einer beliebigen Beha",
    // and Italian's "qualsiasi affermazione" lost its last letters.
    await page.goto(`/?lang=${code}`);
    await ready(page);
    await page.getByRole("button", { name: catalog["filters.title"], exact: true }).click();
    const menu = page.getByRole("group", { name: catalog["filters.stance"] }).getByRole("combobox");
    await expect(menu).toHaveValue("");
    const widths = await menu.evaluate((select: HTMLSelectElement) => {
      const shown = select.offsetWidth;
      // Unbounded, a select is as wide as its longest choice needs; measured with only
      // the chosen one left in it.
      const probe = select.cloneNode(false) as HTMLSelectElement;
      probe.append(select.options[select.selectedIndex]!.cloneNode(true));
      probe.style.maxWidth = "none";
      probe.style.width = "auto";
      select.after(probe);
      const needed = probe.offsetWidth;
      probe.remove();
      return { shown, needed };
    });
    expect(widths.needed, catalog["filters.anyClaim"]).toBeLessThanOrEqual(widths.shown);
  });
}
