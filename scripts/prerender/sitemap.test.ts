import { describe, expect, it } from "vitest";
import { readEditions } from "../vite-feeds.ts";
import { robotsTxt, sitemapXml, sitePages } from "./sitemap.ts";
import { testDataset } from "./testDataset.ts";

const SITE = "https://timeline.example.org/";

describe("sitemapXml", () => {
  it("writes the sitemaps.org urlset, escaping every URL", () => {
    const xml = sitemapXml([
      { loc: `${SITE}?a=1&b=<2>`, lastmod: "2025-11-13" },
      { loc: `${SITE}t/x/` },
    ]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `  <url><loc>${SITE}?a=1&amp;b=&lt;2&gt;</loc><lastmod>2025-11-13</lastmod></url>\n` +
        `  <url><loc>${SITE}t/x/</loc></url>\n` +
        "</urlset>\n",
    );
  });
});

describe("robotsTxt", () => {
  it("allows all and names the sitemap by absolute URL", () => {
    expect(robotsTxt(SITE)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
  });
});

describe("sitePages", () => {
  it("lists every dataset and event page of the published datasets", () => {
    const editions = readEditions();
    const pages = sitePages(editions, SITE, "de-armas-cruise-2025");
    const events = editions.reduce((sum, e) => sum + e.dataset.events.length, 0);
    expect(pages).toHaveLength(editions.length + events);
    expect(pages).toContainEqual({ loc: SITE, lastmod: "2025-11-13" });
    expect(pages).toContainEqual({
      loc: `${SITE}t/de-armas-cruise-2025.es/`,
      lastmod: "2025-11-13",
    });
    expect(pages).toContainEqual({ loc: `${SITE}e/soho-dinner/`, lastmod: "2025-02-16" });
    expect(pages).toContainEqual(
      expect.objectContaining({ loc: `${SITE}t/de-armas-cruise-2025.es/soho-dinner/` }),
    );
    expect(new Set(pages.map((page) => page.loc)).size).toBe(pages.length);
  });

  it("dates an event by its update, then its addition, then the dataset's revision", () => {
    const dataset = testDataset((doc) => {
      doc.events[0]!.added = "2025-02-21";
      doc.events[0]!.updated = "2025-03-01T10:00Z";
    });
    const pages = sitePages([{ name: "x", dataset }], SITE);
    expect(pages).toEqual([
      { loc: `${SITE}t/x/`, lastmod: "2025-11-13" },
      { loc: `${SITE}t/x/dinner/`, lastmod: "2025-11-13" },
      { loc: `${SITE}t/x/denial/`, lastmod: "2025-03-01" },
    ]);
  });
});
