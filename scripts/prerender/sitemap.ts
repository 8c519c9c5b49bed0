// The sitemap (sitemaps.org protocol 0.9) and robots.txt: every dataset page and event page
// the build writes, so that search engines find the pages that no link of the app points
// at, each with the day its content last changed.
import type { EdtfDate } from "../../src/data/model.ts";
import { datasetPagePath, eventPagePath } from "../../src/data/sitePaths.ts";
import type { FeedEdition } from "../feeds.ts";
import { escapeXml } from "./xml.ts";

export const SITEMAP_PATH = "sitemap.xml";
export const ROBOTS_PATH = "robots.txt";

export interface SitemapUrl {
  /** Absolute http(s) URL. */
  loc: string;
  /** W3C Datetime: a day ("2025-11-13") or a moment. */
  lastmod?: string;
}

/** The sitemap document: one <url> a page, in the order given. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const entries = urls.map(({ loc, lastmod }) => {
    const modified = lastmod === undefined ? "" : `<lastmod>${escapeXml(lastmod)}</lastmod>`;
    return `  <url><loc>${escapeXml(loc)}</loc>${modified}</url>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    entries.join("") +
    "</urlset>\n"
  );
}

/** robots.txt: every crawler may read everything; the sitemap is named by absolute URL. */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`;
}

/** The day a date's first instant falls on, as the sitemap writes it (UTC). */
function day(date: EdtfDate): string | undefined {
  if (!Number.isFinite(date.start)) return undefined;
  const iso = new Date(date.start).toISOString();
  // Sitemaps take W3C Datetime: four-digit years only.
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : undefined;
}

/**
 * Every dataset page and event page of the given datasets, by absolute URL: a dataset's
 * page changed when the dataset was revised, an event's when it was last updated (or
 * added); an event that says neither takes its dataset's revision.
 */
export function sitePages(
  editions: readonly FeedEdition[],
  site: string,
  defaultName?: string,
): SitemapUrl[] {
  return editions.flatMap(({ name, dataset }) => {
    const revised = day(dataset.updated);
    const page = (path: string, lastmod: string | undefined): SitemapUrl =>
      lastmod === undefined ? { loc: `${site}${path}` } : { loc: `${site}${path}`, lastmod };
    return [
      page(datasetPagePath(name, defaultName), revised),
      ...dataset.events.map((event) => {
        const changed = event.updated ?? event.added;
        return page(
          eventPagePath(name, event.id, defaultName),
          changed === undefined ? revised : day(changed),
        );
      }),
    ];
  });
}
