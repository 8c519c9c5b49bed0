// What filtering and facet counts should answer, written the plain, obviously correct way:
// every event checked against every filter, every count made by filtering again. Slow on
// purpose; the tests compare the search index (src/timeline/filterEngine.ts) against it.
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  STANCES,
  type Dataset,
  type EdtfDate,
  type TimelineEvent,
} from "../data/model.ts";
import type { Filters } from "../timeline/filters.ts";
import { foldText, queryTerms } from "../timeline/searchText.ts";

function naiveCited(dataset: Dataset, e: TimelineEvent) {
  const ids = [
    ...e.sources,
    ...e.annotations.flatMap((a) => a.sources),
    ...e.altDates.flatMap((d) => d.sources),
  ];
  return ids.flatMap((id) => {
    const s = dataset.sourcesById.get(id);
    return s === undefined ? [] : [s];
  });
}

function naiveOutlets(dataset: Dataset, e: TimelineEvent): string[] {
  return naiveCited(dataset, e).flatMap((s) =>
    s.relays === undefined ? [s.outlet] : [s.outlet, s.relays],
  );
}

function naiveStances(e: TimelineEvent, claim: string | null): string[] {
  return e.claims.filter((l) => claim === null || l.claim === claim).map((l) => l.stance);
}

export function naiveMatch(dataset: Dataset, e: TimelineEvent, f: Filters): boolean {
  const name = (id: string) => dataset.peopleById.get(id)?.name ?? id;
  // Made only for an event that passes every facet: most do not, and at 100,000 events
  // folding every event's text was most of what the naive answer cost.
  const text = () =>
    [
      e.title,
      e.summary,
      e.place ?? "",
      ...e.people.map(name),
      ...e.annotations.flatMap((a) => [
        a.text,
        a.quote ?? "",
        a.speaker === undefined ? "" : name(a.speaker),
      ]),
      ...naiveCited(dataset, e).flatMap((s) => [s.outlet, s.relays ?? "", s.title ?? ""]),
    ]
      .map(foldText)
      .join("\n");
  const some = <T>(selected: readonly T[], values: readonly T[]) =>
    selected.length === 0 || values.some((v) => selected.includes(v));
  return (
    some(f.kinds, [e.kind]) &&
    some(f.people, e.people) &&
    (f.claim === null || e.claims.some((l) => l.claim === f.claim)) &&
    some(f.stances, naiveStances(e, f.claim) as never[]) &&
    some(
      f.attributions,
      e.annotations.map((a) => a.attribution),
    ) &&
    some(f.outlets, naiveOutlets(dataset, e)) &&
    queryTerms(f.query).every((term) => text().includes(term))
  );
}

export function naiveCounts(dataset: Dataset, f: Filters) {
  const count = (cleared: Partial<Filters>, has: (e: TimelineEvent) => boolean) =>
    dataset.events.filter((e) => naiveMatch(dataset, e, { ...f, ...cleared }) && has(e)).length;
  const values = (
    all: Iterable<string>,
    selected: readonly string[],
    of: (e: TimelineEvent) => string[],
  ) => {
    const present = new Set(dataset.events.flatMap(of));
    return [...new Set(all)].filter((v) => present.has(v) || selected.includes(v));
  };
  const allOutlets = dataset.sources.flatMap((s) =>
    s.relays === undefined ? [s.outlet] : [s.outlet, s.relays],
  );
  const result: Record<string, Record<string, number>> = {
    kinds: {},
    people: {},
    stances: {},
    attributions: {},
    outlets: {},
  };
  for (const k of values(EVENT_KINDS, f.kinds, (e) => [e.kind])) {
    result.kinds![k] = count({ kinds: [] }, (e) => e.kind === k);
  }
  for (const p of values(
    dataset.people.map((p) => p.id),
    f.people,
    (e) => e.people,
  )) {
    result.people![p] = count({ people: [] }, (e) => e.people.includes(p));
  }
  for (const s of values(STANCES, f.stances, (e) => naiveStances(e, null))) {
    result.stances![s] = count({ stances: [] }, (e) => naiveStances(e, f.claim).includes(s));
  }
  for (const a of values(ATTRIBUTIONS, f.attributions, (e) =>
    e.annotations.map((x) => x.attribution),
  )) {
    result.attributions![a] = count({ attributions: [] }, (e) =>
      e.annotations.some((x) => x.attribution === a),
    );
  }
  for (const o of values(allOutlets, f.outlets, (e) => naiveOutlets(dataset, e))) {
    result.outlets![o] = count({ outlets: [] }, (e) => naiveOutlets(dataset, e).includes(o));
  }
  return result;
}

export function date(day: number): EdtfDate {
  const start = Date.UTC(2025, 0, 1 + day);
  const point = {
    start,
    end: start + 86_400_000,
    precision: "day" as const,
    uncertain: false,
    approximate: false,
  };
  return {
    text: "",
    interval: false,
    from: point,
    to: point,
    ...point,
    openStart: false,
    openEnd: false,
  };
}
