// Deterministic synthetic datasets for the benchmark: valid format v1 with a realistic mix
// of kinds, date precisions, sources, people, claims, annotations and alternative dates,
// spread over about five years. Same (count, seed) in, byte-identical dataset out.
//
// Events are smaller than hand-written ones (about 450 characters of JSON against about
// 1,000 in the bundled dataset) so that 100,000 events stay well under the 64 MB file limit.
import type { DatasetInput } from "../../src/data/schema.ts";

type EventInput = DatasetInput["events"][number];
type SourceInput = DatasetInput["sources"][number];
type PersonInput = NonNullable<DatasetInput["people"]>[number];
type ClaimInput = NonNullable<DatasetInput["claims"]>[number];
type AnnotationInput = NonNullable<EventInput["annotations"]>[number];

/** mulberry32: small, fast and good enough for test data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = createRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of table) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = table.at(-1);
    if (last === undefined) throw new Error("weighted pick from an empty table");
    return last[0];
  }
  /** Up to `n` distinct items. */
  sample<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set<T>();
    const want = Math.min(n, items.length);
    while (chosen.size < want) chosen.add(this.pick(items));
    return [...chosen];
  }
}

const DAY_MS = 86_400_000;
const SPAN_START = Date.UTC(2021, 0, 1);
const SPAN_END = Date.UTC(2025, 11, 31);

// prettier-ignore
const FIRST_NAMES = [
  "Ana", "Tom", "Maria", "Lucas", "Sofia", "Daniel", "Elena", "Marco", "Chloe", "Jonas",
  "Priya", "Kenji", "Amara", "Diego", "Lena", "Omar", "Hannah", "Felix", "Ines", "Rafael",
] as const;
// prettier-ignore
const LAST_NAMES = [
  "Reyes", "Hart", "Novak", "Silva", "Moreau", "Kimura", "Okafor", "Lindqvist", "Costa",
  "Bauer", "Haddad", "Walsh", "Ferreira", "Park", "Rossi", "Adeyemi", "Jensen", "Duarte",
] as const;
const ROLES = ["Actor", "Singer", "Director", "Producer", "Publicist", "Talk show host", "Model"];

/** Outlet name, domain, language. */
const OUTLETS = [
  ["People", "people.com", "en"],
  ["Us Weekly", "usmagazine.com", "en"],
  ["TMZ", "tmz.com", "en"],
  ["Page Six", "pagesix.com", "en"],
  ["Daily Mail", "dailymail.co.uk", "en"],
  ["The Sun", "thesun.co.uk", "en"],
  ["Variety", "variety.com", "en"],
  ["The Hollywood Reporter", "hollywoodreporter.com", "en"],
  ["Entertainment Tonight", "etonline.com", "en"],
  ["E! News", "eonline.com", "en"],
  ["Hindustan Times", "hindustantimes.com", "en"],
  ["OK! Magazine", "okmagazine.com", "en"],
  ["Hola!", "hola.com", "es"],
  ["El País", "elpais.com", "es"],
  ["La Gaceta", "lagaceta.es", "es"],
  ["Paris Match", "parismatch.com", "fr"],
  ["Gala", "gala.fr", "fr"],
  ["Bunte", "bunte.de", "de"],
  ["Bild", "bild.de", "de"],
  ["Quem", "quem.globo.com", "pt-BR"],
  ["Hugo Gloss", "hugogloss.uol.com.br", "pt-BR"],
  ["Libero", "libero.it", "it"],
  ["MTV Uutiset", "mtvuutiset.fi", "fi"],
  ["Koimoi", "koimoi.com", "en"],
  ["Vanity Fair", "vanityfair.com", "en"],
  ["Vogue", "vogue.com", "en"],
] as const;
/** Outlets whose reporting others relay. */
const RELAYED = ["People", "Us Weekly", "TMZ", "Page Six", "Daily Mail", "Variety"] as const;

// prettier-ignore
const PLACES = [
  "London, UK", "Soho, London, UK", "Madrid, Spain", "Havana, Cuba", "Los Angeles, USA",
  "New York, USA", "Paris, France", "Cannes, France", "Venice, Italy", "Rome, Italy",
  "Berlin, Germany", "Toronto, Canada", "Vermont, USA", "Menorca, Spain", "Miami, USA",
  "Tokyo, Japan", "Sydney, Australia", "Lisbon, Portugal", "São Paulo, Brazil", "Dublin, Ireland",
] as const;

// prettier-ignore
const TAGS = [
  "london", "madrid", "new-york", "los-angeles", "paris", "premiere", "festival", "dinner",
  "birthday", "helicopter", "interview", "tv", "podcast", "instagram", "photos", "airport",
  "concert", "award-show", "red-carpet", "filming", "trailer", "box-office", "holiday",
  "yacht", "restaurant", "charity", "fashion-week", "split", "reunion", "denial",
] as const;

const KINDS = [
  ["report", 30],
  ["sighting", 20],
  ["statement", 12],
  ["appearance", 12],
  ["project", 8],
  ["release", 8],
  ["denial", 6],
  ["confirmation", 4],
] as const;

const TITLE_VERBS: Record<EventInput["kind"], readonly string[]> = {
  sighting: ["seen together in", "photographed leaving a restaurant in", "spotted at a party in"],
  statement: [
    "comments on the rumors in",
    "speaks about the friendship in",
    "posts a message from",
  ],
  report: ["reported to be dating, according to an outlet in", "said to be close after a trip to"],
  denial: ["representative denies the romance in", "calls the reports false in"],
  confirmation: ["confirms working together in", "confirms the trip to"],
  project: ["announced for a new film shooting in", "joins a project filmed in"],
  release: ["film opens in", "new single released in"],
  appearance: ["appears at a premiere in", "attends a gala in", "walks the red carpet in"],
};

/** Short titles (format v1 `short`): a few words, so labels show them whole. */
const SHORT_VERBS: Record<EventInput["kind"], string> = {
  sighting: "seen",
  statement: "speaks",
  report: "reported",
  denial: "denies",
  confirmation: "confirms",
  project: "new project",
  release: "release",
  appearance: "appears",
};

const SUMMARIES = [
  "Photos published the next day show the two leaving together; neither commented.",
  "An anonymous source described the outing as friendly, not romantic.",
  "The outlet cites a person close to the production; no one spoke on the record.",
  "Fans shared short clips on social media, which several outlets then relayed.",
  "A spokesperson declined to comment when asked about the reports.",
  "The remarks came during a promotional interview for an upcoming release.",
  "Several outlets gave different dates for the same outing.",
  "The report was later repeated by outlets in other languages without new sourcing.",
] as const;

const QUOTES = [
  "We are good friends and we work well together.",
  "I don't talk about my private life.",
  "It was a lovely evening with the whole team.",
  "People will say what they want to say.",
  "We have a project coming up and that is all.",
] as const;

const ANNOTATION_TEXTS = [
  "The outlet relays an earlier report without adding sources.",
  "An anonymous source gives a different account of the evening.",
  "The photos were taken by a fan and later sold to an agency.",
  "The date in this report conflicts with the one given elsewhere.",
  "Spoken on the record during a television interview.",
] as const;

const ATTRIBUTIONS = [
  ["reported", 40],
  ["anonymous", 25],
  ["on-record", 20],
  ["photo", 15],
] as const;

const SOURCES_PER_EVENT = [
  [1, 45],
  [2, 35],
  [3, 20],
] as const;

const STANCES = [
  ["supports", 45],
  ["disputes", 25],
  ["context", 30],
] as const;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoMonth(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** An EDTF date for an event at `ms`, in a realistic mix of precisions and qualifiers. */
function eventDate(rng: Random, ms: number): string {
  const kind = rng.weighted([
    ["day", 55],
    ["minute", 12],
    ["month", 9],
    ["year", 2],
    ["day~", 6],
    ["day?", 4],
    ["month~", 2],
    ["interval", 6],
    ["open-start", 2],
    ["open-end", 2],
  ] as const);
  switch (kind) {
    case "day":
      return isoDay(ms);
    case "minute": {
      const d = new Date(ms);
      const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      const zone = rng.pick(["Z", "Z", "+01:00", "-05:00", "+02:00"]);
      return `${isoDay(ms)}T${time}${zone}`;
    }
    case "month":
      return isoMonth(ms);
    case "year":
      return String(new Date(ms).getUTCFullYear());
    case "day~":
      return `${isoDay(ms)}~`;
    case "day?":
      return `${isoDay(ms)}?`;
    case "month~":
      return `${isoMonth(ms)}~`;
    case "interval":
      return `${isoDay(ms)}/${isoDay(ms + rng.int(1, 10) * DAY_MS)}`;
    case "open-start":
      return `../${isoDay(ms)}`;
    case "open-end":
      return rng.chance(0.5) ? `${isoMonth(ms)}/..` : `${isoDay(ms)}/..`;
  }
}

/** Sorted event times: mostly spread evenly, a third clustered around news bursts. */
function eventTimes(rng: Random, count: number): number[] {
  const span = SPAN_END - SPAN_START;
  const bursts = Array.from({ length: 24 }, () => SPAN_START + rng.next() * span);
  const times = Array.from({ length: count }, () => {
    if (rng.chance(0.35)) {
      const centre = rng.pick(bursts);
      // Sum of uniforms: a rough bell a couple of weeks wide.
      const spread = (rng.next() + rng.next() + rng.next() - 1.5) * 14 * DAY_MS;
      return Math.min(SPAN_END, Math.max(SPAN_START, centre + spread));
    }
    return SPAN_START + rng.next() * span;
  });
  return times.sort((a, b) => a - b).map((t) => Math.floor(t / 60_000) * 60_000);
}

function makePeople(rng: Random, count: number): PersonInput[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`;
    const person: PersonInput = { id: `person-${i + 1}`, name };
    if (rng.chance(0.7)) person.role = rng.pick(ROLES);
    return person;
  });
}

function makeSources(rng: Random, count: number, times: readonly number[]): SourceInput[] {
  return Array.from({ length: count }, (_, i) => {
    const [outlet, domain, language] = rng.pick(OUTLETS);
    // Sources follow the events they report on, a few days later.
    const about = times[Math.min(times.length - 1, Math.floor((i / count) * times.length))] ?? 0;
    const published = about + rng.int(0, 4) * DAY_MS;
    const id = `src-${i + 1}`;
    const source: SourceInput = {
      id,
      outlet,
      url: `https://www.${domain}/${isoDay(published).replaceAll("-", "/")}/story-${i + 1}`,
    };
    if (rng.chance(0.85)) source.title = `${outlet} report ${i + 1} on the rumor`;
    if (rng.chance(0.9))
      source.published = rng.chance(0.9) ? isoDay(published) : isoMonth(published);
    if (rng.chance(0.2)) {
      const original = rng.pick(RELAYED);
      if (original !== outlet) source.relays = original;
    }
    if (rng.chance(0.8)) source.language = language;
    return source;
  });
}

/** Source ids near position `at` (0..1) of the source list, where reports of that time sit. */
function nearbySources(rng: Random, sources: readonly SourceInput[], at: number, n: number) {
  const centre = Math.floor(at * sources.length);
  const ids = new Set<string>();
  while (ids.size < Math.min(n, sources.length)) {
    const i = Math.min(sources.length - 1, Math.max(0, centre + rng.int(-3, 3)));
    const source = sources[i];
    if (source !== undefined) ids.add(source.id);
  }
  return [...ids];
}

function makeClaims(rng: Random, sources: readonly SourceInput[]): ClaimInput[] {
  const texts = [
    ["romance", "The two actors are in a romantic relationship."],
    ["engagement", "The couple is engaged."],
    ["split", "The couple has split up."],
  ] as const;
  const statuses = ["unverified", "disputed", "confirmed", "false"] as const;
  return texts.map(([id, text], c) => {
    const entries = rng.int(4, 8);
    const history = Array.from({ length: entries }, (_, h) => {
      const at = (c * 0.15 + (h + rng.next() * 0.5) / entries) * 0.6 + 0.05;
      const ms = SPAN_START + Math.min(0.99, at) * (SPAN_END - SPAN_START);
      return {
        date: isoDay(ms),
        status: h === 0 ? ("unverified" as const) : rng.pick(statuses),
        note: `Status changed after new reporting (update ${h + 1}).`,
        sources: nearbySources(rng, sources, Math.min(0.99, at), rng.int(1, 2)),
      };
    });
    const last = history.at(-1);
    return { id, text, status: last?.status ?? "unverified", history };
  });
}

function makeAnnotation(
  rng: Random,
  people: readonly PersonInput[],
  eventPeople: readonly string[],
  sources: string[],
): AnnotationInput {
  const attribution = rng.weighted(ATTRIBUTIONS);
  const annotation: AnnotationInput = { text: rng.pick(ANNOTATION_TEXTS), attribution, sources };
  if (attribution === "on-record" || rng.chance(0.2)) {
    annotation.quote = rng.pick(QUOTES);
    annotation.speaker = eventPeople[0] ?? rng.pick(people).id;
  }
  return annotation;
}

/** "Ana Reyes seen in Soho": who, what happened, the first part of the place. */
function shortTitleFor(who: string, kind: EventInput["kind"], place: string | undefined): string {
  const where = place?.split(",")[0];
  return `${who} ${SHORT_VERBS[kind]}${where === undefined ? "" : ` in ${where}`}`;
}

export function generateDataset(count: number, seed: number): DatasetInput {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be ≥ 1, got ${count}`);
  const rng = new Random(seed);
  const times = eventTimes(rng, count);
  const people = makePeople(rng, Math.min(400, Math.max(8, Math.round(count / 50))));
  const sources = makeSources(rng, Math.max(3, Math.round(count / 5)), times);
  const claims = makeClaims(rng, sources);
  const keyCount = Math.min(20, Math.max(1, Math.round(count / 1000)));
  const keyEvery = count / keyCount;
  const principals = people.slice(0, 4).map((p) => p.id);
  const names = new Map(people.map((p) => [p.id, p.name]));
  // Its own stream, so that adding shorts left every other generated value as it was.
  const shortRng = new Random(seed ^ 0x5eed5407);

  const events = times.map((ms, i): EventInput => {
    const at = i / count;
    const kind = rng.weighted(KINDS);
    const eventPeople = rng.chance(0.85)
      ? [...new Set([rng.pick(principals), ...rng.sample(people, rng.int(0, 2)).map((p) => p.id)])]
      : [];
    const place = rng.chance(0.6) ? rng.pick(PLACES) : undefined;
    const sourceIds = nearbySources(rng, sources, at, rng.weighted(SOURCES_PER_EVENT));
    const who = eventPeople[0] === undefined ? "Two actors" : (names.get(eventPeople[0]) ?? "");
    const event: EventInput = {
      id: `ev-${i + 1}`,
      title: `${who} ${rng.pick(TITLE_VERBS[kind])} ${place ?? "an undisclosed place"}`,
      summary: rng.pick(SUMMARIES),
      date: eventDate(rng, ms),
      kind,
      sources: sourceIds,
    };
    // About half have a short; the others' labels come from their title, cut to fit.
    if (shortRng.chance(0.5)) event.short = shortTitleFor(who, kind, place);
    if (place !== undefined) event.place = place;
    if (eventPeople.length > 0) event.people = eventPeople;
    if (rng.chance(0.4)) {
      event.claims = rng
        .sample(claims, rng.chance(0.8) ? 1 : 2)
        .map((claim) => ({ claim: claim.id, stance: rng.weighted(STANCES) }));
    }
    if (rng.chance(0.3)) {
      event.annotations = Array.from({ length: rng.chance(0.75) ? 1 : 2 }, () =>
        makeAnnotation(rng, people, eventPeople, nearbySources(rng, sources, at, 1)),
      );
    }
    if (rng.chance(0.05)) {
      const shift = rng.pick([-3, -2, -1, 1, 2, 3]) * DAY_MS;
      const alt = { date: isoDay(ms + shift), sources: nearbySources(rng, sources, at, 1) };
      event.altDates = rng.chance(0.5)
        ? [{ ...alt, note: "Another outlet gives a different date." }]
        : [alt];
    }
    const tags: string[] = rng.chance(0.6) ? rng.sample(TAGS, rng.int(1, 3)) : [];
    // Key events sit at even spacing, one in each stretch of the file.
    if (Math.floor(i / keyEvery) !== Math.floor((i + 1) / keyEvery)) {
      tags.unshift("key");
    }
    if (tags.length > 0) event.tags = tags;
    return event;
  });

  return {
    version: 1,
    id: `bench-${count}`,
    title: `Synthetic benchmark timeline: ${count.toLocaleString("en")} events`,
    summary:
      "Generated data for performance measurement: a realistic mix of event kinds, date precisions, sources, claims and annotations over about five years.",
    updated: "2026-01-15",
    language: "en",
    people,
    claims,
    sources,
    events,
    corrections: [
      { date: "2025-06-01", text: "Fixed the date of one sighting after a second source." },
    ],
  };
}
