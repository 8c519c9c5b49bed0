import { runInNewContext } from "node:vm";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET, DEFAULT_EDITIONS, resolveDatasetUrl } from "./datasetUrl.ts";
import { pageParams } from "./pageParams.ts";

const PAGE = "https://timeline.example/app/?data=x";

describe("resolveDatasetUrl", () => {
  it("defaults to the bundled dataset", () => {
    const result = resolveDatasetUrl(null, PAGE);
    expect(result).toMatchObject({ ok: true, crossOrigin: false });
    expect(result.ok && result.url.href).toBe(`https://timeline.example/app/${DEFAULT_DATASET}`);
  });

  it("accepts same-site paths and http(s) URLs, flagging other origins", () => {
    expect(resolveDatasetUrl("/data/other.json", PAGE)).toMatchObject({
      ok: true,
      crossOrigin: false,
    });
    const foreign = resolveDatasetUrl("https://news.example/t.json", PAGE);
    expect(foreign).toMatchObject({ ok: true, crossOrigin: true });
  });

  it.each([
    "javascript:alert(1)",
    "data:application/json,{}",
    "file:///etc/passwd",
    "ftp://x/y.json",
  ])("refuses %s", (param) => {
    const result = resolveDatasetUrl(param, PAGE);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/http\(s\) URL or a path on this site/),
    });
  });

  it("treats protocol-relative URLs as the other host they name", () => {
    expect(resolveDatasetUrl("//evil.example/x.json", PAGE)).toMatchObject({
      ok: true,
      crossOrigin: true,
    });
  });
});

const APP = "https://timeline.example/app/";
const SITE = "https://timeline.example/";

describe("the bundled dataset's editions", () => {
  it("gives a Spanish reader the Spanish edition, unless the link names a dataset", () => {
    const href = (page: string, reader: string[], data: string | null = null) => {
      const result = resolveDatasetUrl(data, page, "data", reader);
      return result.ok ? result.url.pathname : result.message;
    };
    expect(href(APP, ["es-MX", "en"])).toBe(`/app/${DEFAULT_EDITIONS.es}`);
    expect(href(APP, ["en-GB", "es"])).toBe(`/app/${DEFAULT_DATASET}`);
    expect(href(`${APP}?lang=es`, ["en-US"])).toBe(`/app/${DEFAULT_EDITIONS.es}`);
    expect(href(`${APP}?lang=en`, ["es"])).toBe(`/app/${DEFAULT_DATASET}`);
    expect(href(APP, ["el", "es"])).toBe(`/app/${DEFAULT_EDITIONS.es}`);
    expect(href(APP, ["es"], "/data/other.json")).toBe("/data/other.json");
  });
});

describe("public/boot.js and public/data-prefetch.js", () => {
  const bootScript = readFileSync(new URL("../../public/boot.js", import.meta.url), "utf8");
  const prefetchScript = readFileSync(
    new URL("../../public/data-prefetch.js", import.meta.url),
    "utf8",
  );

  /**
   * What the two scripts do for a page and a reader's languages, in the order the page runs
   * them; `appAsked` runs the (async) prefetch script after the app took its place.
   */
  function boot(
    page: string,
    languages: string[],
    appAsked = false,
  ): { href: string | undefined; marked: boolean; fetches: number } {
    const window: { __rumorPrefetch?: { href: string } | null } = appAsked
      ? { __rumorPrefetch: null }
      : {};
    const marks = new Set<string>();
    let fetches = 0;
    const context = {
      window,
      document: { documentElement: { setAttribute: (name: string) => marks.add(name) } },
      location: new URL(page),
      navigator: { languages },
      URL,
      URLSearchParams,
      fetch: () => {
        fetches++;
        return new Promise(() => undefined);
      },
    };
    runInNewContext(bootScript, context);
    runInNewContext(prefetchScript, context);
    return {
      href: window.__rumorPrefetch?.href,
      marked: marks.has("data-other-dataset"),
      fetches,
    };
  }

  /** The URL the boot script starts fetching for a page and a reader's languages. */
  function prefetched(page: string, languages: string[]): string | undefined {
    return boot(page, languages).href;
  }

  it("marks a page whose prerendered story is not the dataset it will show", () => {
    expect(boot(SITE, ["en"]).marked).toBe(false);
    expect(boot(`${SITE}e/london-dinner/`, ["es"]).marked).toBe(false);
    expect(boot(`${SITE}t/de-armas-cruise-2025.es/`, ["en"]).marked).toBe(false);
    expect(boot(SITE, ["es"]).marked).toBe(true);
    expect(boot(`${SITE}?data=/data/other.json`, []).marked).toBe(true);
    expect(boot(`${SITE}?data=https://elsewhere.example/x.json`, []).marked).toBe(true);
  });

  it("downloads nothing when the app asked before the prefetch script ran", () => {
    expect(boot(SITE, ["en"]).fetches).toBe(1);
    expect(boot(SITE, ["en"], true).fetches).toBe(0);
  });

  it("prefetches the same default dataset, in the same edition, as the app loads", () => {
    const cases: [string, string[]][] = [
      [APP, []],
      [APP, ["en-US"]],
      [APP, ["es-ES", "en"]],
      [APP, ["el", "ES"]],
      [APP, ["pt_BR", "es"]],
      [`${APP}?lang=es`, ["de"]],
      [`${APP}?lang=xx`, ["es"]],
      [`${APP}?lang=fr`, ["es"]],
      [`${SITE}e/london-dinner/`, ["es"]],
      [`${SITE}t/de-armas-cruise-2025.es/`, ["en"]],
      [`${SITE}t/de-armas-cruise-2025.es/london-dinner/`, []],
      [`${SITE}t/other/x/?data=/data/y.json`, []],
      [`${SITE}t/other/x/y/`, []],
    ];
    for (const [page, languages] of cases) {
      const app = resolveDatasetUrl(pageParams(new URL(page)).get("data"), page, "data", languages);
      expect(prefetched(page, languages), `${page} ${languages.join(",")}`).toBe(
        app.ok ? app.url.href : undefined,
      );
    }
  });
});
