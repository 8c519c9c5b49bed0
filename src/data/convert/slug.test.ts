import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSlug, slugify, UniqueSlugs } from "./slug.ts";
import { propertyOptions } from "../../test/property.ts";

describe("slugify", () => {
  it("lowercases, folds accents and joins words with single hyphens", () => {
    expect(slugify("Ana de Armas")).toBe("ana-de-armas");
    expect(slugify("  Ça été — l'été 2025!  ")).toBe("ca-ete-l-ete-2025");
    expect(slugify("Straße, Æsir, Øresund, Łódź, Þór")).toBe("strasse-aesir-oresund-lodz-thor");
    expect(slugify("Tom & Ana")).toBe("tom-and-ana");
    expect(slugify("www.people.com")).toBe("www-people-com");
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(slugify("日本語")).toBe("");
    expect(slugify("!!!")).toBe("");
  });

  it("cuts long text at a word boundary", () => {
    expect(slugify("one two three four five", 12)).toBe("one-two");
    expect(slugify("abcdefghijklmnop", 5)).toBe("abcde");
  });

  it("always gives a slug or nothing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slug === "" || isSlug(slug, max)).toBe(true);
      }),
      propertyOptions(20250213, 500),
    );
  });
});

describe("UniqueSlugs", () => {
  it("adds -2, -3… to taken slugs and records what it returns", () => {
    const taken = new Set(["dinner"]);
    const slugs = new UniqueSlugs();
    expect(slugs.make("dinner", taken)).toBe("dinner-2");
    expect(slugs.make("dinner", taken)).toBe("dinner-3");
    expect(slugs.make("", taken, "event")).toBe("event");
    expect([...taken]).toEqual(["dinner", "dinner-2", "dinner-3", "event"]);
  });

  it("resumes a stem's count, still skipping what was taken meanwhile", () => {
    const taken = new Set(["a", "a-2"]);
    const slugs = new UniqueSlugs();
    expect(slugs.make("a", taken)).toBe("a-3");
    taken.add("a-4");
    expect(slugs.make("a", taken)).toBe("a-5");
    expect(slugs.make("b", taken)).toBe("b");
  });

  it("stays within the length limit with a suffix", () => {
    const taken = new Set(["abcdef"]);
    expect(new UniqueSlugs().make("abcdef", taken, "x", 6)).toBe("abcd-2");
  });
});
