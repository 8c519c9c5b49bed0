import { describe, expect, it } from "vitest";
import { URL_PARAMS } from "../store/urlParams.ts";
import { datasetName, embedUrl, readPlaceholder, type Placeholder } from "./loader.ts";

const EMBED = "https://timeline.example.org/embed.html";
const ARTICLE = "https://news.example.com/2025/story.html";

function placeholder(fields: Partial<Placeholder>): Placeholder {
  return {
    data: null,
    view: [],
    title: null,
    filters: null,
    height: "auto",
    search: false,
    ...fields,
  };
}

describe("embedUrl", () => {
  it("passes data, event and theme to embed.html", () => {
    const url = new URL(
      embedUrl(
        EMBED,
        ARTICLE,
        placeholder({
          data: "https://timeline.example.org/data/x.json",
          view: [
            ["event", "soho-dinner"],
            ["theme", "dark"],
          ],
        }),
      ),
    );
    expect(url.origin + url.pathname).toBe(EMBED);
    expect([...url.searchParams]).toEqual([
      ["data", "https://timeline.example.org/data/x.json"],
      ["event", "soho-dinner"],
      ["theme", "dark"],
    ]);
  });

  it("asks embed.html for a bounded box and the search control when the snippet does", () => {
    const url = new URL(embedUrl(EMBED, ARTICLE, placeholder({ height: 600, search: true })));
    expect(url.searchParams.get("height")).toBe("600");
    expect(url.searchParams.get("controls")).toBe("search");
    expect(new URL(embedUrl(EMBED, ARTICLE, placeholder({}))).searchParams.has("height")).toBe(
      false,
    );
  });

  it("resolves a relative dataset URL against the article, like any URL in its HTML", () => {
    const url = new URL(embedUrl(EMBED, ARTICLE, placeholder({ data: "timeline.json" })));
    expect(url.searchParams.get("data")).toBe("https://news.example.com/2025/timeline.json");
  });

  it("leaves data out when the placeholder names none (the site's bundled dataset)", () => {
    expect(embedUrl(EMBED, ARTICLE, placeholder({ data: "  " }))).toBe(EMBED);
  });

  it("passes only view parameters from data-filters, repeated ones included", () => {
    const url = new URL(
      embedUrl(
        EMBED,
        ARTICLE,
        placeholder({
          filters: "kind=denial&person=a&person=b&data=https://evil.example/x&event=y",
        }),
      ),
    );
    expect([...url.searchParams]).toEqual([
      ["kind", "denial"],
      ["person", "a"],
      ["person", "b"],
    ]);
  });

  it("encodes what it passes, so a value cannot add parameters", () => {
    const url = new URL(
      embedUrl(EMBED, ARTICLE, placeholder({ view: [["event", "a&theme=dark"]] })),
    );
    expect(url.searchParams.get("event")).toBe("a&theme=dark");
    expect(url.searchParams.get("theme")).toBeNull();
  });
});

describe("datasetName", () => {
  it("is the file name without folders or extension", () => {
    expect(datasetName("https://x.org/data/de-armas-cruise-2025.json?v=2#top")).toBe(
      "de-armas-cruise-2025",
    );
    expect(datasetName("my%20timeline.JSON")).toBe("my timeline");
    expect(datasetName("bad%escape.json")).toBe("bad%escape");
  });

  it("falls back to the product's name", () => {
    expect(datasetName(null)).toBe("Rumor Timeline");
    expect(datasetName("https://x.org/")).toBe("Rumor Timeline");
  });
});

/** A placeholder element, as far as readPlaceholder looks at one. */
function host() {
  const attributes = new Map<string, string>();
  return {
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    getAttribute: (name: string) => attributes.get(name) ?? null,
  };
}

describe("readPlaceholder", () => {
  it("reads every view parameter from its own data- attribute, in the page's order", () => {
    const element = host();
    element.setAttribute("data-rumor-timeline", "x.json");
    element.setAttribute("data-q", "helicopter");
    element.setAttribute("data-kind", "sighting,denial");
    element.setAttribute("data-event", "soho-dinner");
    element.setAttribute("data-lang", "es");
    element.setAttribute("data-outlet", "  ");
    element.setAttribute("data-unknown", "kept out");
    expect(readPlaceholder(element).view).toEqual([
      ["event", "soho-dinner"],
      ["lang", "es"],
      ["kind", "sighting,denial"],
      ["q", "helicopter"],
    ]);
    const url = new URL(embedUrl(EMBED, ARTICLE, readPlaceholder(element)));
    expect(url.searchParams.get("kind")).toBe("sighting,denial");
    expect(url.searchParams.get("q")).toBe("helicopter");
    expect(url.searchParams.get("lang")).toBe("es");
    expect(url.searchParams.has("unknown")).toBe(false);
  });

  it("has an attribute for each parameter the page reads", () => {
    const element = host();
    for (const name of URL_PARAMS) element.setAttribute(`data-${name}`, "x");
    expect(readPlaceholder(element).view.map(([name]) => name)).toEqual([...URL_PARAMS]);
  });
});
