// Decides which dataset URL a page may load from `?data=`: http(s) anywhere, or a path on
// this site. Anything else (javascript:, data:, file:, protocol-relative tricks) is refused.
export const DEFAULT_DATASET = "data/de-armas-cruise-2025.json";

export type DatasetUrlResult =
  { ok: true; url: URL; crossOrigin: boolean } | { ok: false; message: string };

export function resolveDatasetUrl(
  param: string | null,
  pageUrl: string,
  name = "data",
): DatasetUrlResult {
  const page = new URL(pageUrl);
  const raw = param === null || param.trim() === "" ? DEFAULT_DATASET : param.trim();
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
