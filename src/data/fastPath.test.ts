// The fast path must never accept what the full path (zod and the reference checks)
// refuses, and must return exactly what the full path returns when both accept.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/bench/generate.ts";
import { arbitraryDataset } from "./convert/arbitraryDataset.ts";
import { fastValidate, fastValidateInSlices } from "./fastPath.ts";
import {
  hostileDataset,
  longTextDataset,
  pollutingTexts,
  REFUSED_URLS,
} from "./fixtures/hostile.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import { LIMITS, type DatasetInput } from "./schema.ts";
import { validateByOracle } from "./fixtures/oracle.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value, as key paths from the root. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, i) => paths(item, [...at, i]))
    : typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))
      : [];
  return [at, ...inner];
}

/**
 * Edits that are not a plain value: delete, pad with whitespace, duplicate, add an own
 * "__proto__" key, and two that plain JSON cannot hold but converters' objects can (a hole
 * in a list, a key whose value is undefined).
 */
type Edit = "(delete)" | "(pad)" | "(duplicate)" | "(proto)" | "(hole)" | "(undefined)";
const NOT_JSON: ReadonlySet<unknown> = new Set<Edit>(["(hole)", "(undefined)"]);

/** Values that break (or, trimmed or reordered, quietly pass) some rule of format v1. */
const replacements: fc.Arbitrary<Json | Edit> = fc.oneof(
  fc.constantFrom<Edit>("(delete)", "(pad)", "(duplicate)", "(proto)", "(hole)", "(undefined)"),
  fc.constantFrom<Json>(
    null,
    true,
    0,
    1,
    -1,
    2,
    "1",
    "",
    "   ",
    "\t\n",
    "x",
    "Bad Slug",
    "a--b",
    "-a",
    "a-",
    "café",
    "javascript:alert(1)",
    "data:text/html,x",
    "ftp://example.com/a",
    "/relative",
    "example.com",
    "https://example.com/a",
    "https://www.bbc.co.uk@evil.example/a",
    "https://exa mple.com/",
    "\u200b",
    " \u200c\u2060 ",
    "2025-13-01",
    "2025-02-30",
    "2025-02-13",
    "2025-02-13T21:30",
    "2025-02-13T24:00Z",
    "2025/2024",
    "2025??",
    "-2025",
    "2025-21",
    "../..",
    "2025?",
    "../2025",
    "2025/..",
    "-0044-03-15",
    "x.json",
    "/data/x.es.json",
    "//evil.example/x.json",
    "unknown-id",
    "sighting",
    "supports",
    "anonymous",
    "confirmed",
    "Confirmed",
    "en",
    "es",
    "pt-BR",
    "e",
    "en_US",
    "english",
    [],
    {},
  ),
  fc.string({ maxLength: 3 }),
  // Just past each length limit (tag, short, id, name, quote, text, summary), and a long URL.
  fc.constantFrom(41, 61, 81, 201, 501, 1001, 2001).map((length) => "a".repeat(length)),
  fc.constant(`https://example.com/${"a".repeat(1990)}`),
  fc.array(fc.constant("s"), { minLength: 201, maxLength: 202 }),
);

function mutate(root: Json, path: (string | number)[], replacement: Json | Edit): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return typeof replacement === "string" ? replacement : copy;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => {
    const next = (node as Record<string | number, Json>)[key];
    return next as Json;
  }, copy) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  const current = parent[key];
  if (replacement === "(delete)") {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else Reflect.deleteProperty(parent, key);
  } else if (replacement === "(pad)") {
    parent[key] = typeof current === "string" ? ` ${current}\t` : current;
  } else if (replacement === "(duplicate)") {
    if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(current));
    else parent[`${String(key)}x`] = current;
  } else if (replacement === "(proto)") {
    // An own key, as JSON.parse makes it; an assignment would set the prototype instead.
    const target =
      typeof current === "object" && current !== null && !Array.isArray(current) ? current : parent;
    Object.defineProperty(target, "__proto__", {
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (replacement === "(hole)") {
    if (Array.isArray(parent)) {
      Reflect.deleteProperty(parent, key);
    } else {
      const holey: unknown[] = new Array(2);
      holey[1] = current;
      parent[key] = holey;
    }
  } else if (replacement === "(undefined)") {
    parent[key] = undefined;
  } else {
    parent[key] = replacement;
  }
  return copy;
}

describe("fastValidate", () => {
  it("accepts every valid generated dataset and returns what the full path returns", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const value = JSON.parse(JSON.stringify(input)) as unknown;
        const full = validateByOracle(value);
        expect(full.ok).toBe(true);
        if (!full.ok) return;
        expect(fastValidate(value)).toEqual(full.dataset);
      }),
      propertyOptions(SEED, 150),
    );
  });

  it("never accepts what the full path refuses, and agrees with it on what both accept", () => {
    const options = propertyOptions(SEED, 400);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbitraryDataset(), fc.nat(), replacements, (input, pick, replacement) => {
        const json = JSON.parse(JSON.stringify(input)) as Json;
        const all = paths(json);
        const mutated = mutate(json, all[pick % all.length]!, replacement);
        // Through JSON, as a file arrives, unless the edit is one that JSON cannot hold.
        const value = NOT_JSON.has(replacement) ? mutated : JSON.parse(JSON.stringify(mutated));
        const fast = fastValidate(value);
        const full = validateByOracle(value);
        if (full.ok) {
          accepted++;
          if (fast !== null) expect(fast).toEqual(full.dataset);
        } else {
          refused++;
          expect(fast).toBeNull();
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      options,
    );
    // Both outcomes occur often, so the agreement above means something.
    expect(accepted).toBeGreaterThan(options.numRuns / 15);
    expect(refused).toBeGreaterThan(options.numRuns / 3);
  });

  it("agrees with the full path on the fixtures, hostile ones included", () => {
    const minimal = minimalDataset();
    const texts = [
      JSON.stringify(minimal),
      JSON.stringify(hostileDataset()),
      JSON.stringify(longTextDataset()),
      ...pollutingTexts(minimal),
      ...REFUSED_URLS.map((url) =>
        JSON.stringify({
          ...minimal,
          sources: minimal.sources.map((source) => ({ ...source, url })),
        }),
      ),
    ];
    for (const text of texts) {
      const input = JSON.parse(text) as unknown;
      const full = validateByOracle(input);
      const fast = fastValidate(input);
      if (full.ok) expect(fast).toEqual(full.dataset);
      else expect(fast).toBeNull();
    }
  });

  it("refuses contradictions and invisible-only text, as the full path does", () => {
    const cases: ((doc: DatasetInput) => void)[] = [
      (doc) => void (doc.claims![0]!.status = "confirmed"),
      (doc) => void (doc.claims![0]!.history![1]!.date = "2025-01-01"),
      (doc) => void doc.events[1]!.claims!.push({ claim: "romance", stance: "disputes" }),
      (doc) => void (doc.events[1]!.title = "\u200b\u2060"),
      (doc) => void (doc.sources[0]!.outlet = "\u200c\u200d"),
    ];
    for (const edit of cases) {
      const doc = minimalDataset();
      edit(doc);
      const value = JSON.parse(JSON.stringify(doc)) as unknown;
      expect(validateByOracle(value).ok).toBe(false);
      expect(fastValidate(value)).toBeNull();
    }
  });

  // Converters hand over objects, not JSON: a list may have a hole, a key may be undefined.
  it("refuses a hole in any list, as the full path does", () => {
    const lists = (d: Json) => {
      const dataset = d as { [key: string]: Json[] };
      const [denial, dinner] = dataset.events as { [key: string]: Json[] }[];
      const [claim] = dataset.claims as { [key: string]: Json[] }[];
      return [
        dataset.people,
        dataset.claims,
        dataset.sources,
        dataset.events,
        dataset.corrections,
        claim?.history,
        denial?.claims,
        denial?.annotations,
        dinner?.people,
        dinner?.altDates,
        dinner?.sources,
        dinner?.tags,
      ];
    };
    const count = lists(minimalDataset() as Json).length;
    for (let i = 0; i < count; i++) {
      const value = minimalDataset() as Json;
      const items = lists(value)[i]!;
      items.unshift(null);
      Reflect.deleteProperty(items, 0);
      expect(0 in items).toBe(false);
      expect(validateByOracle(value).ok).toBe(false);
      expect(fastValidate(value)).toBeNull();
    }
  });

  it("reads an optional key set to undefined as absent, as the full path does", () => {
    const value = minimalDataset() as { [key: string]: unknown };
    for (const key of ["$schema", "language", "people", "claims", "corrections"]) {
      value[key] = undefined;
    }
    // Nothing may refer to the people and claims that are gone.
    value.events = [{ ...minimalDataset().events[0]!, claims: undefined, annotations: undefined }];
    const full = validateByOracle(value);
    expect(full.ok).toBe(true);
    if (full.ok) expect(fastValidate(value)).toEqual(full.dataset);
  });

  it("accepts the benchmark's generated datasets", () => {
    const value = JSON.parse(JSON.stringify(generateDataset(2000, SEED))) as unknown;
    const full = validateByOracle(value);
    expect(full.ok).toBe(true);
    if (full.ok) expect(fastValidate(value)).toEqual(full.dataset);
  });

  it("gives every event the same shape, so passes over them stay fast", () => {
    const value = JSON.parse(JSON.stringify(generateDataset(200, SEED))) as unknown;
    const events = fastValidate(value)?.events ?? [];
    const shapes = new Set(events.map((event) => Object.keys(event).join(",")));
    // With and without the optional place.
    expect(shapes.size).toBeLessThanOrEqual(2);
  });
});

describe("fastValidateInSlices", () => {
  it("returns what fastValidate returns, pausing after each slice of events", async () => {
    const value = JSON.parse(JSON.stringify(generateDataset(5000, SEED))) as unknown;
    const pauses: [number, number][] = [];
    const sliced = await fastValidateInSlices(value, async (checked, total) => {
      pauses.push([checked, total]);
    });
    expect(sliced).toEqual(fastValidate(value));
    expect(pauses).toEqual([
      [2000, 5000],
      [4000, 5000],
    ]);
  });

  it("refuses what fastValidate refuses", async () => {
    const value = { ...minimalDataset(), version: 2 };
    expect(await fastValidateInSlices(value, async () => {})).toBeNull();
  });
});

// zod counts a string's length in code points; the fast path once counted UTF-16 units,
// so that a 150-emoji title (300 units) always took the slow path.
describe("fastValidate counts characters as zod does", () => {
  /** The minimal dataset with one text field set, by a function that edits it. */
  function withText(set: (doc: DatasetInput, text: string) => void, text: string): unknown {
    const doc = minimalDataset();
    set(doc, text);
    return JSON.parse(JSON.stringify(doc)) as unknown;
  }
  const fields: [string, number, (doc: DatasetInput, text: string) => void][] = [
    ["title", LIMITS.title, (doc, text) => void (doc.events[0]!.title = text)],
    ["short", LIMITS.short, (doc, text) => void (doc.events[0]!.short = text)],
    ["summary", LIMITS.summary, (doc, text) => void (doc.events[0]!.summary = text)],
    ["place", LIMITS.name, (doc, text) => void (doc.events[0]!.place = text)],
    ["outlet", LIMITS.name, (doc, text) => void (doc.sources[0]!.outlet = text)],
    ["quote", LIMITS.quote, (doc, text) => void (doc.events[0]!.annotations![0]!.quote = text)],
    ["url", LIMITS.url, (doc, text) => void (doc.sources[0]!.url = `https://a.example/${text}`)],
  ];

  it("accepts a title of 150 emoji: 150 characters, though 300 UTF-16 units", () => {
    const value = withText(fields[0]![2], "😀".repeat(150));
    expect(validateByOracle(value).ok).toBe(true);
    expect(fastValidate(value)).not.toBeNull();
  });

  it("agrees with the full path on texts of one- and two-unit characters near each limit", () => {
    const character = fc.constantFrom("a", "é", " ", "😀", "𝕏", "\u{1F3F3}\u{FE0F}");
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.integer({ min: -2, max: 2 }),
        fc.array(character, { minLength: 1, maxLength: 40 }),
        ([, limit, set], offset, pattern) => {
          let text = "";
          for (let i = 0; [...text].length < limit + offset; i++) {
            text += pattern[i % pattern.length];
          }
          const value = withText(set, text);
          const full = validateByOracle(value);
          const fast = fastValidate(value);
          if (full.ok) expect(fast).toEqual(full.dataset);
          else expect(fast).toBeNull();
        },
      ),
      propertyOptions(SEED, 150),
    );
  });
});
