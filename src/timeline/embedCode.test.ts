import { describe, expect, it } from "vitest";
import {
  DEFAULT_IFRAME_HEIGHT,
  embedPageUrl,
  escapeHtml,
  frameTitle,
  fullPageUrl,
  iframeSnippet,
  scriptSnippet,
  type EmbedSpec,
} from "./embedCode.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

const spec: EmbedSpec = {
  site: "https://timeline.example.org/",
  data: "https://timeline.example.org/data/de-armas-cruise-2025.json",
  title: 'Ana & Tom: <the> "rumors"',
  event: null,
  theme: "auto",
  view: "",
};

describe("URLs", () => {
  it("embed.html with the dataset, readable, as a story box of the default height", () => {
    expect(embedPageUrl(spec)).toBe(
      "https://timeline.example.org/embed.html?data=https://timeline.example.org/data/de-armas-cruise-2025.json&height=600",
    );
    expect(embedPageUrl({ ...spec, height: "auto" })).not.toContain("height");
    expect(embedPageUrl({ ...spec, height: 450, search: true })).toMatch(
      /&height=450&controls=search$/,
    );
  });

  it("adds event, theme and the view's parameters, in that order", () => {
    const url = embedPageUrl({
      ...spec,
      event: "soho-dinner",
      theme: "dark",
      view: "view=list&kind=denial&person=tom-cruise",
    });
    expect(url).toBe(
      "https://timeline.example.org/embed.html?data=https://timeline.example.org/data/de-armas-cruise-2025.json&event=soho-dinner&theme=dark&view=list&kind=denial&person=tom-cruise&height=600",
    );
  });

  it("never lets the view string override data, event or theme", () => {
    const url = new URL(
      embedPageUrl({ ...spec, view: "?data=https://evil.example/x.json&event=x&theme=dark&q=a" }),
    );
    expect(url.searchParams.getAll("data")).toEqual([spec.data]);
    expect(url.searchParams.get("event")).toBeNull();
    expect(url.searchParams.get("theme")).toBeNull();
    expect(url.searchParams.get("q")).toBe("a");
  });

  it("encodes values that would break the query", () => {
    const url = new URL(fullPageUrl({ ...spec, data: "https://x.org/a b.json?x=1&y=2" }));
    expect(url.searchParams.get("data")).toBe("https://x.org/a b.json?x=1&y=2");
  });

  it("links to one event of the bundled dataset without a data parameter", () => {
    expect(fullPageUrl({ ...spec, data: null, event: "soho-dinner" })).toBe(
      "https://timeline.example.org/?event=soho-dinner",
    );
    expect(fullPageUrl({ ...spec, data: null })).toBe("https://timeline.example.org/");
  });
});

describe("snippets", () => {
  it("escapes text for HTML", () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  });

  it("the script form: a placeholder with a fallback link, then embed.js", () => {
    const code = scriptSnippet(
      {
        ...spec,
        event: "soho-dinner",
        theme: "dark",
        view: "kind=denial",
      },
      ENGLISH,
    );
    expect(code).toBe(
      '<div data-rumor-timeline="https://timeline.example.org/data/de-armas-cruise-2025.json"' +
        ' data-title="Ana &amp; Tom: &lt;the&gt; &quot;rumors&quot;" data-event="soho-dinner"' +
        ' data-theme="dark" data-kind="denial" data-height="600">' +
        '<a href="https://timeline.example.org/?data=https://timeline.example.org/data/de-armas-cruise-2025.json&amp;event=soho-dinner&amp;theme=dark&amp;kind=denial">' +
        "View the timeline: Ana &amp; Tom: &lt;the&gt; &quot;rumors&quot;</a></div>\n" +
        '<script async src="https://timeline.example.org/embed.js"></script>',
    );
  });

  it("the script form writes each view parameter as its own attribute", () => {
    const code = scriptSnippet(
      {
        ...spec,
        view: "q=a%20%26%20b&kind=denial&kind=sighting&outlet=People&outlet=Page%20Six,%20Inc&lanes=person",
      },
      ENGLISH,
    );
    expect(code).toContain(
      ' data-lanes="person" data-kind="denial,sighting" data-q="a &amp; b"' +
        ' data-filters="outlet=People&amp;outlet=Page%20Six,%20Inc" data-height="600">',
    );
    expect(scriptSnippet({ ...spec, view: "outlet=People" }, ENGLISH)).toContain(
      'data-outlet="People"',
    );
  });

  it("the script form leaves out options that are not set", () => {
    const code = scriptSnippet(spec, ENGLISH);
    expect(code).not.toContain("data-event");
    expect(code).not.toContain("data-theme");
    expect(code).not.toContain("data-filters");
    expect(code).not.toContain("data-controls");
  });

  it("the script form carries the box's height, auto, and the search control", () => {
    expect(scriptSnippet({ ...spec, height: 480 }, ENGLISH)).toContain('data-height="480"');
    expect(scriptSnippet({ ...spec, height: "auto" }, ENGLISH)).toContain('data-height="auto"');
    expect(scriptSnippet({ ...spec, search: true }, ENGLISH)).toContain('data-controls="search"');
  });

  it("the iframe form: fixed height, full width, lazy, with an accessible name", () => {
    expect(iframeSnippet(spec, ENGLISH)).toBe(
      '<iframe src="https://timeline.example.org/embed.html?data=https://timeline.example.org/data/de-armas-cruise-2025.json&amp;height=600"' +
        ' title="Timeline: Ana &amp; Tom: &lt;the&gt; &quot;rumors&quot;"' +
        ` width="100%" height="${DEFAULT_IFRAME_HEIGHT}" style="width:100%;border:0" loading="lazy"></iframe>`,
    );
  });

  it("keeps the iframe's height sane", () => {
    expect(iframeSnippet(spec, ENGLISH, 20)).toContain('height="320"');
    expect(iframeSnippet(spec, ENGLISH, 1e6)).toContain('height="2000"');
    expect(iframeSnippet(spec, ENGLISH, Number.NaN)).toContain(`height="${DEFAULT_IFRAME_HEIGHT}"`);
    expect(iframeSnippet(spec, ENGLISH, 555.4)).toContain('height="555"');
    // The frame and the box inside it agree; a plain frame cannot size itself.
    expect(iframeSnippet(spec, ENGLISH, 555)).toContain("height=555");
    expect(iframeSnippet({ ...spec, height: "auto" }, ENGLISH)).toContain('height="600"');
  });

  it("titles frames for screen readers", () => {
    expect(frameTitle("X", ENGLISH)).toBe("Timeline: X");
  });
});
