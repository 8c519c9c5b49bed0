import { describe, expect, it } from "vitest";
import { HTML_ALONE_PATH, htmlAlone } from "./htmlAlone.ts";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <script src="/boot.js"></script>
    <script async src="/data-prefetch.js"></script>
    <script type="module" crossorigin src="/assets/index-Dl5j9bbg.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework-DRcRUB9G.js">
    <link rel="stylesheet" crossorigin href="/assets/styles-B_WhL1qc.css">
    <script type="application/ld+json">{"@type":"Article"}</script>
  </head>
  <body><div id="root"><main class="static-page"><h1>Story</h1></main></div>
  <SCRIPT>window.inline = 1</SCRIPT></body>
</html>`;

describe("htmlAlone", () => {
  const alone = htmlAlone(PAGE);

  it("takes out every script the browser would run and every module preload", () => {
    expect(alone).not.toMatch(/boot\.js|data-prefetch|index-Dl5j9bbg|framework-DRcRUB9G/);
    expect(alone).not.toMatch(/window\.inline/);
  });

  it("keeps the HTML, the stylesheet and the JSON-LD, which nothing runs", () => {
    expect(alone).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/styles-B_WhL1qc.css">',
    );
    expect(alone).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
    expect(alone).toContain('<main class="static-page"><h1>Story</h1></main>');
  });

  it("refuses a page that is not prerendered, whose paint would measure nothing", () => {
    expect(() => htmlAlone('<div id="root"></div><script src="/a.js"></script>')).toThrow(
      /prerendered page/,
    );
  });

  it("is served beside the floor page", () => {
    expect(HTML_ALONE_PATH).toBe("/bench/html-alone.html");
  });
});
