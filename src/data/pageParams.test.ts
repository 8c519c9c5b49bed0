import { describe, expect, it } from "vitest";
import { pageParams, pageSearch, siteRoot } from "./pageParams.ts";

const at = (href: string) => new URL(href);

describe("page parameters", () => {
  it("are the query alone on the site's root", () => {
    expect(pageSearch(at("https://x.org/?event=a&lang=es"))).toBe("?event=a&lang=es");
    expect(pageSearch(at("https://x.org/"))).toBe("");
  });

  it("take the dataset and the event from a prerendered page's path", () => {
    expect(Object.fromEntries(pageParams(at("https://x.org/e/london-dinner/")))).toEqual({
      data: "/data/de-armas-cruise-2025.json",
      event: "london-dinner",
    });
    expect(Object.fromEntries(pageParams(at("https://x.org/t/y.es/")))).toEqual({
      data: "/data/y.es.json",
    });
  });

  it("let the query win over the path", () => {
    const params = pageParams(at("https://x.org/t/y/a/?event=b&data=https://z.org/d.json"));
    expect(params.get("event")).toBe("b");
    expect(params.get("data")).toBe("https://z.org/d.json");
  });

  it("give the site's root whatever the page's path", () => {
    expect(siteRoot(at("https://x.org/t/y/a/?q=1"))).toBe("https://x.org/");
  });
});
