import { describe, expect, it } from "vitest";
import {
  DEFAULT_NAME,
  datasetPagePath,
  eventPagePath,
  feedPaths,
  pageFromPath,
  publishedName,
  socialCardPath,
} from "./sitePaths.ts";

describe("site paths", () => {
  it("puts the bundled dataset at the root and every other under /t/", () => {
    expect(DEFAULT_NAME).toBe("de-armas-cruise-2025");
    expect(datasetPagePath(DEFAULT_NAME)).toBe("");
    expect(datasetPagePath("de-armas-cruise-2025.es")).toBe("t/de-armas-cruise-2025.es/");
    expect(eventPagePath(DEFAULT_NAME, "london-dinner")).toBe("e/london-dinner/");
    expect(eventPagePath("other", "london-dinner")).toBe("t/other/london-dinner/");
    expect(socialCardPath("other")).toBe("cards/other.png");
    expect(socialCardPath("other", "a-b")).toBe("cards/other/a-b.png");
    expect(feedPaths(DEFAULT_NAME).atom).toEqual([`t/${DEFAULT_NAME}/feed.xml`, "feed.xml"]);
  });

  it("reads a page's dataset and event back from its path", () => {
    for (const name of [DEFAULT_NAME, "de-armas-cruise-2025.es", "x"]) {
      const data = `/data/${name}.json`;
      expect(pageFromPath(`/${datasetPagePath(name)}`)).toEqual(
        name === DEFAULT_NAME ? { data: null, event: null } : { data, event: null },
      );
      expect(pageFromPath(`/${eventPagePath(name, "a-b-1")}`)).toEqual({ data, event: "a-b-1" });
    }
  });

  it("names nothing for a path outside the scheme", () => {
    for (const path of ["/index.html", "/e/", "/e/A/", "/t/../x/", "/t/x/feed.xml", "/t/x/a/b/"]) {
      expect(pageFromPath(path)).toEqual({ data: null, event: null });
    }
  });

  it("names only files in the site's own data folder", () => {
    const site = "https://example.org/";
    expect(publishedName("https://example.org/data/x.es.json", site)).toBe("x.es");
    expect(publishedName("https://example.org/data/sub/x.json", site)).toBeNull();
    expect(publishedName("https://other.org/data/x.json", site)).toBeNull();
  });
});
