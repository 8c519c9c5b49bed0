// A small validated dataset for the filter and facet tests, built once per test file, with
// its search index: five events that between them use every facet, a relayed outlet, an
// unused source and a person no event names.
import type { Dataset } from "../data/model.ts";
import type { DatasetInput } from "../data/schema.ts";
import { validateDataset } from "../data/validate.ts";
import { applyFilters, buildSearchIndex } from "../timeline/filterEngine.ts";
import { EMPTY_FILTERS, type Filters } from "../timeline/filters.ts";
import type { FacetCount } from "../timeline/facetCounts.ts";

export function fixture(): DatasetInput {
  return {
    version: 1,
    id: "filters-test",
    title: "Filters test",
    summary: "Events to filter.",
    updated: "2025-11-13",
    people: [
      { id: "ana", name: "Ana de Armas" },
      { id: "tom", name: "Tom Cruise" },
      { id: "ben", name: "Ben" },
      { id: "nobody", name: "Nobody Atall" },
    ],
    claims: [
      { id: "romance", text: "They are a couple.", status: "disputed" },
      { id: "split", text: "They split.", status: "unverified" },
    ],
    sources: [
      {
        id: "ht",
        outlet: "Hindustan Times",
        relays: "People",
        title: "Ana de Armas and Tom Cruise dine in Soho",
      },
      { id: "dm", outlet: "Daily Mail" },
      { id: "ps", outlet: "Page Six" },
      { id: "us", outlet: "Us Weekly", relays: "Page Six" },
      { id: "unused", outlet: "Unused Gazette" },
    ],
    events: [
      {
        id: "split",
        title: "A split is reported",
        summary: "Reports say it is over.",
        date: "2025-11-01",
        kind: "report",
        claims: [
          { claim: "split", stance: "supports" },
          { claim: "romance", stance: "disputes" },
        ],
        annotations: [{ text: "An insider spoke.", attribution: "anonymous", sources: ["ht"] }],
        sources: ["ht"],
      },
      {
        id: "dinner",
        title: "Dinner",
        summary: "They were seen at dinner.",
        date: "2025-02-13",
        altDates: [{ date: "2025-02-14", sources: ["dm"] }],
        kind: "sighting",
        place: "Soho, London",
        people: ["ana", "tom"],
        claims: [{ claim: "romance", stance: "supports" }],
        annotations: [{ text: "Photos of the pair.", attribution: "photo", sources: ["ps"] }],
        sources: ["ht"],
      },
      {
        id: "heli",
        title: "Helicopter ride",
        summary: "A flight together.",
        date: "2025-03-01",
        kind: "sighting",
        people: ["tom"],
        claims: [{ claim: "romance", stance: "supports" }],
        annotations: [
          { text: "A source told a magazine.", attribution: "anonymous", sources: ["us"] },
        ],
        sources: ["us"],
      },
      {
        id: "denial",
        title: "A denial",
        summary: "Friends only.",
        date: "2025-03-10",
        kind: "denial",
        people: ["ana"],
        claims: [
          { claim: "romance", stance: "disputes" },
          { claim: "split", stance: "context" },
        ],
        annotations: [
          {
            text: "Said on camera.",
            quote: "Só amigos",
            speaker: "tom",
            attribution: "on-record",
            sources: ["dm"],
          },
        ],
        sources: ["dm"],
      },
      {
        id: "premiere",
        title: "Café de Flore premiere",
        summary: "All three walked the carpet.",
        date: "2025-04-01",
        kind: "appearance",
        people: ["ana", "tom", "ben"],
        annotations: [{ text: "Seen together.", sources: ["ps"] }],
        sources: ["ps"],
      },
    ],
  };
}

export function load(doc: DatasetInput): Dataset {
  const result = validateDataset(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

export const dataset = load(fixture());
export const index = buildSearchIndex(dataset);

export function ids(filters: Partial<Filters>): string[] {
  return applyFilters(dataset, index, { ...EMPTY_FILTERS, ...filters }).map((e) => e.id);
}

export function counts(list: FacetCount[]): Record<string, number> {
  return Object.fromEntries(list.map((f) => [f.value, f.count]));
}
