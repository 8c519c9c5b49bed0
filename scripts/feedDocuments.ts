// Writing a dataset's feeds (feeds.ts says what their entries are): the Atom 1.0
// document (RFC 4287) and the JSON Feed 1.1 one, both from the same entries.
import { feedPaths } from "../src/data/sitePaths.ts";
import {
  ATOM_TYPE,
  datasetPage,
  FEED_GENERATOR,
  feedEntries,
  feedUpdated,
  JSON_FEED_TYPE,
  JSON_FEED_VERSION,
  rfc3339,
  type FeedEdition,
  type FeedSite,
} from "./feeds.ts";

// Characters XML 1.0 cannot carry at all, even escaped (controls, lone surrogates, U+FFFE/F).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data: `&`, `<` and `>` escaped (so `]]>` too), the rest as is. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;");
}

/** The Atom 1.0 document (RFC 4287) of a dataset, published at `path`. */
export function atomFeed(edition: FeedEdition, where: FeedSite, path: string): string {
  const { dataset } = edition;
  const entries = feedEntries(edition, where);
  const paths = feedPaths(edition.name, where.defaultName);
  const updated = rfc3339(feedUpdated(dataset, entries)) as string;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlAttr(dataset.language)}">`,
    `  <id>${xmlText(new URL(paths.atom[0] as string, where.site).href)}</id>`,
    `  <title type="text">${xmlText(dataset.title)}</title>`,
    `  <subtitle type="text">${xmlText(dataset.summary)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="${ATOM_TYPE}" href="${xmlAttr(new URL(path, where.site).href)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlAttr(datasetPage(edition, where))}"/>`,
    `  <link rel="alternate" type="${JSON_FEED_TYPE}" href="${xmlAttr(new URL(path.replace(/\.xml$/, ".json"), where.site).href)}"/>`,
    `  <author><name>${xmlText(FEED_GENERATOR)}</name><uri>${xmlText(where.site)}</uri></author>`,
    `  <generator uri="${xmlAttr(where.site)}">${xmlText(FEED_GENERATOR)}</generator>`,
  ];
  for (const entry of entries) {
    const date = rfc3339(entry.date) as string;
    lines.push(
      "  <entry>",
      `    <id>${xmlText(entry.id)}</id>`,
      `    <title type="text">${xmlText(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlAttr(entry.url)}"/>`,
      `    <published>${date}</published>`,
      `    <updated>${date}</updated>`,
      `    <category term="${entry.kind}"/>`,
      `    <content type="text">${xmlText(entry.text)}</content>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

/** The JSON Feed 1.1 document of a dataset, published at `path`. */
export function jsonFeed(edition: FeedEdition, where: FeedSite, path: string): string {
  const { dataset } = edition;
  const entries = feedEntries(edition, where);
  const feed = {
    version: JSON_FEED_VERSION,
    title: dataset.title,
    home_page_url: datasetPage(edition, where),
    feed_url: new URL(path, where.site).href,
    description: dataset.summary,
    language: dataset.language,
    authors: [{ name: FEED_GENERATOR, url: where.site }],
    items: entries.map((entry) => {
      const date = rfc3339(entry.date) as string;
      return {
        id: entry.id,
        url: entry.url,
        title: entry.title,
        content_text: entry.text,
        date_published: date,
        date_modified: date,
        tags: [entry.kind],
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
