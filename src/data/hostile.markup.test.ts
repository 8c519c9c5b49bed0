// The hostile corpus (fixtures/hostile.ts) against the data boundary and the components that
// render dataset text: markup stays literal text, links are http(s) only, and nothing in a
// dataset is ever evaluated. Prototype keys are tested in hostile.pollution.test.ts, files
// shaped to freeze the parser in hostile.limits.test.ts.
import { Parser } from "htmlparser2";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EventList } from "../components/EventList.tsx";
import { SourceLink } from "../components/SourceLink.tsx";
import { hostileDataset, PAYLOADS, REFUSED_URLS } from "./fixtures/hostile.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import type { DatasetInput } from "./schema.ts";
import { validateDataset } from "./validate.ts";
import { problems, roundTrip, valid } from "../test/loadResult.ts";

interface Element {
  name: string;
  attributes: Record<string, string>;
}

/** Every element and attribute in a piece of HTML, as a browser's parser would see them. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => found.push({ name, attributes }) },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** What HTML's text would read, entities decoded and tags dropped. */
function textOf(html: string): string {
  let text = "";
  const parser = new Parser({ ontext: (data) => (text += data) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return text;
}

describe("markup and script payloads are data, kept literally", () => {
  const input = hostileDataset();
  const dataset = valid(validateDataset(roundTrip(input)));

  it("validates the dataset whose every text field carries a payload", () => {
    expect(dataset.events).toHaveLength(PAYLOADS.length);
  });

  it("keeps every text field exactly as written: nothing stripped, decoded or escaped", () => {
    for (const event of input.events) {
      const out = dataset.events.find((e) => e.id === event.id);
      expect(out).toMatchObject({
        title: event.title,
        short: event.short,
        summary: event.summary,
        place: event.place,
        annotations: [{ text: event.annotations?.[0]?.text, quote: event.annotations?.[0]?.quote }],
      });
      expect(out?.altDates[0]?.note).toBe(event.altDates?.[0]?.note);
    }
    for (const source of input.sources) {
      expect(dataset.sourcesById.get(source.id)).toMatchObject({
        outlet: source.outlet,
        title: source.title,
        relays: source.relays,
        url: source.url,
      });
    }
    for (const person of input.people ?? []) {
      expect(dataset.peopleById.get(person.id)).toEqual(person);
    }
    expect(dataset.claims.map((c) => c.text)).toEqual(input.claims?.map((c) => c.text));
    expect(dataset.corrections.map((c) => c.text)).toEqual(input.corrections?.map((c) => c.text));
  });

  it("renders every payload as text: no element, attribute or link comes from the data", () => {
    const html = renderToStaticMarkup(
      createElement(EventList, { dataset, events: dataset.events }),
    );
    const elements = elementsOf(html);
    // Only the elements the list is made of; none of the payloads' img, svg, script, …
    const names = new Set(elements.map((e) => e.name));
    for (const name of names) {
      expect([
        "ol",
        "li",
        "article",
        "p",
        "time",
        "span",
        "h3",
        "ul",
        "figure",
        "blockquote",
        "figcaption",
        "a",
        "details",
        "summary",
        // The disputed dates' list (AltDateList) sets each date in bold.
        "strong",
      ]).toContain(name);
    }
    for (const { name, attributes } of elements) {
      for (const [attribute, value] of Object.entries(attributes)) {
        expect(attribute, `<${name} ${attribute}>`).not.toMatch(/^on|^style$|^srcdoc$/);
        if (attribute === "href") expect(value).toMatch(/^https:\/\/example\.org\//);
      }
    }
    // Each payload reads as itself, whole, on the page.
    const text = textOf(html);
    for (const payload of PAYLOADS) expect(text).toContain(payload.text.trim());
  });

  it("never links a source whose URL is not http(s), even one that slipped past validation", () => {
    for (const url of REFUSED_URLS) {
      const html = renderToStaticMarkup(
        createElement(SourceLink, { source: { id: "s", outlet: "Outlet", url } }),
      );
      expect(
        elementsOf(html).map((e) => e.name),
        url,
      ).not.toContain("a");
    }
  });
});

describe("links and URLs", () => {
  it.each(REFUSED_URLS)("refuses the source URL %j", (url) => {
    const doc = minimalDataset();
    doc.sources[0] = { ...doc.sources[0]!, url };
    expect(problems(validateDataset(roundTrip(doc)))).toContainEqual({
      path: "sources[0].url",
      message: expect.stringMatching(
        /^must (be an absolute http\(s\) URL|not contain spaces or control characters|not contain a user name or password)/,
      ),
    });
  });
});

describe("a dataset is data: parsing never evaluates it", () => {
  it("treats template and code strings as text", () => {
    const doc: DatasetInput = minimalDataset();
    doc.title = "${process.exit(1)} {{constructor.constructor('return process')().exit(1)}}";
    const dataset = valid(validateDataset(roundTrip(doc)));
    expect(dataset.title).toBe(doc.title);
  });
});
