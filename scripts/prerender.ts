// npm run build's last step (after vite build): writes, for every dataset in data/, its
// page (the bundled one's at /, the others' at /t/<name>/) and a page per event (/e/<id>/,
// /t/<name>/<id>/), each with the story in HTML (src/prerender/), its own title,
// description, canonical URL, social card tags and JSON-LD. The app hydrates that HTML
// (src/prerender/hydrate.tsx). Absolute URLs come from SITE_URL, as for the feeds.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createServer, type HtmlTagDescriptor, type Manifest } from "vite";
import type { Dataset } from "../src/data/model.ts";
import {
  datasetPagePath,
  eventPagePath,
  feedPaths,
  socialCardPath,
} from "../src/data/sitePaths.ts";
import { isRightToLeft, matchLanguage } from "../src/i18n/languages.ts";
import { prerenderedAttributes, type PrerenderedPage } from "../src/prerender/prerenderedPage.ts";
import { jsonLdScript, pageHtml } from "./prerender/pageHtml.ts";
import { datasetJsonLd, eventJsonLd } from "./prerender/structuredData.ts";
import { feedLinks, readEditions } from "./vite-feeds.ts";
import { oembedLink, siteUrl, socialTags } from "./vite-oembed.ts";

const DIST = "dist";
const MANIFEST = join(DIST, ".vite", "manifest.json");
/** The module that hydrates a prerendered page: its style sheets are the pages'. */
const HYDRATE = "src/prerender/hydrate.tsx";

type Render = (
  dataset: Dataset,
  page: PrerenderedPage,
) => Promise<{ markup: string; title: string }>;

/** The style sheets a built module and everything it imports bring, in load order. */
export function stylesheetsOf(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (chunk === undefined || seen.has(key)) return [];
  seen.add(key);
  const imported = (chunk.imports ?? []).flatMap((name) => stylesheetsOf(manifest, name, seen));
  return [...new Set([...imported, ...(chunk.css ?? [])])];
}

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
  let pages = 0;
  try {
    const { renderPrerendered } = (await vite.ssrLoadModule("/src/prerender/renderStatic.tsx")) as {
      renderPrerendered: Render;
    };
    for (const { name, dataset } of readEditions()) {
      const language = matchLanguage(dataset.language) ?? "en";
      const info = { name, title: dataset.title, summary: dataset.summary };
      const feeds = feedLinks(dataset.title, site, feedPaths(name));
      const write = async (event: Dataset["events"][number] | null) => {
        const page: PrerenderedPage = { name, event: event?.id ?? null, language };
        const path = event === null ? datasetPagePath(name) : eventPagePath(name, event.id);
        const url = new URL(path, site).href;
        const { markup, title } = await renderPrerendered(dataset, page);
        const head: HtmlTagDescriptor[] = [
          { tag: "link", attrs: { rel: "canonical", href: url } },
          ...socialTags({
            title,
            description: event?.summary ?? dataset.summary,
            url,
            image: new URL(socialCardPath(name, event?.id ?? null), site).href,
            imageAlt: event === null ? dataset.title : `${event.title} · ${dataset.title}`,
            oembed: oembedLink(info, site),
          }),
          ...feeds,
          jsonLdScript(
            event === null
              ? datasetJsonLd(dataset, { site, name })
              : eventJsonLd(dataset, event, { site, name }),
          ),
        ];
        const html = pageHtml(template, {
          lang: dataset.language,
          dir: isRightToLeft(language) ? "rtl" : "ltr",
          title,
          head,
          stylesheets,
          rootAttributes: prerenderedAttributes(page),
          rootHtml: markup,
        });
        const file = join(DIST, path, "index.html");
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
        pages += 1;
      };
      await write(null);
      for (const event of dataset.events) await write(event);
    }
  } finally {
    await vite.close();
  }
  // The manifest was only for this step; a published site has no use for it.
  rmSync(join(DIST, ".vite"), { recursive: true, force: true });
  console.log(`Prerendered ${pages} pages.`);
}

await main();
