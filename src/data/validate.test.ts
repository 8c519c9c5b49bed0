import { describe, expect, it } from "vitest";
import { minimalDataset } from "./fixtures/minimal.ts";
import type { Problem } from "./model.ts";
import { parseDataset } from "./parseDataset.ts";
import { MAX_DATASET_CHARS, validateDataset } from "./validate.ts";

type Mutable = Record<string, unknown> & ReturnType<typeof minimalDataset>;

function problemsOf(mutate: (doc: Mutable) => void): Problem[] {
  const doc = minimalDataset() as Mutable;
  mutate(doc);
  const result = validateDataset(JSON.parse(JSON.stringify(doc)));
  if (result.ok) throw new Error("expected the dataset to be rejected");
  return result.problems;
}

function expectProblem(mutate: (doc: Mutable) => void, path: string, message: RegExp | string) {
  const problems = problemsOf(mutate);
  expect(problems).toContainEqual({
    path,
    message: typeof message === "string" ? message : expect.stringMatching(message),
  });
}

// Indexes into the fixture: events[0] is "denial", events[1] is "dinner".
const dinner = (doc: Mutable) => doc.events[1]!;

describe("validateDataset accepts", () => {
  it("the minimal fixture", () => {
    expect(validateDataset(minimalDataset())).toMatchObject({ ok: true });
  });
});

describe("validateDataset reports each rule with its JSON path", () => {
  it("unknown keys, typos included", () => {
    expectProblem(
      (d) => ((d as Record<string, unknown>).evnets = []),
      "evnets",
      /unknown key "evnets"/,
    );
    expectProblem(
      (d) => ((dinner(d) as Record<string, unknown>).titel = "x"),
      "events[1].titel",
      /unknown key/,
    );
  });

  it("missing required fields", () => {
    expectProblem((d) => delete (d as Partial<Mutable>).title, "title", "is required");
    expectProblem(
      (d) => delete (dinner(d) as { summary?: string }).summary,
      "events[1].summary",
      "is required",
    );
  });

  it("wrong version", () => {
    expectProblem((d) => ((d as Record<string, unknown>).version = 2), "version", /must be 1/);
  });

  it("ids well formed", () => {
    expectProblem((d) => (dinner(d).id = "Soho Dinner"), "events[1].id", /must be a slug/);
    expectProblem((d) => (d.id = "bad_id"), "id", /must be a slug/);
  });

  it("ids unique within their collection", () => {
    expectProblem(
      (d) => (dinner(d).id = "denial"),
      "events[1].id",
      /duplicate id "denial" \(first used at events\[0\]\)/,
    );
    expectProblem((d) => (d.sources[1]!.id = "paper-a"), "sources[1].id", /duplicate id/);
  });

  it("every source reference resolves", () => {
    expectProblem(
      (d) => (dinner(d).annotations![0]!.sources = ["paper-a", "ppl-0220"]),
      "events[1].annotations[0].sources[1]",
      'unknown source "ppl-0220"',
    );
    expectProblem(
      (d) => (dinner(d).sources = ["nope"]),
      "events[1].sources[0]",
      'unknown source "nope"',
    );
    expectProblem(
      (d) => (dinner(d).altDates![0]!.sources = ["nope"]),
      "events[1].altDates[0].sources[0]",
      'unknown source "nope"',
    );
    expectProblem(
      (d) => (d.claims![0]!.history![0]!.sources = ["nope"]),
      "claims[0].history[0].sources[0]",
      'unknown source "nope"',
    );
  });

  it("person, speaker and claim references resolve", () => {
    expectProblem(
      (d) => (dinner(d).people = ["ana", "bob"]),
      "events[1].people[1]",
      'unknown person "bob"',
    );
    expectProblem(
      (d) => (dinner(d).annotations![0]!.speaker = "bob"),
      "events[1].annotations[0].speaker",
      'unknown person "bob"',
    );
    expectProblem(
      (d) => (dinner(d).claims![0]!.claim = "split"),
      "events[1].claims[0].claim",
      'unknown claim "split"',
    );
  });

  it("every event and every annotation cites at least one source", () => {
    expectProblem(
      (d) => (dinner(d).sources = []),
      "events[1].sources",
      "must cite at least one source",
    );
    expectProblem(
      (d) => (dinner(d).annotations![0]!.sources = []),
      "events[1].annotations[0].sources",
      "must cite at least one source",
    );
  });

  it("URLs are http(s) only", () => {
    expectProblem(
      (d) => (d.sources[0]!.url = "javascript:alert(1)"),
      "sources[0].url",
      "must be an absolute http(s) URL",
    );
    expectProblem(
      (d) => (d.sources[0]!.url = "data:text/html,hi"),
      "sources[0].url",
      "must be an absolute http(s) URL",
    );
    expectProblem(
      (d) => (d.sources[0]!.url = "/relative"),
      "sources[0].url",
      "must be an absolute http(s) URL",
    );
  });

  it("URLs carry no user name or password, and no spaces", () => {
    expectProblem(
      (d) => (d.sources[0]!.url = "https://www.bbc.co.uk@evil.example/story"),
      "sources[0].url",
      /must not contain a user name or password/,
    );
    expectProblem(
      (d) => (d.sources[1]!.url = "https://exa mple.com/"),
      "sources[1].url",
      /must not contain spaces or control characters/,
    );
  });

  it("dates parse, and interval ends are in order", () => {
    expectProblem((d) => (dinner(d).date = "13 Feb 2025"), "events[1].date", /not an EDTF date/);
    expectProblem(
      (d) => (dinner(d).date = "2025-02-30"),
      "events[1].date",
      /February 2025 has 28 days/,
    );
    expectProblem(
      (d) => (dinner(d).date = "2025-05-03/2025-04-29"),
      "events[1].date",
      /out of order/,
    );
    expectProblem((d) => (d.sources[0]!.published = "2025-21"), "sources[0].published", /season/);
    expectProblem((d) => (d.updated = "20XX"), "updated", /unspecified/);
  });

  it("vocabularies", () => {
    expectProblem(
      (d) => ((dinner(d) as Record<string, unknown>).kind = "rumour"),
      "events[1].kind",
      /must be one of: sighting, statement, report, denial, confirmation, project, release, appearance/,
    );
    expectProblem(
      (d) => ((dinner(d).claims![0] as Record<string, unknown>).stance = "maybe"),
      "events[1].claims[0].stance",
      /must be one of: supports, disputes, context/,
    );
    expectProblem(
      (d) => ((dinner(d).annotations![0] as Record<string, unknown>).attribution = "insider"),
      "events[1].annotations[0].attribution",
      /must be one of/,
    );
    expectProblem(
      (d) => ((d.claims![0] as Record<string, unknown>).status = "true"),
      "claims[0].status",
      /must be one of: unverified, disputed, confirmed, false/,
    );
  });

  it("text fields have length limits and must not be empty", () => {
    expectProblem(
      (d) => (dinner(d).title = "x".repeat(201)),
      "events[1].title",
      /too long \(at most 200/,
    );
    expectProblem((d) => (dinner(d).summary = "   "), "events[1].summary", "must not be empty");
    expectProblem(
      (d) => (dinner(d).annotations![0]!.quote = "q".repeat(501)),
      "events[1].annotations[0].quote",
      /too long/,
    );
  });

  it("an event's short title: at most 60 characters, not empty", () => {
    const withShort = (short: unknown) => (d: Mutable) => {
      (dinner(d) as Record<string, unknown>).short = short;
    };
    expectProblem(withShort("x".repeat(61)), "events[1].short", /too long \(at most 60/);
    expectProblem(withShort(""), "events[1].short", "must not be empty");
    expectProblem(withShort("  "), "events[1].short", "must not be empty");
    expectProblem(withShort(7), "events[1].short", /must be a string/);
    const valid = minimalDataset();
    const dinnerEvent = valid.events[1]! as Record<string, unknown>;
    dinnerEvent.short = "x".repeat(60);
    expect(validateDataset(valid)).toMatchObject({ ok: true });
  });

  it("text made only of invisible characters is empty", () => {
    for (const invisible of [
      "\u200b",
      "\u200c\u200d",
      "\u2060",
      "\ufeff\u200b",
      " \u200b \u2060 ",
      "\u00ad\u034f\u180e",
      "\u202e\u2066\u2069",
      "\ufe0f\u{e0001}",
      "\u3164\u115f",
    ]) {
      expectProblem((d) => (dinner(d).title = invisible), "events[1].title", "must not be empty");
    }
    expectProblem((d) => (dinner(d).short = "\u200b"), "events[1].short", "must not be empty");
    expectProblem((d) => (d.title = "\u2060\u200b"), "title", "must not be empty");
    // Invisible characters beside visible ones are text.
    const valid = minimalDataset();
    valid.events[1]!.title = "\u200bDinner\u2060";
    valid.events[0]!.title = "👩\u200d👩\u200d👧";
    expect(validateDataset(valid)).toMatchObject({ ok: true });
  });

  it("a claim's status is the status of its history's last entry", () => {
    expectProblem(
      (d) => (d.claims![0]!.status = "confirmed"),
      "claims[0].status",
      'is "confirmed" but the last entry of its history (history[1]) says "disputed"',
    );
  });

  it("a claim's history is in date order", () => {
    expectProblem(
      (d) => (d.claims![0]!.history![1]!.date = "2025-02-01"),
      "claims[0].history[1].date",
      /is earlier than the entry before it \(2025-02-13\)/,
    );
  });

  it("an event does not both support and dispute one claim", () => {
    expectProblem(
      (d) => dinner(d).claims!.push({ claim: "romance", stance: "disputes" }),
      "events[1].claims[1].stance",
      /disputes claim "romance", which this event also supports \(claims\[0\]\)/,
    );
    // Context beside a stance is not a contradiction.
    const valid = minimalDataset();
    valid.events[1]!.claims!.push({ claim: "romance", stance: "context" });
    expect(validateDataset(valid)).toMatchObject({ ok: true });
  });

  it("language tags", () => {
    expectProblem((d) => (d.sources[0]!.language = "english!"), "sources[0].language", /BCP 47/);
  });

  it("all problems at once, in file order", () => {
    const problems = problemsOf((d) => {
      d.title = "";
      dinner(d).sources = ["x"];
      d.sources[0]!.url = "ftp://a";
    });
    expect(problems.map((p) => p.path)).toEqual([
      "events[1].sources[0]",
      "sources[0].url",
      "title",
    ]);
  });
});

describe("parseDataset", () => {
  it("names the line and column of malformed JSON", async () => {
    const result = await parseDataset('{\n  "version": 1,\n  "id": oops\n}');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "(file)",
          message: expect.stringMatching(/^is not valid JSON at line 3, column \d+/),
        },
      ],
    });
  });

  it("refuses a file over the size limit before parsing it", async () => {
    const result = await parseDataset(" ".repeat(MAX_DATASET_CHARS + 1));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: "(file)", message: expect.stringMatching(/too large/) }],
    });
  });

  it("rejects non-object roots", async () => {
    for (const text of ["[]", "null", "42", '"text"']) {
      expect(await parseDataset(text)).toMatchObject({ ok: false, problems: [{ path: "(root)" }] });
    }
  });
});
