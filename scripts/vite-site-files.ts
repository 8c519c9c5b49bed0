// The build's files for sharing and search: a social card (PNG, 1200×630) for every
// dataset's page and every event's page at sitePaths' socialCardPath, and sitemap.xml and
// robots.txt at the site's root. What a card shows: prerender/socialCard.ts; which pages
// the sitemap lists: prerender/sitemap.ts. Cards are drawn once and kept between builds
// (prerender/cardCache.ts); the build says how long drawing took only when it was slow.
import type { Plugin } from "vite";
import { socialCardPath } from "../src/data/sitePaths.ts";
import { cachedCard } from "./prerender/cardCache.ts";
import { renderSocialCard, socialCardSvg } from "./prerender/socialCard.ts";
import {
  ROBOTS_PATH,
  robotsTxt,
  SITEMAP_PATH,
  sitemapXml,
  sitePages,
} from "./prerender/sitemap.ts";
import type { FeedEdition } from "./feeds.ts";
import { readEditions } from "./vite-feeds.ts";
import { DEFAULT_NAME, LOCAL_SITE, siteUrl } from "./vite-oembed.ts";

/** Drawing that takes longer than this is worth a line in the build's output. */
const SLOW_MS = 5000;

/** Every card of the given datasets: its path in the build and its PNG. */
export async function cardFiles(
  editions: readonly FeedEdition[],
  render: (svg: string) => Promise<Buffer> = (svg) => cachedCard(svg, renderSocialCard),
): Promise<{ fileName: string; source: Buffer }[]> {
  const files: { fileName: string; source: Buffer }[] = [];
  for (const { name, dataset } of editions) {
    for (const event of [null, ...dataset.events]) {
      files.push({
        fileName: socialCardPath(name, event?.id ?? null),
        source: await render(socialCardSvg(dataset, event)),
      });
    }
  }
  return files;
}

export function siteFiles(): Plugin {
  let site = LOCAL_SITE;
  return {
    name: "rumor-timeline:site-files",
    apply: "build",
    configResolved() {
      site = siteUrl(process.env.SITE_URL).url;
    },
    async generateBundle() {
      const editions = readEditions();
      const started = performance.now();
      for (const file of await cardFiles(editions)) this.emitFile({ type: "asset", ...file });
      const took = performance.now() - started;
      if (took > SLOW_MS) {
        this.warn(`drawing the social cards took ${(took / 1000).toFixed(1)} s`);
      }
      const pages = sitePages(editions, site, DEFAULT_NAME);
      this.emitFile({ type: "asset", fileName: SITEMAP_PATH, source: sitemapXml(pages) });
      this.emitFile({ type: "asset", fileName: ROBOTS_PATH, source: robotsTxt(site) });
    },
  };
}
