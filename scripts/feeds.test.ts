// The feeds of the bundled dataset (both editions), read back by a real feed parser.
import { feedPaths } from "../src/data/sitePaths.ts";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fastValidate } from "../src/data/fastPath.ts";
import { minimalDataset } from "../src/data/fixtures/minimal.ts";
import type { DatasetInput } from "../src/data/schema.ts";
import { atomFeed, jsonFeed, xmlText } from "./feedDocuments.ts";
import { datasetPage, feedEntries, JSON_FEED_VERSION, rfc3339, type FeedEdition } from "./feeds.ts";
import { readEdition } from "./vite-feeds.ts";

const SITE = "https://timeline.example.org/";
const WHERE = { site: SITE, defaultName: "de-armas-cruise-2025" };
const english = readEdition("de-armas-cruise-2025");
const spanish = readEdition("de-armas-cruise-2025.es");

/** What the feed should hold, counted from the data the way the README describes it. */
function expectedCount({ dataset }: FeedEdition): number {
  const added = dataset.events.filter((e) => e.added !== undefined).length;
  const updated = dataset.events.filter((e) => e.updated !== undefined).length;
  const changes = dataset.claims.reduce(
    (sum, claim) =>
      sum +
      claim.history.filter((h, i) => i === 0 || h.status !== claim.history[i - 1]?.status).length,
    0,
  );
  return added + updated + dataset.corrections.length + changes;
}

function edition(edit: (doc: DatasetInput) => void = () => {}): FeedEdition {
  const doc = minimalDataset();
  edit(doc);
  const dataset = fastValidate(JSON.parse(JSON.stringify(doc)) as unknown);
  if (dataset === null) throw new Error("the test dataset is not valid");
  return { name: "test-rumor", dataset };
}

const textOf = (value: unknown): string =>
  typeof value === "object" && value !== null && "value" in value
    ? String((value as { value: unknown }).value)
    : String(value);

describe("the bundled dataset's Atom feed", () => {
  for (const [label, ed, path] of [
    ["English", english, "feed.xml"],
    ["Spanish", spanish, "t/de-armas-cruise-2025.es/feed.xml"],
  ] as const) {
    it(`parses, with every change once, newest first (${label})`, () => {
      const feed = parseAtomFeed(atomFeed(ed, WHERE, path));
      const entries = feed.entries ?? [];
      expect(entries).toHaveLength(expectedCount(ed));
      expect(entries.length).toBe(39);
      const dates = entries.map((e) => Date.parse(e.updated ?? ""));
      expect(dates.every((d, i) => i === 0 || d <= (dates[i - 1] as number))).toBe(true);
      expect(feed.updated).toBe(entries[0]?.updated);
      expect(feed.updated).toBe("2025-11-13T00:00:00Z");
      expect(textOf(feed.title)).toBe(ed.dataset.title);
      expect(feed.links).toContainEqual(
        expect.objectContaining({ rel: "self", href: `${SITE}${path}` }),
      );

      const ids = entries.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        expect(id).toMatch(
          new RegExp(
            `^tag:timeline\\.example\\.org,\\d{4}-\\d\\d-\\d\\d:de-armas-cruise-2025/${ed.dataset.language}/(added|updated|correction|claim-status)/[a-z0-9-]+$`,
          ),
        );
      }
      for (const entry of entries) {
        const href = entry.links?.[0]?.href ?? "";
        expect(href.startsWith(SITE)).toBe(true);
        // An event's own page (sitePaths.ts), or the timeline open on a claim.
        expect(href).toMatch(/\/(?:e|t\/[a-z0-9.-]+)\/[a-z0-9-]+\/$|[?&]claim=/);
        expect(textOf(entry.content)).not.toBe("");
      }
    });
  }

  it("links each entry to its event's own page, the other edition's under /t/", () => {
    const first = (ed: FeedEdition) => parseAtomFeed(atomFeed(ed, WHERE, "x.xml")).entries?.[0];
    expect(first(english)?.id).toBe(
      "tag:timeline.example.org,2025-11-13:de-armas-cruise-2025/en/added/marcelo-valente-sighting",
    );
    expect(first(english)?.links?.[0]?.href).toBe(`${SITE}e/marcelo-valente-sighting/`);
    expect(first(spanish)?.links?.[0]?.href).toBe(
      `${SITE}t/de-armas-cruise-2025.es/marcelo-valente-sighting/`,
    );
  });

  it("names what an update changed, from the correction that names the event", () => {
    const updated = feedEntries(english, WHERE).find((e) => e.kind === "updated");
    expect(updated).toMatchObject({
      id: "tag:timeline.example.org,2025-07-04:de-armas-cruise-2025/en/updated/deeper-casting",
      url: `${SITE}e/deeper-casting/`,
    });
    expect(updated?.text).toMatch(/^What changed: Budget figure revised/);
    expect(updated?.text).toContain("Sources:\n- ComicBookMovie.com (16 May 2025, via Deadline)");
    expect(updated?.text).toContain(
      "\n  https://comicbookmovie.com/horror/ballerina-star-ana-de-armas-confirmed-to-join-tom-cruise-in-supernatural-thriller-deeper-a219580",
    );
    const spanishUpdate = feedEntries(spanish, WHERE).find((e) => e.kind === "updated");
    expect(spanishUpdate?.text).toMatch(/^Qué cambió: Cifra del presupuesto corregida/);
  });

  it("writes the same feeds in every build, whatever the clock says", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-01-01T12:00:00Z"));
    const once = [atomFeed(english, WHERE, "feed.xml"), jsonFeed(spanish, WHERE, "feed.json")];
    vi.setSystemTime(new Date("2040-06-15T03:00:00Z"));
    const again = [atomFeed(english, WHERE, "feed.xml"), jsonFeed(spanish, WHERE, "feed.json")];
    expect(again).toEqual(once);
    const ids = (xml: string) => (parseAtomFeed(xml).entries ?? []).map((e) => e.id);
    expect(ids(again[0] as string)).toEqual(ids(once[0] as string));
    expect(once.join("")).not.toMatch(/203[0-9]|2040/);
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

describe("the bundled dataset's JSON Feed", () => {
  it("is JSON Feed 1.1 with the Atom feed's entries", () => {
    for (const ed of [english, spanish]) {
      const text = jsonFeed(ed, WHERE, `t/${ed.name}/feed.json`);
      const raw = JSON.parse(text) as Record<string, unknown>;
      expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
      expect(raw.version).toBe(JSON_FEED_VERSION);
      const feed = parseJsonFeed(text);
      expect(feed.title).toBe(ed.dataset.title);
      expect(feed.feed_url).toBe(`${SITE}t/${ed.name}/feed.json`);
      expect(feed.language).toBe(ed.dataset.language);
      const items = feed.items ?? [];
      expect(items).toHaveLength(39);
      for (const item of items) {
        expect(item.id).toMatch(/^tag:/);
        expect(item.url).toMatch(/^https:\/\/timeline\.example\.org\/(?:e\/|t\/|\?)/);
        expect(item.content_text).toEqual(expect.any(String));
        expect(item.date_published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        expect(item.date_modified).toBe(item.date_published);
      }
      const atom = parseAtomFeed(atomFeed(ed, WHERE, `t/${ed.name}/feed.xml`)).entries ?? [];
      expect(items.map((i) => i.id)).toEqual(atom.map((e) => e.id));
      expect(items.map((i) => i.url)).toEqual(atom.map((e) => e.links?.[0]?.href));
    }
  });
});

describe("entries", () => {
  it("are what the record says changed, dated by the data", () => {
    const ed = edition((doc) => {
      doc.events[1]!.added = "2025-02-16";
      doc.events[1]!.updated = "2025-06-01T09:30Z";
      doc.corrections = [
        { date: "2025-05-01", text: "An older fix.", event: "dinner" },
        { date: "2025-06-01", text: "Fixed the dinner's date.", event: "dinner" },
        { date: "2025-06-02", text: "A general fix." },
      ];
    });
    const entries = feedEntries(ed, { site: SITE, defaultName: "other" });
    expect(entries.map((e) => [e.kind, rfc3339(e.date)])).toEqual([
      ["correction", "2025-06-02T00:00:00Z"],
      ["updated", "2025-06-01T09:30:00Z"],
      ["correction", "2025-06-01T00:00:00Z"],
      ["correction", "2025-05-01T00:00:00Z"],
      ["claim-status", "2025-02-20T00:00:00Z"],
      ["added", "2025-02-16T00:00:00Z"],
      ["claim-status", "2025-02-13T00:00:00Z"],
    ]);
    const [general, updated] = entries;
    expect(general).toMatchObject({
      title: "Correction",
      url: `${SITE}?lang=en&data=%2Fdata%2Ftest-rumor.json`,
      text: "A general fix.",
    });
    expect(updated?.text).toMatch(/^What changed: Fixed the dinner's date\.\n\nThey had dinner\./);
    expect(updated?.text).toContain("When: 13 Feb 2025 (some reports: 14 Feb 2025) · London");
    expect(updated?.text).toContain("Sources:\n- Paper A (16 Feb 2025)\n  https://a.example/story");
    expect(entries.at(-1)).toMatchObject({
      title: "New claim, unverified: Ana and Tom are a couple.",
      url: `${SITE}?lang=en&data=%2Fdata%2Ftest-rumor.json&claim=romance`,
    });
    expect(entries[4]?.title).toBe("Claim now disputed: Ana and Tom are a couple.");
    expect(entries[4]?.text).toContain("Status: Disputed (before: Unverified)");
  });

  it("leave out history entries that keep the status, and number same-day twins", () => {
    const ed = edition((doc) => {
      doc.claims![0]!.history!.push({
        date: "2025-03-01",
        status: "disputed",
        sources: ["paper-a"],
      });
      doc.corrections = [
        { date: "2025-06-01", text: "One.", event: "dinner" },
        { date: "2025-06-01", text: "Two.", event: "dinner" },
      ];
    });
    const entries = feedEntries(ed, WHERE);
    expect(entries.filter((e) => e.kind === "claim-status")).toHaveLength(2);
    expect(entries.filter((e) => e.kind === "correction").map((e) => [e.id, e.text])).toEqual([
      [
        "tag:timeline.example.org,2025-06-01:test-rumor/en/correction/dinner",
        expect.stringMatching(/^Two\./),
      ],
      [
        "tag:timeline.example.org,2025-06-01:test-rumor/en/correction/dinner-2",
        expect.stringMatching(/^One\./),
      ],
    ]);
  });

  it("show the archived copy of a source and skip what a feed cannot date", () => {
    const ed = edition((doc) => {
      doc.sources[0]!.archived = {
        url: "https://web.archive.org/web/2025/https://a.example/story",
        date: "2025-02-16",
      };
      doc.events[1]!.added = "2025-02-16";
      doc.claims![0]!.history![0]!.date = "-0044-03-15";
    });
    const entries = feedEntries(ed, WHERE);
    expect(entries.find((e) => e.kind === "added")?.text).toContain(
      "\n  Archived copy: https://web.archive.org/web/2025/https://a.example/story",
    );
    expect(entries.filter((e) => e.kind === "claim-status")).toHaveLength(1);
  });
});

describe("dataset text in Atom", () => {
  const hostile = 'Tags <b>bold</b> & "quotes" ]]> <![CDATA[x]]> &amp; \u0001';
  const ed = edition((doc) => {
    doc.title = hostile;
    doc.summary = hostile;
    doc.events[1]!.added = "2025-02-16";
    doc.events[1]!.title = hostile;
    doc.events[1]!.summary = hostile;
    doc.sources[0]!.title = hostile;
    doc.sources[0]!.outlet = "A & B <Media>";
  });
  const xml = atomFeed(ed, WHERE, "t/test-rumor/feed.xml");

  it("is escaped: no markup, no CDATA end, no stray ampersand", () => {
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("]]>");
    expect(xml).not.toContain("<![CDATA[");
    expect(xml).toContain(
      'Tags &lt;b&gt;bold&lt;/b&gt; &amp; "quotes" ]]&gt; &lt;![CDATA[x]]&gt; &amp;amp;',
    );
    expect(xml).toContain("A &amp; B &lt;Media&gt;");
    // Every & starts an entity; no character XML 1.0 forbids is left.
    expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot);)/);
    const controls = [...xml].filter((c) => c < " " && !"\t\n\r".includes(c));
    expect(controls).toEqual([]);
    expect(xmlText("a]]>b")).toBe("a]]&gt;b");
  });

  it("reads back as the same text", () => {
    const feed = parseAtomFeed(xml);
    const readable = hostile.replace("\u0001", "\uFFFD");
    expect(textOf(feed.title)).toBe(readable);
    const entry = (feed.entries ?? []).find((e) => e.id?.includes("/added/"));
    expect(textOf(entry?.title)).toBe(`New event: ${readable}`);
    expect(textOf(entry?.content)).toContain(`${readable}\n\nWhen:`);
    expect(textOf(entry?.content)).toContain(`- A & B <Media> (16 Feb 2025): ${readable}`);
  });

  it("is plain text in the JSON Feed too", () => {
    const feed = JSON.parse(jsonFeed(ed, WHERE, "t/test-rumor/feed.json")) as {
      items: { content_text: string; content_html?: string }[];
    };
    const added = feed.items.find((i) => i.content_text.startsWith(hostile));
    expect(added).toBeDefined();
    expect(feed.items.every((i) => i.content_html === undefined)).toBe(true);
  });
});

describe("addresses", () => {
  it("puts each dataset's feeds under /t/<file name>/, the bundled one's at the root too", () => {
    expect(feedPaths("de-armas-cruise-2025", "de-armas-cruise-2025")).toEqual({
      atom: ["t/de-armas-cruise-2025/feed.xml", "feed.xml"],
      json: ["t/de-armas-cruise-2025/feed.json", "feed.json"],
    });
    expect(feedPaths("de-armas-cruise-2025.es", "de-armas-cruise-2025")).toEqual({
      atom: ["t/de-armas-cruise-2025.es/feed.xml"],
      json: ["t/de-armas-cruise-2025.es/feed.json"],
    });
  });

  it("links the bundled dataset's page without data= and any other with it", () => {
    expect(datasetPage(english, WHERE, { event: "soho-dinner" })).toBe(`${SITE}?event=soho-dinner`);
    expect(datasetPage(spanish, WHERE)).toBe(
      `${SITE}?lang=es&data=%2Fdata%2Fde-armas-cruise-2025.es.json`,
    );
  });

  it("writes RFC 3339 dates, and nothing for years a feed cannot hold", () => {
    expect(rfc3339(Date.UTC(2025, 4, 16, 9, 30))).toBe("2025-05-16T09:30:00Z");
    expect(rfc3339(Date.UTC(-44, 2, 15))).toBeNull();
    expect(rfc3339(Number.NaN)).toBeNull();
  });
});
