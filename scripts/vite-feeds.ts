// Feeds for readers who follow a timeline: an Atom feed and a JSON Feed 1.1 per published
// dataset at /t/<name>/feed.xml and /t/<name>/feed.json, the bundled one's also at
// /feed.xml and /feed.json, and the full page's links to them (<link rel="alternate">, no
// script). What an entry is: feeds.ts. Absolute URLs come from SITE_URL, read as
// vite-oembed.ts reads it (and warns, once, when it is missing).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { HtmlTagDescriptor, Plugin } from "vite";
import { fastValidate } from "../src/data/fastPath.ts";
import { atomFeed, jsonFeed } from "./feedDocuments.ts";
import { feedPaths } from "../src/data/sitePaths.ts";
import { ATOM_TYPE, JSON_FEED_TYPE, type FeedEdition, type FeedSite } from "./feeds.ts";
import { readDatasetFile } from "./readInput.ts";
import { DEFAULT_NAME, LOCAL_SITE, siteUrl } from "./vite-oembed.ts";

const DATA_DIR = "data";

/** A published dataset by its file name (without `.json`), checked; throws when it is not valid. */
export function readEdition(name: string, dir = DATA_DIR): FeedEdition {
  const file = join(dir, `${name}.json`);
  const read = readDatasetFile(file);
  if (!read.ok) throw new Error(read.message);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    value = undefined;
  }
  const dataset = fastValidate(value);
  if (dataset === null) {
    throw new Error(`${file} is not a valid dataset; npm run validate says what is wrong`);
  }
  return { name, dataset };
}

/** Every published dataset (data/*.json but the schema), in file name order. */
export function readEditions(dir = DATA_DIR): FeedEdition[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json") && file !== "schema.json")
    .sort()
    .map((file) => readEdition(file.slice(0, -".json".length), dir));
}

/** Every feed file of the given datasets: its path in the build and its text. */
export function feedFiles(
  editions: readonly FeedEdition[],
  where: FeedSite,
): { fileName: string; source: string }[] {
  return editions.flatMap((edition) => {
    const paths = feedPaths(edition.name, where.defaultName);
    return [
      ...paths.atom.map((path) => ({ fileName: path, source: atomFeed(edition, where, path) })),
      ...paths.json.map((path) => ({ fileName: path, source: jsonFeed(edition, where, path) })),
    ];
  });
}

/**
 * The feed a dev-server request asks for: the dataset's name (the bundled one's for
 * `/feed.xml`) and which format, or undefined.
 */
export function requestedFeed(
  url: string | undefined,
  defaultName: string,
): { name: string; format: "atom" | "json"; path: string } | undefined {
  const match = /^\/(?:t\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)\/)?feed\.(xml|json)(?:\?.*)?$/.exec(
    url ?? "",
  );
  if (match === null) return undefined;
  const [, name, extension] = match;
  return {
    name: name ?? defaultName,
    format: extension === "xml" ? "atom" : "json",
    path: name === undefined ? `feed.${extension}` : `t/${name}/feed.${extension}`,
  };
}

/**
 * A page's links to a dataset's feeds: by default the site's own (the bundled dataset's),
 * or the feeds `paths` names (feedPaths()).
 */
export function feedLinks(
  title: string,
  site: string,
  paths: { atom: readonly string[]; json: readonly string[] } = {
    atom: ["feed.xml"],
    json: ["feed.json"],
  },
): HtmlTagDescriptor[] {
  const link = (type: string, path: string, format: string): HtmlTagDescriptor => ({
    tag: "link",
    attrs: { rel: "alternate", type, href: `${site}${path}`, title: `${title} (${format})` },
    injectTo: "head",
  });
  return [
    link(ATOM_TYPE, paths.atom[0] ?? "", "Atom"),
    link(JSON_FEED_TYPE, paths.json[0] ?? "", "JSON Feed"),
  ];
}

export function feeds(): Plugin {
  let site = LOCAL_SITE;
  return {
    name: "rumor-timeline:feeds",
    configResolved() {
      site = siteUrl(process.env.SITE_URL).url;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const wanted = requestedFeed(request.url, DEFAULT_NAME);
        if (wanted === undefined) return next();
        let edition: FeedEdition;
        try {
          edition = readEdition(wanted.name);
        } catch {
          return next();
        }
        const host = request.headers.host ?? "localhost:5173";
        const where = { site: `http://${host}/`, defaultName: DEFAULT_NAME };
        const atom = wanted.format === "atom";
        response.setHeader("Content-Type", `${atom ? ATOM_TYPE : JSON_FEED_TYPE}; charset=utf-8`);
        response.end(
          atom ? atomFeed(edition, where, wanted.path) : jsonFeed(edition, where, wanted.path),
        );
      });
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        // The full page only: embed.html is not a page to follow.
        if (!context.path.endsWith("/index.html") && context.path !== "/") return;
        return feedLinks(readEdition(DEFAULT_NAME).dataset.title, site);
      },
    },
    generateBundle() {
      for (const file of feedFiles(readEditions(), { site, defaultName: DEFAULT_NAME })) {
        this.emitFile({ type: "asset", ...file });
      }
    },
  };
}
