// Deterministic synthetic datasets for the benchmark: valid format v1 with a realistic mix
// of kinds, date precisions, sources, people, claims, annotations and alternative dates,
// spread over about five years. Same (count, seed) in, byte-identical dataset out.
//
// Events are smaller than hand-written ones (about 450 characters of JSON against about
// 1,000 in the bundled dataset) so that 100,000 events stay well under the 64 MB file limit.
//
// This file puts the dataset together; the words it draws from are in vocabulary.ts, the
// dates in generatedDates.ts and the seeded random numbers in random.ts. Every draw from
// `rng` happens in a fixed order: moving or adding one changes every dataset after it.
import type { DatasetInput } from "../../src/data/schema.ts";
import {
  DAY_MS,
  SPAN_END,
  SPAN_START,
  eventDate,
  eventTimes,
  isoDay,
  isoMonth,
} from "./generatedDates.ts";
import { Random } from "./random.ts";
import {
  ANNOTATION_TEXTS,
  ATTRIBUTIONS,
  FIRST_NAMES,
  KINDS,
  LAST_NAMES,
  OUTLETS,
  PLACES,
  QUOTES,
  RELAYED,
  ROLES,
  SHORT_VERBS,
  SOURCES_PER_EVENT,
  STANCES,
  SUMMARIES,
  TAGS,
  TITLE_VERBS,
} from "./vocabulary.ts";

type EventInput = DatasetInput["events"][number];
type SourceInput = DatasetInput["sources"][number];
type PersonInput = NonNullable<DatasetInput["people"]>[number];
type ClaimInput = NonNullable<DatasetInput["claims"]>[number];
type AnnotationInput = NonNullable<EventInput["annotations"]>[number];

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
