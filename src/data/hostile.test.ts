// The hostile corpus (fixtures/hostile.ts) against the data boundary and the components
// that render dataset text: markup stays literal text, links are http(s) only, prototype
// keys are refused without polluting anything, and files shaped to freeze the parser are
// refused quickly with a message that says why.
import { Parser } from "htmlparser2";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EventList } from "../components/EventList.tsx";
import { SourceLink } from "../components/SourceLink.tsx";
import { csvToDataset } from "./convert/csv.ts";
import { timelineJsToDataset } from "./convert/timelinejs.ts";
import {
  HOSTILE_IDS,
  hostileDataset,
  longTextDataset,
  PAYLOADS,
  pollutingTexts,
  REFUSED_URLS,
} from "./fixtures/hostile.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import type { Dataset, LoadResult, Problem } from "./model.ts";
import { parseDataset } from "./parseDataset.ts";
import { LIMITS, type DatasetInput } from "./schema.ts";
import {
  MAX_DATASET_CHARS,
  MAX_DEPTH,
  MAX_KEYS,
  MAX_PROBLEMS,
  validateDataset,
} from "./validate.ts";

function valid(result: LoadResult): Dataset {
  if (!result.ok) throw new Error(`expected a valid dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

function problems(result: LoadResult): Problem[] {
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

/** Through JSON, as every dataset arrives. */
function roundTrip(doc: unknown): unknown {
  return JSON.parse(JSON.stringify(doc));
}

/** Runs `fn` and says how long it took, in milliseconds. */
async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

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

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain("polluted");
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

describe("prototype pollution", () => {
  it("refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing", async () => {
    for (const text of pollutingTexts(minimalDataset())) {
      const list = problems(await parseDataset(text));
      expect(list.map((p) => p.message).join("\n")).toMatch(
        /unknown key "(__proto__|constructor|prototype)"|must be|is required/,
      );
      expectNoPollution();
    }
  });

  it("names the polluting key and its path", async () => {
    const [atRoot, , , inEvent] = pollutingTexts(minimalDataset());
    expect(problems(await parseDataset(atRoot!))).toContainEqual({
      path: "__proto__",
      message: 'unknown key "__proto__" (not part of format v1; check the spelling)',
    });
    expect(problems(await parseDataset(inEvent!))).toContainEqual({
      path: "events[0].__proto__",
      message: 'unknown key "__proto__" (not part of format v1; check the spelling)',
    });
  });

  it("resolves ids named after Object.prototype members only when they exist", () => {
    const dataset = valid(validateDataset(roundTrip(hostileDataset())));
    expect(dataset.sourcesById.get("constructor")?.outlet).toBe(PAYLOADS[0]?.text);
    expect(dataset.peopleById.get("prototype")?.name).toBe(PAYLOADS[0]?.text);
    expect(dataset.claimsById.get("valueof")?.text).toBe(PAYLOADS[0]?.text);
    expect(dataset.events.some((e) => e.id === "tostring")).toBe(true);

    // A reference to a name every plain object "has" must still be unknown.
    for (const id of [...HOSTILE_IDS, "hasownproperty", "isprototypeof"]) {
      const doc = minimalDataset();
      doc.events[0]!.sources = [id];
      doc.events[0]!.people = [id];
      doc.events[0]!.claims = [{ claim: id, stance: "supports" }];
      expect(problems(validateDataset(roundTrip(doc)))).toEqual(
        expect.arrayContaining([
          { path: "events[0].sources[0]", message: `unknown source "${id}"` },
          { path: "events[0].people[0]", message: `unknown person "${id}"` },
          { path: "events[0].claims[0].claim", message: `unknown claim "${id}"` },
        ]),
      );
    }
  });

  it("converts CSV and TimelineJS files with polluting keys and values without polluting", () => {
    const csv =
      "id,date,title,summary,kind,__proto__,constructor,source_urls\n" +
      '__proto__,2025-02-13,constructor,prototype,report,"{""polluted"":1}",x,https://a.example/\n';
    const fromCsv = csvToDataset(csv, { today: "2025-11-13" });
    expect(fromCsv.problems.map((p) => `row ${p.row}: ${p.message.split(" (")[0]}`)).toEqual([
      'row 1: unknown column "__proto__"',
      'row 1: unknown column "constructor"',
      'row 2: id: "__proto__" is not a slug',
    ]);
    const kept = csvToDataset(
      "id,date,title,summary,kind,source_urls\n" +
        "constructor,2025-02-13,__proto__,prototype,report,https://a.example/\n",
      { today: "2025-11-13" },
    );
    expect(kept.dataset.events).toMatchObject([
      { id: "constructor", title: "__proto__", summary: "prototype" },
    ]);
    expect(validateDataset(roundTrip(kept.dataset)).ok).toBe(true);
    expectNoPollution();

    const timelineJs = JSON.parse(
      '{"__proto__":{"polluted":1},"events":[{"__proto__":{"polluted":1},' +
        '"constructor":{"prototype":{"polluted":1}},"start_date":{"year":"2025"},' +
        '"text":{"headline":"<img src=x onerror=alert(1)>","text":"<a href=\\"javascript:alert(1)\\">x</a>"}}]}',
    ) as unknown;
    const fromTimelineJs = timelineJsToDataset(timelineJs, { today: "2025-11-13" });
    const messages = fromTimelineJs.problems.map((p) => p.message).join("\n");
    expect(messages).toContain('"__proto__" is not carried');
    // The HTML became text, and the javascript: link is not a source.
    expect(JSON.stringify(fromTimelineJs.dataset)).not.toContain("javascript:");
    expect(JSON.stringify(fromTimelineJs.dataset)).not.toContain("onerror");
    expectNoPollution();
  });
});

describe("bounded size, depth and time, each with a clear message", () => {
  it("refuses 100,000 nested arrays before parsing, naming where", async () => {
    const depth = 100_000;
    const [result, ms] = await timed(() =>
      parseDataset(`{"version":1,"x":${"[".repeat(depth)}${"]".repeat(depth)}}`),
    );
    expect(problems(result)).toEqual([
      {
        path: "(file)",
        message: `is nested too deeply (more than ${MAX_DEPTH} levels of arrays and objects; format v1 needs 6) at line 1, column ${17 + MAX_DEPTH}`,
      },
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses 5 million nested arrays (10 MB) at once, without parsing them", async () => {
    const depth = 5_000_000;
    const [result, ms] = await timed(() =>
      parseDataset(`${"[".repeat(depth)}${"]".repeat(depth)}`),
    );
    expect(problems(result)[0]?.message).toMatch(/^is nested too deeply/);
    // JSON.parse alone takes seconds on this.
    expect(ms).toBeLessThan(1000);
  });

  it("ignores brackets inside strings, escaped quotes included", async () => {
    const doc = minimalDataset();
    doc.title = `"[[[[\\${"[{".repeat(60)}`;
    expect((await parseDataset(JSON.stringify(doc))).ok).toBe(true);
  });

  it("refuses a deep value that arrives already parsed, without overflowing the stack", () => {
    let deep: unknown = "report";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const doc = { ...minimalDataset(), events: [{ ...minimalDataset().events[0], kind: deep }] };
    const list = problems(validateDataset(doc));
    expect(list).toEqual([
      {
        path: `events[0].kind${"[0]".repeat(MAX_DEPTH - 3)}`,
        message: `is nested too deeply (more than ${MAX_DEPTH} levels of arrays and objects; format v1 needs 6)`,
      },
    ]);
  });

  it("refuses a file over 64 MB before parsing it", async () => {
    const [result, ms] = await timed(() => parseDataset(" ".repeat(MAX_DATASET_CHARS + 1)));
    expect(problems(result)).toEqual([
      { path: "(file)", message: "is too large (64.0 MB; the limit is 64 MB)" },
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses over-long text in every field, naming the field and the limit", () => {
    const doc = hostileDataset(PAYLOADS.slice(0, 1));
    const over = (max: number) => "x".repeat(max + 1);
    doc.title = over(LIMITS.title);
    doc.summary = over(LIMITS.summary);
    doc.people![0]!.name = over(LIMITS.name);
    doc.claims![0]!.text = over(LIMITS.quote);
    doc.sources[0]!.outlet = over(LIMITS.name);
    doc.sources[0]!.url = `https://example.org/${over(LIMITS.url)}`;
    const event = doc.events[0]!;
    event.title = over(LIMITS.title);
    event.summary = over(LIMITS.summary);
    event.place = over(LIMITS.name);
    event.annotations![0]!.text = over(LIMITS.text);
    event.annotations![0]!.quote = over(LIMITS.quote);
    event.altDates![0]!.note = over(LIMITS.note);
    doc.corrections![0]!.text = over(LIMITS.text);
    const list = problems(validateDataset(roundTrip(doc)));
    expect(list.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "claims[0].text: is too long (at most 500 characters)",
      "corrections[0].text: is too long (at most 1000 characters)",
      "events[0].altDates[0].note: is too long (at most 500 characters)",
      "events[0].annotations[0].quote: is too long (at most 500 characters)",
      "events[0].annotations[0].text: is too long (at most 1000 characters)",
      "events[0].place: is too long (at most 200 characters)",
      "events[0].summary: is too long (at most 2000 characters)",
      "events[0].title: is too long (at most 200 characters)",
      "people[0].name: is too long (at most 200 characters)",
      "sources[0].outlet: is too long (at most 200 characters)",
      "sources[0].url: is too long (at most 2000 characters)",
      "summary: is too long (at most 2000 characters)",
      "title: is too long (at most 200 characters)",
    ]);
  });

  it("accepts text at every limit, unbroken", () => {
    expect(validateDataset(roundTrip(longTextDataset())).ok).toBe(true);
  });

  it("refuses a huge list before checking any item of it", async () => {
    const doc = { ...minimalDataset(), events: Array.from({ length: 300_000 }, () => ({})) };
    const [result, ms] = await timed(() => validateDataset(doc));
    expect(problems(result)).toEqual([
      { path: "events", message: "has too many items (300,000; at most 200,000)" },
    ]);
    expect(ms).toBeLessThan(2000);

    const tags = { ...minimalDataset() };
    tags.events[0]!.tags = Array.from({ length: 1_000_000 }, () => "a");
    expect(problems(validateDataset(tags))).toEqual([
      { path: "events[0].tags", message: "has too many items (1,000,000; at most 200)" },
    ]);
  });

  it("refuses an object with thousands of keys without listing each", () => {
    const doc: Record<string, unknown> = { ...minimalDataset() };
    for (let i = 0; i < 200_000; i++) doc[`key${i}`] = i;
    expect(problems(validateDataset(doc))).toEqual([
      {
        path: "(root)",
        message: `has too many keys (200,011; format v1 objects have at most 15)`,
      },
    ]);
    expect(MAX_KEYS).toBeLessThan(200_000);
  });

  it("lists the first 1,000 of a flood of problems and counts the rest", () => {
    const doc = { ...minimalDataset(), events: Array.from({ length: 2_000 }, () => []) };
    const list = problems(validateDataset(doc));
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    expect(list[0]).toEqual({ path: "events[0]", message: "must be an object (got an array)" });
    expect(list.at(-1)).toEqual({
      path: "(file)",
      message: "has 1,000 more problems not listed here; fix these first",
    });
  });

  it("survives a flood too large for the validator's own stack, still listing the first", async () => {
    // 100,000 empty events are 600,000 problems: more than one call can gather at once.
    const doc = { ...minimalDataset(), events: Array.from({ length: 100_000 }, () => ({})) };
    const [result, ms] = await timed(() => validateDataset(doc));
    const list = problems(result);
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    expect(list[0]).toEqual({ path: "events[0].date", message: "is required" });
    expect(list.at(-1)?.message).toMatch(/^has more problems not listed here/);
    expect(list.map((p) => p.message).join("\n")).not.toMatch(/call stack|could not be validated/);
    expect(ms).toBeLessThan(20_000);
  });

  it("says what a wrong type should have been, not zod's bare 'Invalid input'", () => {
    const doc = { ...minimalDataset(), events: ["text", 1, null, []] };
    expect(problems(validateDataset(doc))).toEqual([
      { path: "events[0]", message: "must be an object (got a string)" },
      { path: "events[1]", message: "must be an object (got a number)" },
      { path: "events[2]", message: "must be an object (got null)" },
      { path: "events[3]", message: "must be an object (got an array)" },
    ]);
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
