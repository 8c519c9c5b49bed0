import { describe, expect, it } from "vitest";
import {
  collectFirstLoad,
  cssImports,
  initialReferences,
  resolveInBuild,
  staticImports,
  workerScripts,
} from "./firstLoad.ts";

// A small fake build in the shape Vite emits.
const DIST: Record<string, string> = {
  "assets/index-a1.js":
    'import{j as e}from"./vendor-b2.js";import"./polyfill-c3.js";' +
    'const l=()=>import("./lazy-d4.js");' +
    'const m=__vite__mapDeps([0,1]),d=["assets/lazy-d4.js","assets/lazy-e5.css"];e(l,m,d);' +
    "const w=()=>new Worker(new URL(`/assets/worker-l2.js`,``+import.meta.url),{type:`module`});",
  "assets/worker-l2.js": 'import{x}from"./shared-f6.js";import"./worker-dep-m3.js";',
  "assets/worker-dep-m3.js": "export{};",
  "assets/vendor-b2.js": 'export{x as j}from"./shared-f6.js";',
  "assets/shared-f6.js": "export const x=1;",
  "assets/polyfill-c3.js": "console.log(1);",
  "assets/lazy-d4.js": 'import"./never-g7.js";',
  "assets/lazy-e5.css": "a{color:red}",
  "assets/index-h8.css": '@import url("./fonts-i9.css");body{margin:0}',
  "assets/fonts-i9.css": "@font-face{font-family:x}",
  "assets/embed-j0.js": 'import{j}from"./vendor-b2.js";',
  "assets/old-k1.js": "legacy()",
};

const INDEX_HTML = `<!doctype html>
<html><head>
  <!-- <script type="module" src="/assets/commented-out.js"></script> -->
  <link rel="icon" href="/favicon.svg">
  <script type="module" crossorigin src="/assets/index-a1.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">
  <link rel="stylesheet" crossorigin href="/assets/index-h8.css">
  <script nomodule src="/assets/old-k1.js"></script>
  <script src="https://cdn.example.com/analytics.js"></script>
</head><body><div id="root"></div></body></html>`;

const read = (path: string) => DIST[path];

describe("initialReferences", () => {
  it("finds scripts, module preloads and stylesheets, skipping comments and nomodule", () => {
    expect(initialReferences(INDEX_HTML)).toEqual([
      { url: "/assets/index-a1.js", kind: "js" },
      { url: "/assets/vendor-b2.js", kind: "js" },
      { url: "/assets/index-h8.css", kind: "css" },
      { url: "https://cdn.example.com/analytics.js", kind: "js" },
    ]);
  });

  it("reads single-quoted and unquoted attributes and script/style preloads", () => {
    const html =
      "<SCRIPT type=module src=./a.js></SCRIPT><link href='b.css' rel='stylesheet'>" +
      '<link rel="preload" as="style" href="c.css"><link rel="preload" as="font" href="d.woff2">';
    expect(initialReferences(html)).toEqual([
      { url: "./a.js", kind: "js" },
      { url: "b.css", kind: "css" },
      { url: "c.css", kind: "css" },
    ]);
  });

  it("reads no tags inside a script's text or an attribute, and decodes entities", () => {
    const html =
      '<script>document.write("<script src=fake.js></" + "script>")</script>' +
      '<meta content="<link rel=stylesheet href=fake.css>">' +
      '<script type="module" src="/a.js?x=1&amp;y=2"></script>';
    expect(initialReferences(html)).toEqual([{ url: "/a.js?x=1&y=2", kind: "js" }]);
  });
});

describe("staticImports and cssImports", () => {
  it("keeps static imports and re-exports, not dynamic import()", () => {
    expect(staticImports(DIST["assets/index-a1.js"]!)).toEqual([
      "./vendor-b2.js",
      "./polyfill-c3.js",
    ]);
    expect(staticImports('export*from"./a.js";import x from \'../b.js\';import"react"')).toEqual([
      "./a.js",
      "../b.js",
    ]);
  });

  it("reads CSS @import in its forms", () => {
    expect(cssImports('@import "a.css";@import url(b.css);@import url( "c.css" );')).toEqual([
      "a.css",
      "b.css",
      "c.css",
    ]);
  });
});

describe("workerScripts", () => {
  it("finds the scripts of workers started with a literal URL", () => {
    expect(workerScripts(DIST["assets/index-a1.js"]!)).toEqual(["/assets/worker-l2.js"]);
    expect(
      workerScripts(
        "new Worker(new URL(\"./a.js\",import.meta.url));new SharedWorker('/b.js');new Worker(u)",
      ),
    ).toEqual(["./a.js", "/b.js"]);
  });
});

describe("resolveInBuild", () => {
  it("resolves against the referring file and rejects other origins", () => {
    expect(resolveInBuild("/assets/a.js", "index.html")).toBe("assets/a.js");
    expect(resolveInBuild("./assets/a.js?v=1", "embed/index.html")).toBe("embed/assets/a.js");
    expect(resolveInBuild("./b.js", "assets/a.js")).toBe("assets/b.js");
    expect(resolveInBuild("../c.css", "assets/js/a.js")).toBe("assets/c.css");
    expect(resolveInBuild("https://cdn.example.com/x.js", "index.html")).toBeNull();
  });
});

describe("collectFirstLoad", () => {
  it("follows static imports transitively, once each, and leaves lazy chunks and workers out", () => {
    const result = collectFirstLoad(INDEX_HTML, "index.html", read);
    expect(result.files.map((f) => f.path)).toEqual([
      "assets/index-a1.js",
      "assets/vendor-b2.js",
      "assets/index-h8.css",
      "assets/polyfill-c3.js",
      "assets/shared-f6.js",
      "assets/fonts-i9.css",
    ]);
    expect(result.files.find((f) => f.path === "assets/shared-f6.js")).toMatchObject({
      from: "assets/vendor-b2.js",
      via: "import",
    });
    // Workers are listed apart, with what they import beyond the page's own files.
    expect(result.workers).toEqual([
      { path: "assets/worker-l2.js", kind: "js", from: "assets/index-a1.js", via: "worker" },
      { path: "assets/worker-dep-m3.js", kind: "js", from: "assets/worker-l2.js", via: "import" },
    ]);
    expect(result.external).toEqual(["https://cdn.example.com/analytics.js"]);
    expect(result.missing).toEqual([]);
  });

  it("reports files the page refers to that the build lacks", () => {
    const html =
      '<script type="module" src="/assets/embed-j0.js"></script><link rel=stylesheet href=/gone.css>';
    const result = collectFirstLoad(html, "embed.html", read);
    expect(result.files.map((f) => f.path)).toEqual([
      "assets/embed-j0.js",
      "assets/vendor-b2.js",
      "assets/shared-f6.js",
    ]);
    expect(result.missing).toEqual([{ path: "gone.css", from: "(page)" }]);
  });
});
