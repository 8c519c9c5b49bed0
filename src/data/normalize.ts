// Turns a validated dataset into the model the app uses: defaults filled in, events and
// histories sorted by time, lookups built once.
import type { Claim, Dataset, TimelineEvent } from "./model.ts";
import type { ParsedDataset } from "./schema.ts";

type ParsedEvent = ParsedDataset["events"][number];

function normalizeEvent(event: ParsedEvent, index: number): TimelineEvent {
  const { altDates, people, claims, annotations, tags, place, short, ...rest } = event;
  return {
    ...rest,
    ...(short === undefined ? {} : { short }),
    ...(place === undefined ? {} : { place }),
    index,
    altDates: altDates ?? [],
    people: people ?? [],
    claims: claims ?? [],
    annotations: (annotations ?? []).map(({ attribution, ...note }) => ({
      ...note,
      attribution: attribution ?? "reported",
    })),
    tags: tags ?? [],
  };
}

function byStartThenIndex(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.start - b.date.start || a.date.end - b.date.end || a.index - b.index;
}

export function normalize(parsed: ParsedDataset): Dataset {
  const { $schema: _schema, people = [], claims = [], corrections = [], ...rest } = parsed;
  const events = parsed.events.map(normalizeEvent).sort(byStartThenIndex);
  const normalizedClaims: Claim[] = claims.map(({ history, ...claim }) => ({
    ...claim,
    history: (history ?? []).toSorted((a, b) => a.date.start - b.date.start),
  }));
  return {
    ...rest,
    language: parsed.language ?? "en",
    people,
    claims: normalizedClaims,
    events,
    corrections,
    peopleById: new Map(people.map((person) => [person.id, person])),
    sourcesById: new Map(parsed.sources.map((source) => [source.id, source])),
    claimsById: new Map(normalizedClaims.map((claim) => [claim.id, claim])),
  };
}
