// The build's prerendering, run on a dataset of its own (not the bundled one): every page
// is written where sitePaths.ts says, with the story in HTML, its own head and valid JSON-LD.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fastValidate } from "../../src/data/fastPath.ts";
import { minimalDataset } from "../../src/data/fixtures/minimal.ts";
import type { Dataset } from "../../src/data/model.ts";
import { renderPrerendered } from "../../src/prerender/renderStatic.tsx";
import { validateJsonLd } from "./structuredData.ts";
import { writePages } from "./writePages.ts";

const SITE = "https://timeline.example/";
const ARCHIVED = "https://web.archive.org/web/20250218000000/https://a.example/story";
const TEMPLATE = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

function fixture(): Dataset {
  const input = minimalDataset();
  // Text that must stay text: markup, and a replacement pattern.
  input.title = "Ana & Tom: <b>not bold</b> $& co";
  // A source with an archived copy: the pages link both, as Robust Links.
  input.sources[0]!.archived = { url: ARCHIVED, date: "2025-02-18" };
  const dataset = fastValidate(input);
  if (dataset === null) throw new Error("the fixture must be valid");
  return dataset;
}

describe("writePages", () => {
  const dist = mkdtempSync(join(tmpdir(), "prerender-"));
  const dataset = fixture();
  let written: string[] = [];
  const read = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

  beforeAll(async () => {
    written = await writePages({
      editions: [{ name: "second-fixture", dataset }],
      template: TEMPLATE,
      stylesheets: ["/assets/story.css"],
      site: SITE,
      dist,
      render: renderPrerendered,
    });
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("writes the story's page and one page per event, under /t/<name>/", () => {
    expect(written).toEqual([
      "/t/second-fixture/",
      ...dataset.events.map((event) => `/t/second-fixture/${event.id}/`),
    ]);
  });

  it("puts the whole story in the page, in date order, its text never markup", () => {
    const html = read("t/second-fixture");
    expect(html).toContain(
      "<title>Ana &amp; Tom: &lt;b&gt;not bold&lt;/b&gt; $&amp; co · Rumor Timeline</title>",
    );
    expect(html).not.toContain("<b>not bold</b>");
    expect(html).toContain('<div id="root" data-prerendered="second-fixture" data-language="en">');
    const titles = [...html.matchAll(/<h3 id="event-([a-z0-9-]+)-title"/g)].map((m) => m[1]);
    expect(titles).toEqual(dataset.events.map((event) => event.id));
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/story.css">');
    expect(html).toContain(`<link rel="canonical" href="${SITE}t/second-fixture/">`);
    expect(html).toContain(`href="${SITE}t/second-fixture/feed.xml"`);
    expect(html).toContain(`data-versionurl="${ARCHIVED}"`);
    expect(html).toContain('data-originalurl="https://a.example/story"');
  });

  it("gives each event's page its own title, description, canonical URL, card and JSON-LD", () => {
    for (const event of dataset.events) {
      const html = read(`t/second-fixture/${event.id}`);
      const url = `${SITE}t/second-fixture/${event.id}/`;
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      expect(html).toContain(`<meta property="og:url" content="${url}">`);
      expect(html).toContain(
        `<meta property="og:image" content="${SITE}cards/second-fixture/${event.id}.png">`,
      );
      expect(html).toMatch(new RegExp(`<h1 id="event-${event.id}-title"`));
      expect(html).toContain(`data-event="${event.id}"`);
      // The template's own tags for the bundled dataset are gone: one description, one card.
      expect(html.match(/<meta name="description"/g)).toHaveLength(1);
      expect(html.match(/<meta property="og:image"/g)).toHaveLength(1);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      expect(blocks).toHaveLength(1);
      expect(validateJsonLd(JSON.parse(blocks[0]![1]!))).toEqual([]);
    }
  });
});
