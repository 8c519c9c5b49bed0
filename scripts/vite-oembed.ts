// Discovery for embedders: a static oEmbed answer per published dataset at
// /oembed/<name>.json, and the full page's social card (Open Graph, Twitter) and oEmbed link,
// filled in from the bundled dataset so that nobody copies its title by hand.
//
// oEmbed and social cards need absolute URLs, which a static build cannot guess: set
// SITE_URL (say https://timeline.example.org/) when building for production.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { HtmlTagDescriptor, Plugin } from "vite";
import { DEFAULT_NAME, socialCardPath } from "../src/data/sitePaths.ts";
import { en } from "../src/i18n/catalogs/en.ts";
import { enLater } from "../src/i18n/catalogs/enLater.ts";
import { createTranslator } from "../src/i18n/translator.ts";
import {
  DEFAULT_IFRAME_HEIGHT,
  frameTitle,
  iframeSnippet,
  type EmbedSpec,
} from "../src/timeline/embedCode.ts";

const DATA_DIR = "data";
/** Build-time pages and oEmbed answers are written in English (the embed's frame title). */
const ENGLISH = createTranslator("en", { ...en, ...enLater });
export const PROVIDER_NAME = "Rumor Timeline";
export const LOCAL_SITE = "http://localhost:4173/";
/** Each dataset's card (vite-site-files.ts draws it); the page's is the bundled dataset's. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 };
/** What the social card shows, for people who cannot see it. */
export const SOCIAL_IMAGE_ALT =
  "The timeline's title and first sentence, its span of dates and number of events, and its events as dots on a line.";
/** oEmbed's frame: a common article column and the story box's default height. */
export const OEMBED_SIZE = { width: 640, height: DEFAULT_IFRAME_HEIGHT };

interface DatasetInfo {
  /** File name without `.json`. */
  name: string;
  title: string;
  summary: string;
}

/** The site's public root URL (ending in "/") from SITE_URL, or the local one with a warning. */
export function siteUrl(env: string | undefined): { url: string; fromEnv: boolean } {
  if (env === undefined || env.trim() === "") return { url: LOCAL_SITE, fromEnv: false };
  const url = new URL(env.trim());
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL must be an http(s) URL, not ${url.protocol}`);
  }
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return { url: url.href, fromEnv: true };
}

/** The published datasets (data/*.json except the schema), with what oEmbed needs of each. */
export function readDatasets(dir = DATA_DIR): DatasetInfo[] {
  const out: DatasetInfo[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".json") || file === "schema.json") continue;
    const value: unknown = JSON.parse(readFileSync(join(dir, file), "utf8"));
    if (typeof value !== "object" || value === null) continue;
    const { title, summary } = value as Record<string, unknown>;
    if (typeof title !== "string" || typeof summary !== "string") continue;
    out.push({ name: file.slice(0, -".json".length), title, summary });
  }
  return out;
}

/** The dataset name a dev-server request asks for (`/oembed/<name>.json`), or undefined. */
export function requestedOembed(url: string | undefined): string | undefined {
  return /^\/oembed\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.json(?:\?.*)?$/.exec(url ?? "")?.[1];
}

/** The oEmbed 1.0 answer (type "rich") for one dataset: the plain iframe form of the embed. */
export function oembedFor(dataset: DatasetInfo, site: string): Record<string, unknown> {
  const spec: EmbedSpec = {
    site,
    data: `${site}data/${dataset.name}.json`,
    title: dataset.title,
    event: null,
    theme: "auto",
    view: "",
  };
  return {
    version: "1.0",
    type: "rich",
    provider_name: PROVIDER_NAME,
    provider_url: site,
    title: dataset.title,
    html: iframeSnippet(spec, ENGLISH, OEMBED_SIZE.height),
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
    thumbnail_url: `${site}${socialCardPath(dataset.name)}`,
    thumbnail_width: SOCIAL_IMAGE.width,
    thumbnail_height: SOCIAL_IMAGE.height,
    cache_age: 86400,
  };
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** What a page's preview shows when it is shared (Open Graph, Twitter) and its oEmbed link. */
export interface PageCard {
  title: string;
  description: string;
  url: string;
  image: string;
  imageAlt: string;
  oembed?: { href: string; title: string };
}

/** Social card and oEmbed discovery tags for a page. */
export function socialTags(card: PageCard): HtmlTagDescriptor[] {
  const description = clip(card.description, 200);
  const meta = (key: "name" | "property", name: string, content: string): HtmlTagDescriptor => ({
    tag: "meta",
    attrs: { [key]: name, content },
    injectTo: "head",
  });
  const tags: HtmlTagDescriptor[] = [
    meta("name", "description", description),
    meta("property", "og:type", "website"),
    meta("property", "og:site_name", PROVIDER_NAME),
    meta("property", "og:title", card.title),
    meta("property", "og:description", description),
    meta("property", "og:url", card.url),
    meta("property", "og:image", card.image),
    meta("property", "og:image:width", String(SOCIAL_IMAGE.width)),
    meta("property", "og:image:height", String(SOCIAL_IMAGE.height)),
    meta("property", "og:image:alt", card.imageAlt),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", card.title),
    meta("name", "twitter:description", description),
    meta("name", "twitter:image", card.image),
    meta("name", "twitter:image:alt", card.imageAlt),
  ];
  if (card.oembed !== undefined) {
    tags.push({
      tag: "link",
      attrs: { rel: "alternate", type: "application/json+oembed", ...card.oembed },
      injectTo: "head",
    });
  }
  return tags;
}

/** The oEmbed discovery link's target and title for a dataset. */
export function oembedLink(dataset: DatasetInfo, site: string): { href: string; title: string } {
  return { href: `${site}oembed/${dataset.name}.json`, title: frameTitle(dataset.title, ENGLISH) };
}

/** Social card and oEmbed discovery tags for the full page (which shows the bundled dataset). */
export function headTags(dataset: DatasetInfo | undefined, site: string): HtmlTagDescriptor[] {
  return socialTags({
    title: dataset === undefined ? PROVIDER_NAME : `${dataset.title} · ${PROVIDER_NAME}`,
    description:
      dataset?.summary ??
      "A sourced, interactive timeline of a rumor: who said what, when, and how sure anyone is.",
    url: site,
    image: `${site}${socialCardPath(DEFAULT_NAME)}`,
    imageAlt: SOCIAL_IMAGE_ALT,
    ...(dataset === undefined ? {} : { oembed: oembedLink(dataset, site) }),
  });
}

/** The bundled dataset's name in data/ (without `.json`): the full page shows it. */
export { DEFAULT_NAME };

export function oembed(): Plugin {
  let site = LOCAL_SITE;
  let serving = false;
  return {
    name: "rumor-timeline:oembed",
    configResolved(config) {
      serving = config.command === "serve";
      const resolved = siteUrl(process.env.SITE_URL);
      site = resolved.url;
      if (!resolved.fromEnv && !serving) {
        config.logger.warn(
          `SITE_URL is not set: oEmbed answers, social cards and feeds point at ${LOCAL_SITE}. ` +
            "Build with SITE_URL=https://your.site/ for production.",
        );
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = requestedOembed(request.url);
        const dataset = readDatasets().find((d) => d.name === name);
        if (dataset === undefined) return next();
        const host = request.headers.host ?? "localhost:5173";
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.end(JSON.stringify(oembedFor(dataset, `http://${host}/`), null, 2));
      });
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        // embed.html is not a page to share; only the full page gets the card.
        if (!context.path.endsWith("/index.html") && context.path !== "/") return;
        const dataset = readDatasets().find((d) => d.name === DEFAULT_NAME);
        return headTags(dataset, site);
      },
    },
    generateBundle() {
      for (const dataset of readDatasets()) {
        this.emitFile({
          type: "asset",
          fileName: `oembed/${dataset.name}.json`,
          source: `${JSON.stringify(oembedFor(dataset, site), null, 2)}\n`,
        });
      }
    },
  };
}
