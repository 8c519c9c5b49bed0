import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../schema.ts";
import { validateDataset } from "../validate.ts";
import { shorten, timelineJsToDataset } from "./timelinejs.ts";

const LINK = '<a href="https://www.people.com/story">People story</a>';

function convert(events: unknown[], extra: Record<string, unknown> = {}) {
  return timelineJsToDataset({ events, ...extra }, { today: "2025-11-13" });
}

function event(start: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return { start_date: start, text: { headline: "Headline", text: `Text ${LINK}` }, ...more };
}

function expectValid(dataset: DatasetInput): void {
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.problems).toEqual([]);
}

describe("timelineJsToDataset: dates", () => {
  it("takes the precision from the fields present", () => {
    const result = convert([
      event({ year: 2025 }),
      event({ year: 2025, month: 2 }),
      event({ year: "2025", month: "2", day: "13" }),
      event({ year: 2025, month: 2, day: 13, hour: 21, minute: 30 }),
      event({ year: 2025, month: 2, day: 13, hour: 9 }),
      event({ year: 2025, month: 2, day: 13, hour: 21, minute: 30, second: 5 }),
      event({ year: 812, month: 12, day: 25 }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.events.map((e) => e.date)).toEqual([
      "2025",
      "2025-02",
      "2025-02-13",
      "2025-02-13T21:30Z",
      "2025-02-13T09:00Z",
      "2025-02-13T21:30:05Z",
      "0812-12-25",
    ]);
    expect(result.notes).toContain("times were taken as UTC (TimelineJS stores no time zone)");
    expectValid(result.dataset);
  });

  it("makes an end date into an interval", () => {
    const result = convert([
      event({ year: 2025, month: 4, day: 29 }, { end_date: { year: 2025, month: 5, day: 3 } }),
      event({ year: 2025, month: 7 }, { end_date: { year: 2025, month: 7 } }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.events.map((e) => e.date)).toEqual(["2025-04-29/2025-05-03", "2025-07"]);
  });

  it("reports a negative year and leaves that event out", () => {
    const result = convert([event({ year: -500 }), event({ year: 2025 })]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          "start_date: year -500 is negative: dates before the year 0 are outside format v1; left out",
      },
    ]);
    expect(result.dataset.events.map((e) => e.date)).toEqual(["2025"]);
    expectValid(result.dataset);
  });

  it("reports impossible, missing and partial dates", () => {
    const result = convert([
      event({ year: 2025, month: 2, day: 30 }),
      { text: { headline: "No date", text: LINK } },
      event({ month: 2 }),
      event({ year: "2025 AD" }),
      event({ year: 12025 }),
      event({ year: 2025, month: 5 }, { end_date: { year: 2025, month: 4 } }),
      event({ year: 2025, day: 3 }),
      event({ year: 2025, month: 1, day: 2, hour: 3, minute: 4, second: 5, millisecond: 600 }),
    ]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          'start_date: "2025-02-30" is not a valid date: February 2025 has 28 days; left out',
      },
      { index: 1, message: "start_date: is missing; left out" },
      { index: 2, message: "start_date: has no year; left out" },
      { index: 3, message: 'start_date: year "2025 AD" is not a whole number; left out' },
      { index: 4, message: "start_date: year 12025 is past 9999: outside format v1; left out" },
      {
        index: 5,
        message:
          "end_date: interval ends are out of order: the end 2025-04 is before the start 2025-05; the event keeps its start date 2025-05",
      },
      { index: 6, message: "start_date: day without the larger units is not carried" },
      {
        index: 7,
        message: "start_date: millisecond 600 is not carried (format v1 stops at seconds)",
      },
    ]);
    expect(result.dataset.events.map((e) => e.date)).toEqual([
      "2025-05",
      "2025",
      "2025-01-02T03:04:05Z",
    ]);
  });
});

describe("timelineJsToDataset: text, sources and media", () => {
  it("turns HTML into plain text and links into sources", () => {
    const result = convert([
      {
        start_date: { year: 2025, month: 2, day: 13 },
        text: {
          headline: "Dinner in <b>Soho</b> &amp; more",
          text: `<p>Seen   leaving,</p><p>says ${LINK} and <a href="http://dailymail.co.uk/x">the <i>Mail</i></a>.</p><script>x()</script>`,
        },
      },
    ]);
    expect(result.problems).toEqual([]);
    const [converted] = result.dataset.events;
    expect(converted).toEqual({
      id: "dinner-in-soho-and-more",
      title: "Dinner in Soho & more",
      summary: "Seen leaving, says People story and the Mail.",
      date: "2025-02-13",
      kind: "report",
      sources: ["people-com", "dailymail-co-uk"],
    });
    expect(result.dataset.sources).toEqual([
      {
        id: "people-com",
        outlet: "people.com",
        url: "https://www.people.com/story",
        title: "People story",
      },
      {
        id: "dailymail-co-uk",
        outlet: "dailymail.co.uk",
        url: "http://dailymail.co.uk/x",
        title: "the Mail",
      },
    ]);
  });

  it("uses the headline for an empty text, and the text for an empty headline", () => {
    const result = convert([
      { start_date: { year: 2025 }, text: { headline: `Only a ${LINK}` } },
      { start_date: { year: 2025 }, text: { text: `Only text, ${LINK}` } },
      { start_date: { year: 2025 }, text: {}, media: { url: "https://x.example/p.jpg" } },
    ]);
    expect(result.dataset.events.map((e) => [e.title, e.summary])).toEqual([
      ["Only a People story", "Only a People story"],
      ["Only text, People story", "Only text, People story"],
    ]);
    expect(result.problems).toEqual([
      { index: 2, message: "has neither a headline nor a text; left out" },
    ]);
    expect(result.notes).toContain("events[1]: no headline; the title is the start of the text");
  });

  it("makes media into a source, its credit into an annotation", () => {
    const result = convert([
      {
        start_date: { year: 2025 },
        text: { headline: "Photos" },
        media: {
          url: "https://pbs.twimg.com/p.jpg",
          caption: "The two <b>in Soho</b>",
          credit: "Getty Images",
          thumbnail: "https://pbs.twimg.com/t.jpg",
        },
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.sources).toEqual([
      {
        id: "pbs-twimg-com",
        outlet: "pbs.twimg.com",
        url: "https://pbs.twimg.com/p.jpg",
        title: "The two in Soho",
      },
    ]);
    expect(result.dataset.events[0]!.annotations).toEqual([
      { text: "Media credit: Getty Images", sources: ["pbs-twimg-com"] },
    ]);
    expect(result.notes).toContain("media.thumbnail is presentation only and not carried (1 time)");
    expectValid(result.dataset);
  });

  it("keeps a long caption as an annotation and reads links in embed codes", () => {
    const caption = "word ".repeat(60).trim();
    const result = convert([
      {
        start_date: { year: 2025 },
        text: { headline: "Tweet" },
        media: {
          url: '<blockquote class="twitter-tweet"><a href="https://twitter.com/x/status/1">tweet</a></blockquote>',
          caption,
        },
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.sources.map((s) => s.url)).toEqual(["https://twitter.com/x/status/1"]);
    expect(result.dataset.events[0]!.annotations).toEqual([
      { text: `Media caption: ${caption}`, sources: ["twitter-com"] },
    ]);
  });

  it("reports an event with nothing to cite and leaves it out", () => {
    const result = convert([
      event({ year: 2025 }, { text: { headline: "No links", text: "<p>Just text</p>" } }),
      event(
        { year: 2025 },
        { text: { headline: "Bad media" }, media: { url: "data:image/png;base64,xx" } },
      ),
    ]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          "has no link and no media URL, so nothing to cite: format v1 needs a source for every event; left out",
      },
      {
        index: 1,
        message:
          'media.url "data:image/png;base64,xx" is not carried: it must be an absolute http(s) URL',
      },
      {
        index: 1,
        message:
          "has no link and no media URL, so nothing to cite: format v1 needs a source for every event; left out",
      },
    ]);
    expect(result.dataset.events).toEqual([]);
    expectValid(result.dataset);
  });

  // Knight Lab's own files and its Google Sheets export write media as //host/path.
  it("takes protocol-relative URLs (//host/path) as https, so that their events are kept", () => {
    const result = convert([
      {
        start_date: { year: 2025 },
        text: { headline: "Video only" },
        media: { url: "//www.youtube.com/watch?v=abc", caption: "The interview" },
      },
      {
        start_date: { year: 2025, month: 2 },
        text: { headline: "Linked", text: '<a href="//people.com/story">People</a>' },
        media: { url: "https://pbs.twimg.com/p.jpg", link: "//example.org/a" },
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dataset.events.map((e) => e.title)).toEqual(["Video only", "Linked"]);
    expect(result.dataset.sources.map((s) => s.url)).toEqual([
      "https://www.youtube.com/watch?v=abc",
      "https://people.com/story",
      "https://pbs.twimg.com/p.jpg",
      "https://example.org/a",
    ]);
    expectValid(result.dataset);
  });

  it("does not cite a media URL the validator would refuse", () => {
    const result = convert([
      event({ year: 2025 }, { media: { url: "https://www.bbc.co.uk@evil.example/v.mp4" } }),
    ]);
    expect(result.problems).toEqual([
      {
        index: 0,
        message:
          'media.url "https://www.bbc.co.uk@evil.example/v.mp4" is not carried: it must not contain a user name or password (a link would name one site and open another)',
      },
    ]);
    expect(result.dataset.sources.map((s) => s.url)).toEqual(["https://www.people.com/story"]);
    expectValid(result.dataset);
  });

  it("shares one source between events that cite the same URL", () => {
    const result = convert([event({ year: 2024 }), event({ year: 2025 })]);
    expect(result.dataset.sources).toHaveLength(1);
    expect(result.dataset.events.map((e) => e.sources)).toEqual([["people-com"], ["people-com"]]);
  });

  it("notes links that are not http(s)", () => {
    const result = convert([
      event(
        { year: 2025 },
        { text: { headline: "H", text: `<a href="mailto:a@b.example">m</a> ${LINK}` } },
      ),
    ]);
    expect(result.notes).toContain(
      "events[0]: links and images that are not absolute http(s) URLs are not sources: mailto:a@b.example",
    );
  });

  it("shortens text over the format's limits and says so", () => {
    const result = convert([
      event(
        { year: 2025 },
        { text: { headline: "h".repeat(250), text: `${"word ".repeat(500)}${LINK}` } },
      ),
    ]);
    expect(result.problems).toEqual([
      { index: 0, message: "the headline is longer than 200 characters and was shortened" },
      { index: 0, message: "the text is longer than 2000 characters and was shortened" },
    ]);
    const [converted] = result.dataset.events;
    expect(converted!.title).toHaveLength(200);
    expect(converted!.summary.length).toBeLessThanOrEqual(2000);
    expect(converted!.summary.endsWith("…")).toBe(true);
    expectValid(result.dataset);
  });
});

describe("timelineJsToDataset: ids, groups, display dates and the rest", () => {
  it("makes ids from unique_id or the headline, unique", () => {
    const result = convert([
      event({ year: 2025 }, { unique_id: "Soho Dinner" }),
      event({ year: 2025 }, { unique_id: "soho-dinner" }),
      event({ year: 2025 }, { text: { headline: "Soho dinner", text: LINK } }),
      event({ year: 2025 }, { text: { headline: "日本語", text: LINK } }),
    ]);
    expect(result.dataset.events.map((e) => e.id)).toEqual([
      "soho-dinner",
      "soho-dinner-2",
      "soho-dinner-3",
      "event-4",
    ]);
    expect(result.notes).toContain(
      'events[0]: unique_id "Soho Dinner" became the id "soho-dinner"',
    );
    expect(result.notes).toContain(
      'events[1]: unique_id "soho-dinner" became the id "soho-dinner-2"',
    );
  });

  it("makes a group into a tag and every kind a report", () => {
    const result = convert([event({ year: 2025 }, { group: "Red Carpet Sightings" })]);
    expect(result.dataset.events[0]).toMatchObject({
      kind: "report",
      tags: ["red-carpet-sightings"],
    });
    expect(result.notes).toContain("groups became tags (slugified)");
    expect(result.notes).toContain('every event has kind "report" (TimelineJS has no kinds)');
  });

  it("keeps a display date as an annotation", () => {
    const result = convert([
      event({ year: 2025, month: 2 }, { display_date: "Mid-February 2025" }),
      event({ year: 2025, display_date: "2025" }),
    ]);
    expect(result.dataset.events[0]!.annotations).toEqual([
      {
        text: "Date as shown in the original timeline: Mid-February 2025",
        sources: ["people-com"],
      },
    ]);
    expect(result.dataset.events[1]!.annotations).toBeUndefined();
  });

  it("takes the title slide as the dataset's title and summary, and options first", () => {
    const title = { text: { headline: "The <i>Rumor</i>", text: "<p>All of it.</p>" } };
    const result = convert([event({ year: 2025 })], { title });
    expect(result.dataset).toMatchObject({
      version: 1,
      id: "the-rumor",
      title: "The Rumor",
      summary: "All of it.",
      updated: "2025-11-13",
    });
    const given = timelineJsToDataset(
      { title, events: [] },
      { id: "mine", title: "Mine", summary: "S", updated: "2025-01-01", language: "es" },
    );
    expect(given.dataset).toMatchObject({
      id: "mine",
      title: "Mine",
      summary: "S",
      updated: "2025-01-01",
      language: "es",
    });
  });

  it("reports eras and unknown keys as not carried, and presentation as notes", () => {
    const result = convert(
      [event({ year: 2025 }, { background: { color: "#000" }, colour: "red" })],
      {
        eras: [
          {
            start_date: { year: 2025, month: 2 },
            end_date: { year: 2025, month: 5 },
            text: { headline: "London <b>months</b>" },
          },
        ],
        scale: "human",
        extra: 1,
      },
    );
    expect(result.problems).toEqual([
      { index: null, message: '"extra" is not carried (not a TimelineJS key)' },
      {
        index: null,
        message:
          'eras[0] "London months" (2025-02 to 2025-05) is not carried: format v1 has no eras',
      },
      { index: 0, message: '"colour" is not carried (not a TimelineJS key)' },
    ]);
    expect(result.dataset.events).toHaveLength(1);
    expect(result.notes).toContain("background is presentation only and not carried (1 time)");
  });

  it("reports a cosmological scale and a file that is not TimelineJS", () => {
    expect(convert([], { scale: "cosmological" }).problems).toEqual([
      {
        index: null,
        message: 'scale "cosmological" is not carried: format v1 has calendar dates only',
      },
    ]);
    const notTimeline = timelineJsToDataset([1, 2], {});
    expect(notTimeline.problems).toEqual([
      { index: null, message: 'not a TimelineJS file: expected an object with an "events" array' },
    ]);
    expect(notTimeline.dataset.events).toEqual([]);
    expect(timelineJsToDataset({ events: [42] }, {}).problems).toEqual([
      { index: 0, message: "is not an object; left out" },
    ]);
  });
});

describe("timelineJsToDataset: files as Knight Lab publishes them", () => {
  it('reads a file wrapped as { "timeline": { … } } as the file inside', () => {
    const inner = {
      title: { text: { headline: "Wrapped", text: "A wrapped timeline" } },
      events: [event({ year: 2025 })],
    };
    const wrapped = timelineJsToDataset({ timeline: inner }, { today: "2025-11-13" });
    expect(wrapped).toEqual(timelineJsToDataset(inner, { today: "2025-11-13" }));
    expect(wrapped.problems).toEqual([]);
    expect(wrapped.dataset.title).toBe("Wrapped");
    expect(wrapped.dataset.events).toHaveLength(1);
  });
});

describe("shorten", () => {
  it("cuts at a word with an ellipsis", () => {
    expect(shorten("short", 10)).toBe("short");
    expect(shorten("one two three four", 12)).toBe("one two…");
    expect(shorten("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("timelineJsToDataset: scale", () => {
  // Counts only: ids made from one headline and one host counted up from -2 each time, and
  // every event copied the set of ids taken so far (20,000 events: minutes).
  it("converts 20,000 events with one headline and one host into 20,000 ids and sources", () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      start_date: { year: 2025, month: 2, day: (i % 28) + 1 },
      text: { headline: "Sighting", text: `<a href="https://people.com/${i}">People</a>` },
      ...(i % 2 === 0 ? {} : { unique_id: "same-id" }),
    }));
    const result = convert(events);
    expect(result.problems).toEqual([]);
    expect(new Set(result.dataset.events.map((e) => e.id)).size).toBe(20_000);
    expect(new Set(result.dataset.sources.map((s) => s.id)).size).toBe(20_000);
  });
});
