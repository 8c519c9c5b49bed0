import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET, resolveDatasetUrl } from "./datasetUrl.ts";

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

describe("public/data-prefetch.js", () => {
  it("prefetches the same default dataset the app loads", () => {
    const script = readFileSync(new URL("../../public/data-prefetch.js", import.meta.url), "utf8");
    expect(script).toContain(`"${DEFAULT_DATASET}"`);
  });
});
