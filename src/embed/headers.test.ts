// The deployment headers in public/_headers: a strict Content-Security-Policy that the pages
// can live with (no inline code), framing rules, caching and CORS.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

/** Header values by path, from the Netlify / Cloudflare Pages `_headers` format. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!line.startsWith(" ")) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current !== null) {
      const colon = line.indexOf(":");
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

const headers = parseHeaders(read("public/_headers"));
const csp = (path: string) => headers.get(path)?.get("content-security-policy") ?? "";

describe("public/_headers", () => {
  it("allows scripts and styles from the site only, and the pages need nothing else", () => {
    for (const path of ["/", "/index.html", "/embed", "/embed.html"]) {
      expect(csp(path)).toContain("script-src 'self';");
      expect(csp(path)).toContain("style-src 'self';");
    }
    for (const page of ["index.html", "embed.html"]) {
      const html = read(page);
      expect(html, `${page}: inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, `${page}: inline style`).not.toMatch(/<style|\sstyle=/);
    }
  });

  it("lets any page frame the embed, and only the site frame the full page", () => {
    expect(csp("/embed.html")).toMatch(/frame-ancestors \*$/);
    expect(csp("/embed")).toBe(csp("/embed.html"));
    expect(csp("/")).toContain("frame-ancestors 'self'");
    expect(csp("/index.html")).toBe(csp("/"));
    // Prerendered pages (an event's, another dataset's) are the full page.
    expect(csp("/e/*")).toBe(csp("/"));
    expect(csp("/t/*")).toBe(csp("/"));
  });

  it("never sets a policy on paths that also match another policy", () => {
    const withPolicy = [...headers].filter(([, values]) => values.has("content-security-policy"));
    expect(withPolicy.map(([path]) => path).sort()).toEqual([
      "/",
      "/e/*",
      "/embed",
      "/embed.html",
      "/index.html",
      "/t/*",
    ]);
  });

  it("caches hashed assets for ever and lets other origins read datasets and feeds", () => {
    expect(headers.get("/assets/*")?.get("cache-control")).toContain("immutable");
    expect(headers.get("/data/*")?.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("/embed.js")?.get("cache-control")).not.toContain("immutable");
    for (const feeds of ["/feed.xml", "/feed.json", "/t/*"]) {
      expect(headers.get(feeds)?.get("access-control-allow-origin")).toBe("*");
      expect(headers.get(feeds)?.get("cache-control")).toContain("max-age=300");
    }
  });
});
