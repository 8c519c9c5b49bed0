import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { feedFiles, feedLinks, readEdition, readEditions, requestedFeed } from "./vite-feeds.ts";

const SITE = "https://timeline.example.org/";

describe("the build's feed files", () => {
  it("are two per published dataset, and the bundled one's again at the root", () => {
    const editions = readEditions();
    expect(editions.map((e) => e.name)).toEqual([
      "de-armas-cruise-2025.es",
      "de-armas-cruise-2025",
    ]);
    const files = feedFiles(editions, { site: SITE, defaultName: "de-armas-cruise-2025" });
    expect(files.map((f) => f.fileName).sort()).toEqual([
      "feed.json",
      "feed.xml",
      "t/de-armas-cruise-2025.es/feed.json",
      "t/de-armas-cruise-2025.es/feed.xml",
      "t/de-armas-cruise-2025/feed.json",
      "t/de-armas-cruise-2025/feed.xml",
    ]);
    const text = (name: string) => files.find((f) => f.fileName === name)?.source ?? "";
    // The root copy is the same feed: only its own addresses differ.
    for (const extension of ["xml", "json"]) {
      const root = text(`feed.${extension}`);
      expect(root).toContain(`${SITE}feed.${extension}`);
      expect(root.replaceAll(`${SITE}feed.`, `${SITE}t/de-armas-cruise-2025/feed.`)).toBe(
        text(`t/de-armas-cruise-2025/feed.${extension}`),
      );
    }
  });

  it("refuse a dataset that is not valid", () => {
    const dir = mkdtempSync(join(tmpdir(), "feeds-"));
    try {
      writeFileSync(join(dir, "broken.json"), '{"version": 1, "id": "x"}');
      expect(() => readEdition("broken", dir)).toThrow(/broken\.json is not a valid dataset/);
      writeFileSync(join(dir, "broken.json"), "{");
      expect(() => readEditions(dir)).toThrow(/npm run validate/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the development server's feeds", () => {
  it("answers /feed.xml, /feed.json and /t/<name>/feed.*, nothing outside", () => {
    expect(requestedFeed("/feed.xml", "d")).toEqual({
      name: "d",
      format: "atom",
      path: "feed.xml",
    });
    expect(requestedFeed("/feed.json?x=1", "d")).toEqual({
      name: "d",
      format: "json",
      path: "feed.json",
    });
    expect(requestedFeed("/t/de-armas-cruise-2025.es/feed.xml", "d")).toEqual({
      name: "de-armas-cruise-2025.es",
      format: "atom",
      path: "t/de-armas-cruise-2025.es/feed.xml",
    });
    expect(requestedFeed("/t/../package/feed.xml", "d")).toBeUndefined();
    expect(requestedFeed("/t/a..b/feed.xml", "d")).toBeUndefined();
    expect(requestedFeed("/t/x/feed.rss", "d")).toBeUndefined();
    expect(requestedFeed("/t/feed.xml", "d")).toBeUndefined();
    expect(requestedFeed(undefined, "d")).toBeUndefined();
  });
});

describe("feed discovery", () => {
  it("links the full page to both feeds of the bundled dataset", () => {
    expect(feedLinks("A <title>", SITE)).toEqual([
      {
        tag: "link",
        attrs: {
          rel: "alternate",
          type: "application/atom+xml",
          href: `${SITE}feed.xml`,
          title: "A <title> (Atom)",
        },
        injectTo: "head",
      },
      {
        tag: "link",
        attrs: {
          rel: "alternate",
          type: "application/feed+json",
          href: `${SITE}feed.json`,
          title: "A <title> (JSON Feed)",
        },
        injectTo: "head",
      },
    ]);
  });
});
