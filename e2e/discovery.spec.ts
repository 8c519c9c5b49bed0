// What the build writes for search engines and link previews: sitemap.xml lists every
// prerendered page, every page's JSON-LD parses and validates against the schema.org types
// it uses, and every page's social card is a 1200×630 PNG with something drawn on it.
import { validateJsonLd } from "../scripts/prerender/structuredData.ts";
import { pixelStats } from "./pixels.ts";
import { expect, fixture, realDataset, test } from "./test.ts";

const spanish = JSON.parse(
  fixture("../../data/de-armas-cruise-2025.es.json"),
) as typeof realDataset;
/** Every prerendered page, as a path: both editions' stories and all their events. */
const PAGES = [
  "/",
  ...realDataset.events.map((event) => `/e/${event.id}/`),
  "/t/de-armas-cruise-2025.es/",
  ...spanish.events.map((event) => `/t/de-armas-cruise-2025.es/${event.id}/`),
];

test("sitemap.xml lists every prerendered page, and robots.txt names it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(listed.sort()).toEqual([...PAGES].sort());
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test("every page's JSON-LD parses and validates", async ({ request }) => {
  const types = new Set<string>();
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks, path).toHaveLength(1);
    const value: unknown = JSON.parse(blocks[0]![1]!);
    expect(validateJsonLd(value), path).toEqual([]);
    types.add(String((value as { "@type": unknown })["@type"]));
  }
  expect([...types]).toEqual(["Article"]);
});

test("every page's social card is a 1200×630 PNG, and cards are not blank", async ({
  page,
  request,
}) => {
  const cards: string[] = [];
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
    expect(image, path).toBeDefined();
    const card = new URL(image!).pathname;
    const response = await request.get(card);
    expect(response.headers()["content-type"], card).toBe("image/png");
    const bytes = await response.body();
    // The PNG signature, then the IHDR chunk: width and height as big-endian integers.
    expect(bytes.subarray(1, 4).toString("latin1"), card).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], card).toEqual([1200, 630]);
    cards.push(card);
  }
  // Drawn, not blank: the pixels of the root's card and one event's vary.
  // Any page of the site's origin lets the canvas read the cards; a text file's will do (its
  // tab's icon is the one request it makes that the site does not answer).
  await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
  await page.goto("/robots.txt");
  for (const card of [cards[0]!, cards[1]!]) {
    const { variance } = await pixelStats(page, card);
    expect(variance, card).toBeGreaterThan(100);
  }
});
