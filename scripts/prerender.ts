// npm run build's last step (after vite build): writes, for every dataset in data/, its
// page (the bundled one's at /, the others' at /t/<name>/) and a page per event (/e/<id>/,
// /t/<name>/<id>/), each with the story in HTML (src/prerender/), its own title,
// description, canonical URL, social card tags and JSON-LD. The app hydrates that HTML
// (src/prerender/hydrate.tsx). Absolute URLs come from SITE_URL, as for the feeds.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Manifest } from "vite";
import { stylesheetsOf } from "./prerender/stylesheets.ts";
import { writePages, type Render } from "./prerender/writePages.ts";
import { readEditions } from "./vite-feeds.ts";
import { siteUrl } from "./vite-oembed.ts";

const DIST = "dist";
const MANIFEST = join(DIST, ".vite", "manifest.json");
/** The module that hydrates a prerendered page: its style sheets are the pages'. */
const HYDRATE = "src/prerender/hydrate.tsx";

async function main(): Promise<void> {
  const site = siteUrl(process.env.SITE_URL).url;
  const template = readFileSync(join(DIST, "index.html"), "utf8");
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
  // Sheets the page links already (the first load's) are left to the template.
  const stylesheets = stylesheetsOf(manifest, HYDRATE)
    .map((file) => `/${file}`)
    .filter((href) => !template.includes(`href="${href}"`));

  // Through Vite, so that the components' style imports and the catalogs' glob resolve as
  // they do in the build.
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: "custom",
    logLevel: "error",
  });
  let pages: string[];
  try {
    const { renderPrerendered } = (await vite.ssrLoadModule("/src/prerender/renderStatic.tsx")) as {
      renderPrerendered: Render;
    };
    pages = await writePages({
      editions: readEditions(),
      template,
      stylesheets,
      site,
      dist: DIST,
      render: renderPrerendered,
    });
  } finally {
    await vite.close();
  }
  // The manifest was only for this step; a published site has no use for it.
  rmSync(join(DIST, ".vite"), { recursive: true, force: true });
  console.log(`Prerendered ${pages.length} pages.`);
}

await main();
