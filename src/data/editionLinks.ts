// A dataset lists its other editions (`translations`); the page links to each as the page
// it would be: the same view (open event, filters), that edition's file, and the
// interface in its language when the page speaks it. The same links name the editions to
// search engines (<link rel="alternate" hreflang>).
import { matchLanguage } from "../i18n/languages.ts";
import { resolveDatasetUrl } from "./datasetUrl.ts";
import type { Translation } from "./model.ts";

export interface EditionLink {
  /** The edition's language, a BCP 47 tag as the dataset wrote it. */
  language: string;
  /** The page showing that edition. */
  href: string;
}

/**
 * The page `page` shows for the edition at `file` in `language`. A path on this site is
 * written as a path, and dropped where the page would choose that edition by itself (the
 * bundled dataset's edition for `?lang=`).
 */
export function pageForEdition(page: URL, file: URL, language: string): string {
  const next = new URL(page.href);
  next.hash = "";
  const interfaceLanguage = matchLanguage(language);
  if (interfaceLanguage !== null) next.searchParams.set("lang", interfaceLanguage);
  next.searchParams.set(
    "data",
    file.origin === page.origin ? file.pathname + file.search : file.href,
  );
  if (!page.searchParams.has("data")) {
    const without = new URL(next.href);
    without.searchParams.delete("data");
    const chosen = resolveDatasetUrl(null, without.href);
    if (chosen.ok && chosen.url.href === file.href) return without.href;
  }
  return next.href;
}

/** Links to the other editions of the dataset at `datasetUrl`, in the order listed. */
export function editionLinks(
  translations: readonly Translation[],
  datasetUrl: URL,
  page: URL,
): EditionLink[] {
  return translations.flatMap(({ language, url }) => {
    // Validated already (an http(s) URL or a path relative to the dataset's file).
    if (!URL.canParse(url, datasetUrl)) return [];
    const file = new URL(url, datasetUrl);
    if (file.protocol !== "http:" && file.protocol !== "https:") return [];
    return [{ language, href: pageForEdition(page, file, language) }];
  });
}
