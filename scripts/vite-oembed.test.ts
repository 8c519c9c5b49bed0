import { describe, expect, it } from "vitest";
import {
  headTags,
  LOCAL_SITE,
  oembedFor,
  readDatasets,
  requestedOembed,
  siteUrl,
} from "./vite-oembed.ts";

describe("siteUrl", () => {
  it("normalises SITE_URL to a folder URL", () => {
    expect(siteUrl("https://timeline.example.org")).toEqual({
      url: "https://timeline.example.org/",
      fromEnv: true,
    });
    expect(siteUrl(" https://example.org/timeline?x=1#y ").url).toBe(
      "https://example.org/timeline/",
    );
  });

  it("falls back to the local preview server", () => {
    expect(siteUrl(undefined)).toEqual({ url: LOCAL_SITE, fromEnv: false });
    expect(siteUrl("")).toEqual({ url: LOCAL_SITE, fromEnv: false });
  });

  it("refuses anything but http(s)", () => {
    expect(() => siteUrl("javascript:alert(1)")).toThrow(/http\(s\)/);
    expect(() => siteUrl("not a url")).toThrow();
  });
});

describe("oEmbed", () => {
  const datasets = readDatasets();

  it("answers for every published dataset and not for the schema", () => {
    expect(datasets.map((d) => d.name)).toContain("de-armas-cruise-2025");
    expect(datasets.map((d) => d.name)).toContain("de-armas-cruise-2025.es");
    expect(datasets.map((d) => d.name)).not.toContain("schema");
  });

  it("serves editions with a dotted name in development, and nothing outside the folder", () => {
    expect(requestedOembed("/oembed/de-armas-cruise-2025.json")).toBe("de-armas-cruise-2025");
    expect(requestedOembed("/oembed/de-armas-cruise-2025.es.json?x=1")).toBe(
      "de-armas-cruise-2025.es",
    );
    expect(requestedOembed("/oembed/../package.json")).toBeUndefined();
    expect(requestedOembed("/oembed/a..b.json")).toBeUndefined();
    expect(requestedOembed("/oembed/sub/x.json")).toBeUndefined();
  });

  it("is a rich oEmbed 1.0 answer with the iframe form and absolute URLs", () => {
    const dataset = { name: "x", title: 'A "title" <b>', summary: "S" };
    const answer = oembedFor(dataset, "https://t.example/");
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Rumor Timeline",
      provider_url: "https://t.example/",
      title: 'A "title" <b>',
      width: 640,
      height: 600,
      thumbnail_url: "https://t.example/cards/x.png",
    });
    expect(answer.html).toBe(
      '<iframe src="https://t.example/embed.html?data=https://t.example/data/x.json&amp;height=600"' +
        ' title="Timeline: A &quot;title&quot; &lt;b&gt;" width="100%" height="600"' +
        ' style="width:100%;border:0" loading="lazy"></iframe>',
    );
  });

  it("links the page to its oEmbed answer and describes the social image", () => {
    const tags = headTags(
      { name: "x", title: "T", summary: "S".repeat(300) },
      "https://t.example/",
    );
    const attrs = tags.map((tag) => tag.attrs ?? {});
    expect(attrs).toContainEqual({
      rel: "alternate",
      type: "application/json+oembed",
      href: "https://t.example/oembed/x.json",
      title: "Timeline: T",
    });
    const content = (key: string) =>
      attrs.find((a) => a.property === key || a.name === key)?.content;
    expect(content("og:image")).toBe("https://t.example/cards/de-armas-cruise-2025.png");
    expect(content("og:image:alt")).toBeTruthy();
    expect(content("twitter:card")).toBe("summary_large_image");
    expect(content("twitter:image:alt")).toBe(content("og:image:alt"));
    expect(String(content("og:description")).length).toBeLessThanOrEqual(200);
  });
});
