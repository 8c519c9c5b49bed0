// The set of JavaScript and CSS files a built page fetches on first load: what its HTML
// loads (module and classic scripts, modulepreload, stylesheets, script/style preloads),
// then, transitively, what those files import statically. Dynamic `import()` is lazy and
// left out, and so is Vite's preload list for it (`__vite__mapDeps`), which only runs when
// the dynamic import does. Worker scripts that first-load code can start
// (`new Worker(new URL("…", import.meta.url))`, as Vite emits them) are listed apart: code
// alone cannot tell whether a page starts them on load (this app starts its dataset worker
// only for files over 1 MB). Pure: the caller supplies the HTML and a file reader.
import { Parser } from "htmlparser2";

export type AssetKind = "js" | "css";

export interface FirstLoadFile {
  /** Path inside the build folder, without a leading slash: `assets/index-abc.js`. */
  path: string;
  kind: AssetKind;
  /** What asked for it: the page, or the file that imports it or starts it as a worker. */
  from: string;
  via: "html" | "import" | "worker";
}

export interface FirstLoad {
  files: FirstLoadFile[];
  /** Worker scripts the first-load code can start, and what they import: not in `files`. */
  workers: FirstLoadFile[];
  /** Referenced on this site but not found by the reader. */
  missing: { path: string; from: string }[];
  /** Absolute URLs on other origins: fetched, but not part of this build. */
  external: string[];
}

/** Reads a file of the build by its path inside the build folder; undefined if absent. */
export type ReadFile = (path: string) => string | undefined;

/** The URLs the HTML itself asks for on load, in document order. */
export function initialReferences(html: string): { url: string; kind: AssetKind }[] {
  const found: { url: string; kind: AssetKind }[] = [];
  // A real HTML parser: comments, attribute quoting and entities, and markup-like text
  // inside a script are where a regular expression reads tags that are not there.
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === "script") {
          // `nomodule` scripts are skipped by every browser that runs module scripts.
          if (attrs.src !== undefined && !("nomodule" in attrs)) {
            found.push({ url: attrs.src, kind: "js" });
          }
          return;
        }
        const href = attrs.href;
        if (tag !== "link" || href === undefined) return;
        const rel = (attrs.rel ?? "").toLowerCase().split(/\s+/);
        const as = (attrs.as ?? "").toLowerCase();
        if (rel.includes("stylesheet") && !("disabled" in attrs)) {
          found.push({ url: href, kind: "css" });
        } else if (rel.includes("modulepreload")) {
          found.push({ url: href, kind: "js" });
        } else if (rel.includes("preload") && (as === "script" || as === "style")) {
          found.push({ url: href, kind: as === "script" ? "js" : "css" });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** Static import specifiers of a (minified) ES module: `from"./x.js"` and `import"./x.js"`. */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  // `import(` is dynamic and does not match: a quote must follow `import` directly.
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*(["'])([^"'\n]+?)\1/g)) {
    const specifier = match[2] ?? "";
    if (isRelative(specifier)) specifiers.push(specifier);
  }
  return specifiers;
}

/** Worker scripts a module starts: `new Worker(new URL("./w.js", import.meta.url))`. */
export function workerScripts(code: string): string[] {
  const specifiers: string[] = [];
  const pattern = /new\s+(?:Shared)?Worker\(\s*(?:new\s+URL\(\s*)?(["'`])([^"'`$\n]+)\1\s*[,)]/g;
  for (const match of code.matchAll(pattern)) specifiers.push(match[2] ?? "");
  return specifiers.filter((s) => s !== "");
}

/** `@import "x.css"` and `@import url(x.css)` in a stylesheet. */
export function cssImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gi)) {
    specifiers.push(match[2] ?? "");
  }
  return specifiers.filter((s) => s !== "");
}

/**
 * Every JS and CSS file the page at `htmlPath` (inside the build folder) loads at first,
 * following static imports between chunks.
 */
export function collectFirstLoad(html: string, htmlPath: string, read: ReadFile): FirstLoad {
  const result: FirstLoad = { files: [], workers: [], missing: [], external: [] };
  const seen = new Set<string>();
  const queue: FirstLoadFile[] = [];
  const workerQueue: FirstLoadFile[] = [];

  const add = (url: string, kind: AssetKind, from: string, via: FirstLoadFile["via"]) => {
    const resolved = resolveInBuild(url, from === "(page)" ? htmlPath : from);
    if (resolved === null) {
      if (!result.external.includes(url)) result.external.push(url);
      return;
    }
    if (via === "worker") {
      workerQueue.push({ path: resolved, kind, from, via });
      return;
    }
    if (seen.has(resolved)) return;
    seen.add(resolved);
    queue.push({ path: resolved, kind, from, via });
  };

  const drain = (into: FirstLoadFile[]) => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const code = read(file.path);
      if (code === undefined) {
        result.missing.push({ path: file.path, from: file.from });
        continue;
      }
      into.push(file);
      if (file.kind === "js") {
        for (const specifier of staticImports(code)) add(specifier, "js", file.path, "import");
        for (const specifier of workerScripts(code)) add(specifier, "js", file.path, "worker");
      } else {
        for (const specifier of cssImports(code)) add(specifier, "css", file.path, "import");
      }
    }
  };

  for (const ref of initialReferences(html)) add(ref.url, ref.kind, "(page)", "html");
  drain(result.files);
  // Then each worker and its own imports, leaving out what the page has already loaded.
  for (let worker = workerQueue.shift(); worker !== undefined; worker = workerQueue.shift()) {
    if (seen.has(worker.path)) continue;
    seen.add(worker.path);
    queue.push(worker);
    drain(result.workers);
  }
  return result;
}

/**
 * `url` as a path inside the build folder, resolved against the file `base` (itself a
 * path inside the build folder). Null for URLs on another origin.
 */
export function resolveInBuild(url: string, base: string): string | null {
  const origin = "http://build.invalid";
  if (!URL.canParse(url, `${origin}/${base}`)) return null;
  const resolved = new URL(url, `${origin}/${base}`);
  if (resolved.origin !== origin) return null;
  return decodeURIComponent(resolved.pathname).replace(/^\/+/, "");
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/");
}
