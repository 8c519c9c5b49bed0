import { describe, expect, it } from "vitest";
import { convert, event, expectValid, LINK } from "../../test/timelineJsInput.ts";
import { shorten, timelineJsToDataset } from "./timelinejs.ts";

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

  it("reports unknown keys as not carried, and presentation as notes", () => {
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
      { index: 0, message: '"colour" is not carried (not a TimelineJS key)' },
    ]);
    expect(result.dataset.events).toHaveLength(1);
    expect(result.dataset.periods).toEqual([
      { id: "london-months", title: "London months", date: "2025-02/2025-05" },
    ]);
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
