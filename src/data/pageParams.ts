// A page's parameters: its query, and what its path says when the path is one of the
// build's prerendered pages (sitePaths.ts): /t/<name>/ names a dataset, /e/<event>/ and
// /t/<name>/<event>/ an event too. The query wins, so `?data=` and `?event=` keep working
// on any page.
import { resolveDatasetUrl } from "./datasetUrl.ts";
import { pageFromPath } from "./sitePaths.ts";

export function pageParams(location: Pick<Location, "pathname" | "search"> = window.location) {
  const params = new URLSearchParams(location.search);
  const implied = pageFromPath(location.pathname);
  if (implied.data !== null && !params.has("data")) params.set("data", implied.data);
  if (implied.event !== null && !params.has("event")) params.set("event", implied.event);
  return params;
}

/** `pageParams` as a query string ("" or "?…"), for code that parses one. */
export function pageSearch(location: Pick<Location, "pathname" | "search"> = window.location) {
  const search = pageParams(location).toString();
  return search === "" ? "" : `?${search}`;
}

/** The site's root for links that must not depend on the page's own path. */
export function siteRoot(location: Pick<Location, "href"> = window.location): string {
  return new URL("/", location.href).href;
}

/** The address of the dataset this page shows, as the page resolves it; null when invalid. */
export function pageDatasetUrl(location: Location = window.location): string | null {
  const resolved = resolveDatasetUrl(
    pageParams(location).get("data"),
    location.href,
    "data",
    navigator.languages,
  );
  return resolved.ok ? resolved.url.href : null;
}
