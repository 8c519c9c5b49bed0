// Writes every prerendered page of the given datasets into a built site: the whole story
// of each (at / for the bundled one, /t/<name>/ for the others) and a page per event, each
// with its own title, description, canonical URL, social card tags, feed links and JSON-LD.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { HtmlTagDescriptor } from "vite";
import type { Dataset, TimelineEvent } from "../../src/data/model.ts";
import {
  DEFAULT_NAME,
  datasetPagePath,
  eventPagePath,
  feedPaths,
  socialCardPath,
} from "../../src/data/sitePaths.ts";
import { isRightToLeft, matchLanguage } from "../../src/i18n/languages.ts";
import {
  prerenderedAttributes,
  type PrerenderedPage,
} from "../../src/prerender/prerenderedPage.ts";
import type { FeedEdition } from "../feeds.ts";
import { feedLinks } from "../vite-feeds.ts";
import { oembedLink, socialTags } from "../vite-oembed.ts";
import { jsonLdScript, pageHtml } from "./pageHtml.ts";
import { datasetJsonLd, eventJsonLd } from "./structuredData.ts";

/** src/prerender/renderStatic.tsx's renderPrerendered, loaded by whoever can load it. */
export type Render = (
  dataset: Dataset,
  page: PrerenderedPage,
) => Promise<{ markup: string; title: string }>;

export interface PagesToWrite {
  editions: readonly FeedEdition[];
  /** The built index.html. */
  template: string;
  /** Style sheets the story needs that the template does not link. */
  stylesheets: string[];
  /** The site's absolute root, ending in "/". */
  site: string;
  /** The built site's folder. */
  dist: string;
  render: Render;
  defaultName?: string;
}

/** Writes the pages; returns their paths from the site's root, in the order written. */
export async function writePages(options: PagesToWrite): Promise<string[]> {
  const { site, render, defaultName = DEFAULT_NAME } = options;
  const written: string[] = [];
  for (const { name, dataset } of options.editions) {
    const language = matchLanguage(dataset.language) ?? "en";
    const info = { name, title: dataset.title, summary: dataset.summary };
    const feeds = feedLinks(dataset.title, site, feedPaths(name, defaultName));
    const place = { site, name, defaultName };
    const write = async (event: TimelineEvent | null) => {
      const page: PrerenderedPage = { name, event: event?.id ?? null, language };
      const path =
        event === null
          ? datasetPagePath(name, defaultName)
          : eventPagePath(name, event.id, defaultName);
      const url = new URL(path, site).href;
      const { markup, title } = await render(dataset, page);
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
          event === null ? datasetJsonLd(dataset, place) : eventJsonLd(dataset, event, place),
        ),
      ];
      const html = pageHtml(options.template, {
        lang: dataset.language,
        dir: isRightToLeft(language) ? "rtl" : "ltr",
        title,
        head,
        stylesheets: options.stylesheets,
        rootAttributes: prerenderedAttributes(page),
        rootHtml: markup,
      });
      const file = join(options.dist, path, "index.html");
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
      written.push(`/${path}`);
    };
    await write(null);
    for (const event of dataset.events) await write(event);
  }
  return written;
}
