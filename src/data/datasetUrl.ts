// Decides which dataset URL a page may load from `?data=`: http(s) anywhere, or a path on
// this site. Anything else (javascript:, data:, file:, protocol-relative tricks) is refused.
import { chooseLanguage, type Language } from "../i18n/languages.ts";

export const DEFAULT_DATASET = "data/de-armas-cruise-2025.json";

/**
 * The bundled dataset's other editions: a reader whose interface language has one gets it
 * when the link names no dataset. public/boot.js chooses the same way (a test
 * checks).
 */
export const DEFAULT_EDITIONS: Readonly<Partial<Record<Language, string>>> = {
  es: "data/de-armas-cruise-2025.es.json",
};

/** The bundled dataset in the edition for the page's `?lang=` or the reader's languages. */
export function defaultDataset(page: URL, readerLanguages: readonly string[]): string {
  const language = chooseLanguage({
    param: page.searchParams.get("lang"),
    reader: readerLanguages,
  });
  return DEFAULT_EDITIONS[language] ?? DEFAULT_DATASET;
}

export type DatasetUrlResult =
  { ok: true; url: URL; crossOrigin: boolean } | { ok: false; message: string };

export function resolveDatasetUrl(
  param: string | null,
  pageUrl: string,
  name = "data",
  readerLanguages: readonly string[] = [],
): DatasetUrlResult {
  const page = new URL(pageUrl);
  const raw =
    param === null || param.trim() === "" ? defaultDataset(page, readerLanguages) : param.trim();
  if (!URL.canParse(raw, page)) {
    return { ok: false, message: `The ${name} parameter "${clip(raw)}" is not a valid URL.` };
  }
  const url = new URL(raw, page);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      message: `The ${name} parameter must be an http(s) URL or a path on this site; "${clip(raw)}" uses ${url.protocol}`,
    };
  }
  return { ok: true, url, crossOrigin: url.origin !== page.origin };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * `?base=`: the dataset a spreadsheet named by `?data=` takes its title, people and claims
 * from (see loadSheet.ts). Null when the page names none.
 */
export function resolveBaseUrl(pageUrl: string): DatasetUrlResult | null {
  const param = new URL(pageUrl).searchParams.get("base");
  if (param === null || param.trim() === "") return null;
  return resolveDatasetUrl(param, pageUrl, "base");
}
