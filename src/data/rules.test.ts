import { afterEach, describe, expect, it, vi } from "vitest";
import { isHttpUrl, urlProblem } from "./rules.ts";

describe("isHttpUrl", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("accepts absolute http(s) URLs", () => {
    for (const url of [
      "https://www.bbc.co.uk/news/entertainment-arts-1",
      "http://example.org/a?q=1#top",
      "https://xn--caf-dma.example/%20spaced",
      "https://example.org:8443/",
    ]) {
      expect(isHttpUrl(url), url).toBe(true);
    }
  });

  // https://www.bbc.co.uk@evil.example/ shows the BBC's name and opens evil.example.
  it("refuses a user name or password, which can pass one site off as another", () => {
    for (const url of [
      "https://www.bbc.co.uk@evil.example/story",
      "https://user:secret@example.org/",
      "https://:secret@example.org/",
      "http://www.people.com:80@evil.example/",
      "https:www.bbc.co.uk@evil.example/",
    ]) {
      expect(isHttpUrl(url), url).toBe(false);
      expect(urlProblem(url), url).toMatch(/user name or password/);
    }
  });

  it("refuses whitespace and control characters anywhere, which parsers drop or keep differently", () => {
    for (const url of [
      "https://exa mple.com/",
      "https://example.com/a b",
      " https://example.com/",
      "https://example.com/\n",
      "https://exa\tmple.com/",
      "https://example.com/\u00a0",
      "https://example.com/\u0000",
      "https://example.com/\u007f",
    ]) {
      expect(isHttpUrl(url), JSON.stringify(url)).toBe(false);
      expect(urlProblem(url), JSON.stringify(url)).toMatch(/spaces or control characters/);
    }
  });

  // The page decides with the browser's URL parser, the CLI with Node's; the verdict must
  // not depend on which one accepts a space in a host name.
  it("gives the same verdict with a URL parser that accepts a space in the host", () => {
    class LenientUrl {
      readonly protocol: string;
      readonly username = "";
      readonly password = "";
      constructor(value: string) {
        this.protocol = /^[a-z]+:/i.exec(value)?.[0].toLowerCase() ?? "";
      }
      static canParse(value: string): boolean {
        return /^[a-z]+:/i.test(value);
      }
    }
    vi.stubGlobal("URL", LenientUrl);
    expect(isHttpUrl("https://exa mple.com/")).toBe(false);
    expect(isHttpUrl("https://www.bbc.co.uk@evil.example/")).toBe(false);
    expect(isHttpUrl("https://example.com/")).toBe(true);
  });

  it("refuses other schemes and relative URLs", () => {
    for (const url of ["javascript:alert(1)", "ftp://example.org/", "//example.org/", "/a", ""]) {
      expect(isHttpUrl(url), url).toBe(false);
      expect(urlProblem(url), url).toBe("must be an absolute http(s) URL");
    }
  });
});
