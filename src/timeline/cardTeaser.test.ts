import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { Annotation, Person, Source, TimelineEvent } from "../data/model.ts";
import { keyQuote, outletLine, shortenQuote } from "./cardTeaser.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";

const date = parseEdtf("2025-05-15");
if (!date.ok) throw new Error(date.error);

function event(annotations: Annotation[]): TimelineEvent {
  return {
    id: "e",
    index: 0,
    title: "E",
    summary: "S",
    date: date.ok ? date.value : (undefined as never),
    altDates: [],
    kind: "statement",
    people: [],
    claims: [],
    annotations,
    sources: ["s1"],
    tags: [],
  };
}

const sources: Source[] = [
  { id: "s1", outlet: "Hindustan Times", relays: "People" },
  { id: "s2", outlet: "OK! Magazine" },
  { id: "s3", outlet: "Hindustan Times", relays: "People" },
  { id: "s4", outlet: "Daily8" },
];
const people: Person[] = [{ id: "tom", name: "Tom Cruise" }];
const dataset = {
  peopleById: new Map(people.map((p) => [p.id, p])),
  sourcesById: new Map(sources.map((s) => [s.id, s])),
};

describe("shortenQuote", () => {
  it("keeps short quotes and cuts long ones at a word boundary", () => {
    expect(shortenQuote("It kicks a--")).toEqual({ text: "It kicks a--", shortened: false });
    expect(shortenQuote("one two three four five", 12)).toEqual({
      text: "one two…",
      shortened: true,
    });
    // No trailing punctuation before the ellipsis.
    expect(shortenQuote("alpha beta, gamma delta", 12).text).toBe("alpha beta…");
  });
});

describe("keyQuote", () => {
  it("prefers an on-the-record quote with its speaker", () => {
    const quote = keyQuote(
      event([
        { text: "t", quote: "Just friends.", attribution: "anonymous", sources: ["s1"] },
        {
          text: "t",
          quote: "I just saw the movie.",
          speaker: "tom",
          attribution: "on-record",
          sources: ["s2"],
        },
      ]),
      dataset,
      ENGLISH,
    );
    expect(quote).toEqual({ quote: "I just saw the movie.", shortened: false, by: "Tom Cruise" });
  });

  it("names an anonymous source by the outlet that first reported it", () => {
    const quote = keyQuote(
      event([{ text: "t", quote: "Just friends.", attribution: "anonymous", sources: ["s1"] }]),
      dataset,
      ENGLISH,
    );
    expect(quote?.by).toBe("anonymous source via People");
  });

  it("is null without quotes", () => {
    expect(
      keyQuote(event([{ text: "t", attribution: "photo", sources: ["s1"] }]), dataset, ENGLISH),
    ).toBe(null);
  });
});

describe("outletLine", () => {
  it("names outlets with their relays, drops duplicates and counts the rest", () => {
    expect(outletLine(["s1", "s2", "s3", "s4", "missing"], dataset.sourcesById, ENGLISH)).toEqual({
      shown: ["Hindustan Times via People", "OK! Magazine"],
      more: 1,
    });
  });
});
