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

const spec: EmbedSpec = {
  site: "https://timeline.example.org/",
  data: "https://timeline.example.org/data/de-armas-cruise-2025.json",
  title: 'Ana & Tom: <the> "rumors"',
  event: null,
  theme: "auto",
  view: "",
};

describe("URLs", () => {
  it("embed.html with the dataset, readable", () => {
    expect(embedPageUrl(spec)).toBe(
      "https://timeline.example.org/embed.html?data=https://timeline.example.org/data/de-armas-cruise-2025.json",
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
      "https://timeline.example.org/embed.html?data=https://timeline.example.org/data/de-armas-cruise-2025.json&event=soho-dinner&theme=dark&view=list&kind=denial&person=tom-cruise",
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
    const code = scriptSnippet({
      ...spec,
      event: "soho-dinner",
      theme: "dark",
      view: "kind=denial",
    });
    expect(code).toBe(
      '<div data-rumor-timeline="https://timeline.example.org/data/de-armas-cruise-2025.json"' +
        ' data-title="Ana &amp; Tom: &lt;the&gt; &quot;rumors&quot;" data-event="soho-dinner"' +
        ' data-theme="dark" data-filters="kind=denial">' +
        '<a href="https://timeline.example.org/?data=https://timeline.example.org/data/de-armas-cruise-2025.json&amp;event=soho-dinner&amp;theme=dark&amp;kind=denial">' +
        "View the timeline: Ana &amp; Tom: &lt;the&gt; &quot;rumors&quot;</a></div>\n" +
        '<script async src="https://timeline.example.org/embed.js"></script>',
    );
  });

  it("the script form leaves out options that are not set", () => {
    const code = scriptSnippet(spec);
    expect(code).not.toContain("data-event");
    expect(code).not.toContain("data-theme");
    expect(code).not.toContain("data-filters");
  });

  it("the iframe form: fixed height, full width, lazy, with an accessible name", () => {
    expect(iframeSnippet(spec)).toBe(
      '<iframe src="https://timeline.example.org/embed.html?data=https://timeline.example.org/data/de-armas-cruise-2025.json"' +
        ' title="Timeline: Ana &amp; Tom: &lt;the&gt; &quot;rumors&quot;"' +
        ` width="100%" height="${DEFAULT_IFRAME_HEIGHT}" style="width:100%;border:0" loading="lazy"></iframe>`,
    );
  });

  it("keeps the iframe's height sane", () => {
    expect(iframeSnippet(spec, 20)).toContain('height="200"');
    expect(iframeSnippet(spec, 1e6)).toContain('height="4000"');
    expect(iframeSnippet(spec, Number.NaN)).toContain(`height="${DEFAULT_IFRAME_HEIGHT}"`);
    expect(iframeSnippet(spec, 555.4)).toContain('height="555"');
  });

  it("titles frames for screen readers", () => {
    expect(frameTitle("X")).toBe("Timeline: X");
  });
});
