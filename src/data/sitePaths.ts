// Where the build publishes each dataset's pages, feeds and social cards, relative to the
// site's root. One scheme for the build (scripts/prerender/, scripts/vite-feeds.ts), the
// app (which reads a page's dataset and event from its path) and the share dialog.
//
//   /                         the bundled dataset     /e/<event>/             its events
//   /t/<name>/                any other dataset       /t/<name>/<event>/      its events
//   /t/<name>/feed.xml|json   every dataset's feeds   /feed.xml|json          the bundled one's
//   /cards/<name>.png         a dataset's card        /cards/<name>/<event>.png
//
// <name> is the file name in data/ without ".json" (an edition may carry a dotted language:
// "x.es"); <event> is an event id, a slug, so no page can collide with a feed's file name.
import { DEFAULT_DATASET } from "./datasetUrl.ts";

/** The bundled dataset's file name without ".json". */
export const DEFAULT_NAME = DEFAULT_DATASET.slice("data/".length, -".json".length);

const NAME = "[a-z0-9-]+(?:\\.[a-z0-9-]+)*";
const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** The dataset file a name stands for. */
export function dataPath(name: string): string {
  return `data/${name}.json`;
}

/** A dataset's page. */
export function datasetPagePath(name: string, defaultName = DEFAULT_NAME): string {
  return name === defaultName ? "" : `t/${name}/`;
}

/** An event's page. */
export function eventPagePath(name: string, eventId: string, defaultName = DEFAULT_NAME): string {
  return name === defaultName ? `e/${eventId}/` : `t/${name}/${eventId}/`;
}

/**
 * A dataset's feeds: its own, and for the bundled dataset also the site's. The first of
 * each list is the feed's own address (its id, and `rel="self"` in it).
 */
export function feedPaths(
  name: string,
  defaultName = DEFAULT_NAME,
): { atom: string[]; json: string[] } {
  const own = `t/${name}/feed`;
  const paths = name === defaultName ? [own, "feed"] : [own];
  return { atom: paths.map((p) => `${p}.xml`), json: paths.map((p) => `${p}.json`) };
}

/** The 1200×630 social card of a dataset's page, or of one of its events' pages. */
export function socialCardPath(name: string, eventId: string | null = null): string {
  return eventId === null ? `cards/${name}.png` : `cards/${name}/${eventId}.png`;
}

/** The dataset's name when `dataUrl` is a file in this site's data folder, else null. */
export function publishedName(dataUrl: string, site: string): string | null {
  const folder = new URL("data/", site).href;
  if (!dataUrl.startsWith(folder)) return null;
  return new RegExp(`^(${NAME})\\.json$`).exec(dataUrl.slice(folder.length))?.[1] ?? null;
}

/**
 * What a page's path says it shows: a dataset (as a site-root path such as
 * "/data/x.json") and an event, each null when the path names none. A path outside the
 * scheme names nothing: the page then shows what its query asks for, as "/" does.
 */
export function pageFromPath(
  pathname: string,
  defaultName = DEFAULT_NAME,
): { data: string | null; event: string | null } {
  const event = new RegExp(`^/e/(${SLUG})/?$`).exec(pathname);
  if (event !== null) return { data: `/${dataPath(defaultName)}`, event: event[1] ?? null };
  const page = new RegExp(`^/t/(${NAME})/(?:(${SLUG})/?)?$`).exec(pathname);
  if (page === null) return { data: null, event: null };
  return { data: `/${dataPath(page[1] ?? "")}`, event: page[2] ?? null };
}

/** An event's own page, when the dataset at `dataUrl` is published with the site at `site`. */
export function publishedEventPage(
  dataUrl: string | null,
  eventId: string,
  site: string,
): string | null {
  const name = dataUrl === null ? null : publishedName(dataUrl, site);
  return name === null ? null : new URL(eventPagePath(name, eventId), site).href;
}
