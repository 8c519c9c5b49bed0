// fast-check generators of valid format v1 datasets, for property tests anywhere. The data is
// realistic in shape (kinds, sourced annotations, EDTF dates of every supported precision,
// qualifier and interval form) and hostile in text (commas, quotes, newlines, "|", "\",
// formula-like starts, accents, CJK, emoji). Generated values are canonical: text is
// trimmed and optional lists are either absent or non-empty, so a lossless round trip gives
// back a deep-equal value.
import fc from "fast-check";
import { ATTRIBUTIONS, CLAIM_STATUSES, EVENT_KINDS, STANCES } from "../model.ts";
import type { DatasetInput } from "../schema.ts";
import { arbitraryEdtf, arbitraryMoment, start } from "./arbitraryEdtf.ts";

// Re-exported: property tests elsewhere take every generator from here.
export { arbitraryEdtf, arbitraryMoment } from "./arbitraryEdtf.ts";

type EventInput = DatasetInput["events"][number];
type SourceInput = DatasetInput["sources"][number];
type PersonInput = NonNullable<DatasetInput["people"]>[number];
type ClaimInput = NonNullable<DatasetInput["claims"]>[number];
type PeriodInput = NonNullable<DatasetInput["periods"]>[number];
type TranslationInput = NonNullable<DatasetInput["translations"]>[number];

const WORDS = [
  "Ana",
  "Tom",
  "dinner",
  "London",
  "premiere",
  "said",
  "rumor",
  "Café",
  "São Paulo",
  "Zürich",
  "Ñandú",
  "日本語",
  "🎬",
  "«quote»",
  "O'Brien",
  "2025",
];
const TRICKY = [
  ",",
  '"',
  '""',
  "'",
  "|",
  " | ",
  "\\",
  "\\|",
  "\n",
  "\r\n",
  ":",
  ": ",
  "@",
  "+",
  "=",
  "-",
  "(",
  ")",
  "(ana)",
  ";",
  "\t",
  "#",
  "..",
  "/",
  "?",
  "~",
  "%",
  "<b>",
  "&amp;",
];

/** Trimmed, non-empty text of at most `max` characters, often with CSV-hostile characters. */
export function arbitraryText(max = 120): fc.Arbitrary<string> {
  const chunk = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  );
  return fc
    .array(fc.tuple(chunk, fc.constantFrom("", " ", "\u00a0")), { minLength: 1, maxLength: 10 })
    .map((parts) =>
      parts
        .map(([word, space]) => word + space)
        .join("")
        .trim()
        .slice(0, max)
        .trim(),
    )
    .filter((text) => text.length > 0);
}

/** Strings over `alphabet` (fc.stringMatching is far slower inside large records). */
function stringOf(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...alphabet), { minLength, maxLength })
    .map((chars) => chars.join(""));
}

export function arbitrarySlug(maxLength = 30): fc.Arbitrary<string> {
  return fc
    .array(stringOf("abcdefghijklmnopqrstuvwxyz0123456789", 1, 8), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join("-").slice(0, maxLength).replace(/-+$/, ""))
    .filter((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug));
}

export function arbitraryUrl(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom("https://", "http://"),
      fc.constantFrom(
        "example.org",
        "www.example.com",
        "news.example.co.uk",
        "xn--caf-dma.example",
      ),
      stringOf("abcxyz0189-._~|", 0, 16),
      fc.constantFrom("", "?id=7", "?q=a|b&x=1", "#top"),
    )
    .map(([scheme, host, path, query]) => `${scheme}${host}/${path}${query}`);
}

const LANGUAGES = ["en", "es", "pt-BR", "zh-Hant", "de"];
const language = fc.constantFrom(...LANGUAGES);

function source(id: string): fc.Arbitrary<SourceInput> {
  return fc.record(
    {
      id: fc.constant(id),
      outlet: arbitraryText(60),
      url: arbitraryUrl(),
      title: arbitraryText(120),
      published: arbitraryEdtf(),
      relays: arbitraryText(40),
      language,
      archived: fc.record({ url: arbitraryUrl(), date: arbitraryEdtf() }),
    },
    { requiredKeys: ["id", "outlet"] },
  );
}

function person(id: string): fc.Arbitrary<PersonInput> {
  return fc.record(
    { id: fc.constant(id), name: arbitraryText(60), role: arbitraryText(40) },
    { requiredKeys: ["id", "name"] },
  );
}

function subset(ids: readonly string[]): fc.Arbitrary<string[]> {
  return fc.shuffledSubarray([...ids], { minLength: 1 });
}

type HistoryInput = NonNullable<ClaimInput["history"]>[number];

/** A claim's history in date order, and the claim's status where it ends (or any without). */
function claim(id: string, sourceIds: readonly string[]): fc.Arbitrary<ClaimInput> {
  const entry = fc.record(
    {
      date: arbitraryEdtf(),
      status: fc.constantFrom(...CLAIM_STATUSES),
      note: arbitraryText(80),
      sources: subset(sourceIds),
    },
    { requiredKeys: ["date", "status", "sources"] },
  );
  const history = fc
    .array(entry, { minLength: 1, maxLength: 3 })
    .map((entries) => entries.toSorted((a, b) => start(a.date) - start(b.date)));
  return fc
    .record(
      {
        id: fc.constant(id),
        text: arbitraryText(200),
        status: fc.constantFrom(...CLAIM_STATUSES),
        history,
      },
      { requiredKeys: ["id", "text", "status"] },
    )
    .map((made) => {
      const last: HistoryInput | undefined = made.history?.at(-1);
      return last === undefined ? made : { ...made, status: last.status };
    });
}

interface Ids {
  sources: string[];
  people: string[];
  claims: string[];
}

function event(id: string, ids: Ids): fc.Arbitrary<EventInput> {
  const annotation = fc.record(
    {
      text: arbitraryText(200),
      quote: arbitraryText(80),
      ...(ids.people.length > 0 ? { speaker: fc.constantFrom(...ids.people) } : {}),
      attribution: fc.constantFrom(...ATTRIBUTIONS),
      sources: subset(ids.sources),
    },
    { requiredKeys: ["text", "sources"] },
  );
  const altDate = fc.record(
    { date: arbitraryEdtf(), sources: subset(ids.sources), note: arbitraryText(80) },
    { requiredKeys: ["date", "sources"] },
  );
  const model = {
    id: fc.constant(id),
    title: arbitraryText(120),
    short: arbitraryText(60),
    summary: arbitraryText(300),
    date: arbitraryEdtf(),
    altDates: fc.array(altDate, { minLength: 1, maxLength: 2 }),
    kind: fc.constantFrom(...EVENT_KINDS),
    place: arbitraryText(60),
    ...(ids.people.length > 0 ? { people: subset(ids.people) } : {}),
    ...(ids.claims.length > 0
      ? {
          claims: subset(ids.claims).chain((claims) =>
            fc.tuple(
              ...claims.map((c) =>
                fc.constantFrom(...STANCES).map((stance) => ({ claim: c, stance })),
              ),
            ),
          ),
        }
      : {}),
    annotations: fc.array(annotation, { minLength: 1, maxLength: 3 }),
    sources: subset(ids.sources),
    tags: fc.uniqueArray(arbitrarySlug(40), { minLength: 1, maxLength: 3 }),
  };
  return fc
    .tuple(
      fc.record(model, { requiredKeys: ["id", "title", "summary", "date", "kind", "sources"] }),
      changes(),
    )
    .map(([made, dates]) => ({ ...made, ...dates })) as fc.Arbitrary<EventInput>;
}

/** An event's `added` and `updated`: neither, either, or both, never updated before added. */
function changes(): fc.Arbitrary<Pick<EventInput, "added" | "updated">> {
  const moment = arbitraryMoment();
  return fc.oneof(
    fc.constant({}),
    moment.map((added) => ({ added })),
    moment.map((updated) => ({ updated })),
    fc.tuple(moment, moment).map((pair) => {
      const [added, updated] = pair.sort((a, b) => start(a) - start(b));
      return { added, updated };
    }),
  );
}

/** A period: a date with both ends, optionally a summary and sources. */
function period(id: string, sourceIds: readonly string[]): fc.Arbitrary<PeriodInput> {
  return fc.record(
    {
      id: fc.constant(id),
      title: arbitraryText(120),
      date: arbitraryEdtf().filter((text) => !text.startsWith("../") && !text.endsWith("/..")),
      summary: arbitraryText(300),
      sources: subset(sourceIds),
    },
    { requiredKeys: ["id", "title", "date"] },
  );
}

/** Other editions: each in a language other than `own`, at a URL or a relative path. */
function translations(own: string): fc.Arbitrary<TranslationInput[]> {
  const url = fc.oneof(
    arbitraryUrl(),
    arbitrarySlug().map((name) => `${name}.json`),
    arbitrarySlug().map((name) => `/data/${name}.json`),
  );
  const others = LANGUAGES.filter((tag) => tag !== own);
  return fc
    .shuffledSubarray(others, { minLength: 1 })
    .chain((tags) => fc.tuple(...tags.map((tag) => url.map((at) => ({ language: tag, url: at })))));
}

/** A valid dataset: every reference resolves, every id is unique, every date parses. */
export function arbitraryDataset(): fc.Arbitrary<DatasetInput> {
  return fc
    .record({
      sources: fc.uniqueArray(arbitrarySlug(), { minLength: 1, maxLength: 6 }),
      people: fc.uniqueArray(arbitrarySlug(), { maxLength: 4 }),
      claims: fc.uniqueArray(arbitrarySlug(), { maxLength: 3 }),
      periods: fc.uniqueArray(arbitrarySlug(), { minLength: 1, maxLength: 2 }),
      events: fc.uniqueArray(arbitrarySlug(), { minLength: 1, maxLength: 8 }),
      // Absent reads as "en", which translations must then leave out too.
      language: fc.option(language, { nil: undefined }),
    })
    .chain((ids) =>
      fc.record(
        {
          version: fc.constant(1 as const),
          id: arbitrarySlug(),
          title: arbitraryText(120),
          summary: arbitraryText(300),
          updated: arbitraryEdtf(),
          ...(ids.language === undefined ? {} : { language: fc.constant(ids.language) }),
          translations: translations(ids.language ?? "en"),
          ...(ids.people.length > 0 ? { people: fc.tuple(...ids.people.map(person)) } : {}),
          ...(ids.claims.length > 0
            ? { claims: fc.tuple(...ids.claims.map((c) => claim(c, ids.sources))) }
            : {}),
          sources: fc.tuple(...ids.sources.map(source)),
          periods: fc.tuple(...ids.periods.map((p) => period(p, ids.sources))),
          events: fc.tuple(...ids.events.map((e) => event(e, ids))),
          corrections: fc.array(
            fc.record(
              {
                date: arbitraryEdtf(),
                text: arbitraryText(80),
                event: fc.constantFrom(...ids.events),
              },
              { requiredKeys: ["date", "text"] },
            ),
            { minLength: 1, maxLength: 2 },
          ),
        },
        {
          requiredKeys: [
            "version",
            "id",
            "title",
            "summary",
            "updated",
            "sources",
            "events",
            // Present whenever events may refer to them.
            ...(ids.people.length > 0 ? (["people"] as const) : []),
            ...(ids.claims.length > 0 ? (["claims"] as const) : []),
            // Translations are made for this language (absent: "en").
            ...(ids.language === undefined ? [] : (["language"] as const)),
          ],
        },
      ),
    ) as fc.Arbitrary<DatasetInput>;
}
