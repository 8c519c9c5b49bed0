// The real dataset's page without its scripts: the build's prerendered `/` with every
// script the browser would run, and every module preload, taken out. Its first
// contentful paint is what the browser needs to show that HTML and CSS at all, so beside
// the app's it says whether the app's scripts hold the first paint back, and beside the
// floor's ready whether the FCP budget can be met by any script work.

/** Where the bench serves it (from memory, as the floor) and writes it for a look. */
export const HTML_ALONE_FILE = "bench/html-alone.html";
export const HTML_ALONE_PATH = `/${HTML_ALONE_FILE}`;

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi;
// Data blocks (JSON-LD) are not run: they stay, so the page keeps every byte it parses.
const DATA_BLOCK = /\btype=["']?application\/(?:ld\+)?json["']?/i;

/** `page` (a prerendered page's HTML) with nothing left for the browser to run. */
export function htmlAlone(page: string): string {
  if (!page.includes("static-page")) {
    throw new Error("htmlAlone needs a prerendered page (dist/index.html after `npm run build`)");
  }
  return page
    .replace(SCRIPT, (tag, attributes: string) => (DATA_BLOCK.test(attributes) ? tag : ""))
    .replace(MODULE_PRELOAD, "");
}
