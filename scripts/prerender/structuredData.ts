// JSON-LD (schema.org) for the prerendered pages, and a check of it.
//
// Types, chosen to say what the pages are and nothing more:
// - A dataset's page is an `Article`: a sourced, revised account written by the dataset's
//   authors. Its `mainEntity` is an `ItemList` of the events in date order, each a
//   `ListItem` that links to the event's page.
// - An event's page is an `Article` too, `about` an `Event`. Not a `NewsArticle`: the page
//   reports nothing first-hand; it summarises what others reported, and says whose reports
//   they were in `citation` (each source a `CreativeWork` with its outlet as `publisher`,
//   and the outlet it relays, if any, as `isBasedOn`). The `Event` is what happened, with
//   `startDate`/`endDate` only when the dataset's date is exact (ISO 8601 has no "about"
//   or "uncertain"; a qualified date is left to the page's text rather than written as
//   certain) and `location` a `Place` when the dataset names one.
// - `publisher` is the site (an `Organization`): the format names no author, and none is
//   invented.
import type { Dataset, EdtfDate, TimelineEvent } from "../../src/data/model.ts";
import { datasetPagePath, eventPagePath, socialCardPath } from "../../src/data/sitePaths.ts";
import { ellipsize } from "../../src/timeline/ellipsize.ts";
import {
  ARTICLE_REQUIRED,
  ARTICLE_TYPES,
  DATE_PROPERTIES,
  HEADLINE_MAX,
  JSON_LD_PROPERTIES,
  URL_PROPERTIES,
} from "./jsonLdVocabulary.ts";

export const SCHEMA_CONTEXT = "https://schema.org";
const PUBLISHER_NAME = "Rumor Timeline";

/** Where a dataset is published: the site's root URL (ending in "/") and its file name. */
export interface JsonLdPlace {
  site: string;
  /** The dataset's file name in data/ without ".json". */
  name: string;
  /** The bundled dataset's name (its pages are the site's root); sitePaths' default. */
  defaultName?: string;
}

type Node = Record<string, unknown>;

/**
 * A date as ISO 8601, side by side, or null where it cannot be said exactly: an open end, or
 * a side qualified as approximate or uncertain. EDTF without qualifiers is ISO 8601.
 */
export function isoSides(date: EdtfDate): { start: string | null; end: string | null } {
  const [fromText, toText = fromText] = date.text.split("/");
  const exact = (text: string | undefined, point: EdtfDate["from"]) =>
    point === null || text === undefined || text === "" || text === ".."
      ? null
      : point.approximate || point.uncertain
        ? null
        : text;
  return { start: exact(fromText, date.from), end: exact(toText, date.to) };
}

/** A date for datePublished/dateModified: as written when exact, else its first day. */
function isoDay(date: EdtfDate): string {
  const { start, end } = isoSides(date);
  if (!date.interval && start !== null && start === end) return start;
  return new Date(date.start).toISOString().slice(0, 10);
}

function publisher(site: string): Node {
  return { "@type": "Organization", name: PUBLISHER_NAME, url: site };
}

function urls(place: JsonLdPlace) {
  const { site, name, defaultName } = place;
  return {
    dataset: `${site}${datasetPagePath(name, defaultName)}`,
    event: (id: string) => `${site}${eventPagePath(name, id, defaultName)}`,
    card: (id: string | null = null) => `${site}${socialCardPath(name, id)}`,
  };
}

/** When the record began: the first day it gained an event, else its last revision. */
function firstPublished(dataset: Dataset): string {
  const added = dataset.events
    .map((event) => event.added)
    .filter((date): date is EdtfDate => date !== undefined)
    .sort((a, b) => a.start - b.start)[0];
  return isoDay(added ?? dataset.updated);
}

/** The dataset's page: an Article whose main entity is the list of its events. */
export function datasetJsonLd(dataset: Dataset, place: JsonLdPlace): Node {
  const at = urls(place);
  return {
    "@context": SCHEMA_CONTEXT,
    "@type": "Article",
    "@id": at.dataset,
    url: at.dataset,
    headline: ellipsize(dataset.title, HEADLINE_MAX),
    name: dataset.title,
    description: dataset.summary,
    inLanguage: dataset.language,
    datePublished: firstPublished(dataset),
    dateModified: isoDay(dataset.updated),
    image: at.card(),
    publisher: publisher(place.site),
    mainEntity: {
      "@type": "ItemList",
      name: dataset.title,
      itemListOrder: "https://schema.org/ItemListOrderAscending",
      numberOfItems: dataset.events.length,
      // The model keeps events in date order (then file order for the same date).
      itemListElement: dataset.events.map((event, index) => ({
        "@type": "ListItem",
        position: index + 1,
        name: event.title,
        url: at.event(event.id),
      })),
    },
  };
}

/** The event's page: an Article about the Event, citing the event's sources. */
export function eventJsonLd(dataset: Dataset, event: TimelineEvent, place: JsonLdPlace): Node {
  const at = urls(place);
  const page = at.event(event.id);
  const { start, end } = isoSides(event.date);
  const happened: Node = { "@type": "Event", name: event.title, description: event.summary };
  if (start !== null) happened.startDate = start;
  if (end !== null && end !== start) happened.endDate = end;
  if (event.place !== undefined) happened.location = { "@type": "Place", name: event.place };
  const published = event.added ?? event.updated ?? dataset.updated;
  return {
    "@context": SCHEMA_CONTEXT,
    "@type": "Article",
    "@id": page,
    url: page,
    headline: ellipsize(event.title, HEADLINE_MAX),
    name: event.title,
    description: event.summary,
    inLanguage: dataset.language,
    datePublished: isoDay(published),
    dateModified: isoDay(event.updated ?? published),
    image: at.card(event.id),
    publisher: publisher(place.site),
    isPartOf: { "@type": "CreativeWork", "@id": at.dataset, url: at.dataset, name: dataset.title },
    about: happened,
    citation: event.sources.flatMap((id) => {
      const source = dataset.sourcesById.get(id);
      if (source === undefined) return [];
      const work: Node = {
        "@type": "CreativeWork",
        name: source.title ?? source.outlet,
        publisher: { "@type": "Organization", name: source.outlet },
      };
      if (source.url !== undefined) work.url = source.url;
      const date = source.published === undefined ? null : isoSides(source.published);
      if (date !== null && date.start !== null && date.start === date.end) {
        work.datePublished = date.start;
      }
      if (source.language !== undefined) work.inLanguage = source.language;
      if (source.relays !== undefined) {
        work.isBasedOn = {
          "@type": "CreativeWork",
          publisher: { "@type": "Organization", name: source.relays },
        };
      }
      if (source.archived !== undefined) work.archivedAt = source.archived.url;
      return [work];
    }),
  };
}

// ---------------------------------------------------------------------------------------
// The check.

const ISO_8601 =
  /^-?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?)?$/;

function isAbsoluteHttp(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && value === value.trim();
  } catch {
    return false;
  }
}

/**
 * What is wrong with a JSON-LD document, each problem at its path ("$.citation[2].url"):
 * the context, every node's type and properties (jsonLdVocabulary.ts), what Google asks of
 * an Article, absolute http(s) URLs and ISO 8601 dates. Empty when nothing is.
 */
export function validateJsonLd(value: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ["$: is not a JSON-LD object"];
  if (value["@context"] !== SCHEMA_CONTEXT) {
    problems.push(`$["@context"]: must be "${SCHEMA_CONTEXT}"`);
  }
  checkNode(value, "$", problems);
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function propertyPath(path: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
    ? `${path}.${key}`
    : `${path}[${JSON.stringify(key)}]`;
}

function checkNode(node: Record<string, unknown>, path: string, problems: string[]): void {
  const type = node["@type"];
  const allowed = typeof type === "string" ? JSON_LD_PROPERTIES[type] : undefined;
  if (typeof type !== "string") {
    problems.push(`${path}: has no @type`);
  } else if (allowed === undefined) {
    problems.push(`${path}["@type"]: "${type}" is not one of the types these pages use`);
  }
  for (const [key, child] of Object.entries(node)) {
    const at = propertyPath(path, key);
    if (key === "@context") {
      if (path !== "$") problems.push(`${at}: belongs on the document only`);
      continue;
    }
    if (key === "@type") continue;
    if (!key.startsWith("@") && allowed !== undefined && !allowed.has(key)) {
      problems.push(`${at}: is not a property of ${String(type)} on schema.org`);
    }
    checkValue(key, child, at, problems);
  }
  if (typeof type === "string" && ARTICLE_TYPES.has(type)) {
    for (const key of ARTICLE_REQUIRED) {
      const given = node[key];
      if (given === undefined || given === "" || (Array.isArray(given) && given.length === 0)) {
        problems.push(`${propertyPath(path, key)}: is missing (Google asks for it on ${type})`);
      }
    }
    const headline = node.headline;
    if (typeof headline === "string" && headline.length > HEADLINE_MAX) {
      problems.push(`${path}.headline: is longer than ${HEADLINE_MAX} characters`);
    }
  }
  if (type === "ListItem") {
    const position = node.position;
    if (typeof position !== "number" || !Number.isInteger(position) || position < 1) {
      problems.push(`${path}.position: must be a whole number from 1`);
    }
  }
}

function checkValue(key: string, value: unknown, path: string, problems: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(key, item, `${path}[${index}]`, problems));
    return;
  }
  if (isObject(value)) {
    checkNode(value, path, problems);
    return;
  }
  if (typeof value === "string") {
    if (URL_PROPERTIES.has(key) && !isAbsoluteHttp(value)) {
      problems.push(`${path}: "${value}" is not an absolute http(s) URL`);
    }
    if (DATE_PROPERTIES.has(key) && !ISO_8601.test(value)) {
      problems.push(`${path}: "${value}" is not an ISO 8601 date`);
    }
    return;
  }
  if (typeof value !== "number" && typeof value !== "boolean") {
    problems.push(`${path}: is neither text, a number nor a node`);
  }
}
