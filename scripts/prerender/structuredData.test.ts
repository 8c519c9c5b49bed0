import { describe, expect, it } from "vitest";
import { readEdition } from "../vite-feeds.ts";
import { datasetJsonLd, eventJsonLd, isoSides, validateJsonLd } from "./structuredData.ts";
import { testDataset } from "./testDataset.ts";

const SITE = "https://timeline.example.org/";
const english = readEdition("de-armas-cruise-2025");
const place = { site: SITE, name: english.name, defaultName: english.name };

describe("datasetJsonLd", () => {
  const doc = datasetJsonLd(english.dataset, place);

  it("is a valid Article with the events in date order, linking their pages", () => {
    expect(validateJsonLd(doc)).toEqual([]);
    expect(doc).toMatchObject({
      "@type": "Article",
      url: SITE,
      headline: english.dataset.title,
      dateModified: "2025-11-13",
      inLanguage: "en",
      image: `${SITE}cards/de-armas-cruise-2025.png`,
      publisher: { "@type": "Organization", name: "Rumor Timeline" },
    });
    const list = doc.mainEntity as { itemListElement: { position: number; url: string }[] };
    expect(list.itemListElement).toHaveLength(english.dataset.events.length);
    expect(list.itemListElement[0]).toEqual({
      "@type": "ListItem",
      position: 1,
      name: english.dataset.events[0]!.title,
      url: `${SITE}e/${english.dataset.events[0]!.id}/`,
    });
  });

  it("links another dataset's events under its own path", () => {
    const spanish = readEdition("de-armas-cruise-2025.es");
    const other = datasetJsonLd(spanish.dataset, { ...place, name: spanish.name });
    expect(validateJsonLd(other)).toEqual([]);
    expect(other.url).toBe(`${SITE}t/de-armas-cruise-2025.es/`);
    expect(other.inLanguage).toBe("es");
  });
});

describe("eventJsonLd", () => {
  it("is a valid Article about the Event, citing its sources", () => {
    for (const event of english.dataset.events) {
      expect(validateJsonLd(eventJsonLd(english.dataset, event, place))).toEqual([]);
    }
    const soho = english.dataset.events.find((e) => e.id === "soho-dinner")!;
    const doc = eventJsonLd(english.dataset, soho, place);
    expect(doc).toMatchObject({
      "@type": "Article",
      url: `${SITE}e/soho-dinner/`,
      image: `${SITE}cards/de-armas-cruise-2025/soho-dinner.png`,
      datePublished: "2025-02-16",
      about: {
        "@type": "Event",
        startDate: "2025-02-13",
        location: { "@type": "Place", name: "Soho, London, UK" },
      },
      isPartOf: { "@type": "CreativeWork", url: SITE },
    });
    expect(doc.citation).toHaveLength(soho.sources.length);
  });

  it("writes no date it cannot say exactly, and a relayed source's original outlet", () => {
    const dataset = testDataset((doc) => {
      doc.events[1]!.date = "2025-03~";
    });
    const denial = dataset.events.find((e) => e.id === "denial")!;
    const dinner = dataset.events.find((e) => e.id === "dinner")!;
    const open = eventJsonLd(dataset, denial, { site: SITE, name: "test-rumor" });
    expect(open.about).toMatchObject({ endDate: "2025-02-20" });
    expect(open.about).not.toHaveProperty("startDate");
    expect(open.citation).toEqual([
      {
        "@type": "CreativeWork",
        name: "Paper B",
        url: "http://b.example/x",
        publisher: { "@type": "Organization", name: "Paper B" },
        isBasedOn: {
          "@type": "CreativeWork",
          publisher: { "@type": "Organization", name: "People" },
        },
      },
    ]);
    const approximate = eventJsonLd(dataset, dinner, { site: SITE, name: "test-rumor" });
    expect(approximate.about).not.toHaveProperty("startDate");
    expect(validateJsonLd(open)).toEqual([]);
    expect(validateJsonLd(approximate)).toEqual([]);
  });

  it("keeps hostile text as text", () => {
    const dataset = testDataset((doc) => {
      doc.events[1]!.title = "</script><script>alert(1)</script>";
    });
    const event = dataset.events.find((e) => e.id === "dinner")!;
    const doc = eventJsonLd(dataset, event, { site: SITE, name: "test-rumor" });
    expect(doc.headline).toBe("</script><script>alert(1)</script>");
    expect(validateJsonLd(doc)).toEqual([]);
  });
});

describe("isoSides", () => {
  const dataset = testDataset();
  it("gives exact sides only", () => {
    const dinner = dataset.events.find((e) => e.id === "dinner")!;
    expect(isoSides(dinner.date)).toEqual({ start: "2025-02-13", end: "2025-02-13" });
  });
});

describe("validateJsonLd", () => {
  const valid = () =>
    structuredClone(eventJsonLd(english.dataset, english.dataset.events[0]!, place)) as Record<
      string,
      unknown
    > & { about: Record<string, unknown>; citation: Record<string, unknown>[] };

  const broken: [string, (doc: ReturnType<typeof valid>) => void, string][] = [
    ["a wrong context", (doc) => (doc["@context"] = "http://schema.org"), '$["@context"]'],
    ["an unknown type", (doc) => (doc.about["@type"] = "Happening"), '$.about["@type"]'],
    ["a node without a type", (doc) => delete doc.about["@type"], "$.about: has no @type"],
    ["a property of another type", (doc) => (doc.about.headline = "x"), "$.about.headline"],
    ["a typo", (doc) => (doc.datePublised = "2025-01-01"), "$.datePublised"],
    ["a missing headline", (doc) => delete doc.headline, "$.headline: is missing"],
    ["a missing image", (doc) => delete doc.image, "$.image: is missing"],
    ["a missing datePublished", (doc) => delete doc.datePublished, "$.datePublished"],
    ["a relative URL", (doc) => (doc.citation[0]!.url = "/story"), "$.citation[0].url"],
    ["a javascript: URL", (doc) => (doc.url = "javascript:alert(1)"), "$.url"],
    ["a date that is not ISO", (doc) => (doc.about.startDate = "13 Feb 2025"), "$.about.startDate"],
    ["an EDTF qualifier", (doc) => (doc.dateModified = "2025-02~"), "$.dateModified"],
    ["a headline too long", (doc) => (doc.headline = "x".repeat(111)), "$.headline"],
    ["a nested context", (doc) => (doc.about["@context"] = "https://schema.org"), "$.about"],
  ];

  it.each(broken)("names the path of %s", (_what, breakIt, path) => {
    const doc = valid();
    breakIt(doc);
    const problems = validateJsonLd(doc);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((problem) => problem.startsWith(path))).toBe(true);
  });

  it("names a list item's bad position and refuses what is not an object", () => {
    const doc = structuredClone(datasetJsonLd(english.dataset, place)) as {
      mainEntity: { itemListElement: { position: number }[] };
    };
    doc.mainEntity.itemListElement[2]!.position = 0;
    expect(validateJsonLd(doc)).toEqual([
      "$.mainEntity.itemListElement[2].position: must be a whole number from 1",
    ]);
    expect(validateJsonLd([])).toEqual(["$: is not a JSON-LD object"]);
  });
});
