// TimelineJS (Knight Lab) JSON to format v1. Pure code (no node: modules) so that a browser
// preview can reuse it. Nothing is dropped silently: whatever has no place in format v1 is
// reported as a problem (content) or a note (presentation only).
//
// Mapping, per event:
// - start_date/end_date → date: the fields present give the precision (year → 2025, + month
//   → 2025-02, + day → 2025-02-13, + hour/minute → 2025-02-13T21:30Z, + second), end_date →
//   an interval. TimelineJS stores no time zone: times are taken as UTC. Negative years and
//   years past 9999 are outside format v1: the event is reported and left out.
// - text.headline → title and text.text → summary, as plain text (HTML removed, whitespace
//   collapsed); an empty text takes the headline, an empty headline the start of the text.
// - <a href> links in headline, text, caption and credit, media.url and media.link → sources
//   (outlet = the URL's host without www., title = the link text or the media caption).
//   Protocol-relative URLs (//host/path, as Knight Lab writes media) are taken as https;
//   a URL the validator would refuse (user name, spaces…) is reported, not cited.
//   An event with no link and no media has nothing to cite: reported and left out.
// - media.credit → an annotation "Media credit: …"; a caption too long for a source title →
//   an annotation; display_date (when it says more than the date) → an annotation.
// - group → a tag (slugified); kind is always "report" (TimelineJS has no kinds).
// - unique_id → id (slugified, made unique), else the headline's slug.
// - eras, and anything unknown, are reported as not carried (index null for the file).
// - a file wrapped as { "timeline": { … } } is read as the timeline inside.
import type { DatasetInput } from "../schema.ts";
import { eventSchema, LIMITS } from "../schema.ts";
import { parseEdtf } from "../edtf.ts";
import { urlProblem } from "../rules.ts";
import { citableUrl, collapseWhitespace, htmlToText, type HtmlLink } from "./htmlToText.ts";
import { slugify, UniqueSlugs } from "./slug.ts";

type EventInput = DatasetInput["events"][number];
type SourceInput = DatasetInput["sources"][number];

/** An annotation before its sources are known: media notes cite the media's sources. */
interface Note {
  text: string;
  aboutMedia: boolean;
}

export interface TimelineJsOptions {
  id?: string | undefined;
  title?: string | undefined;
  summary?: string | undefined;
  updated?: string | undefined;
  language?: string | undefined;
  /** Names the input in default titles, e.g. "timeline.json". */
  sourceName?: string | undefined;
  /** Today's date (YYYY-MM-DD) for `updated`; defaults to the clock. */
  today?: string | undefined;
}

export interface TimelineJsProblem {
  /** Position in `events`, or null for the file as a whole (title, eras, …). */
  index: number | null;
  message: string;
}

export interface TimelineJsResult {
  dataset: DatasetInput;
  problems: TimelineJsProblem[];
  /** Defaults applied and presentation-only fields left behind (not problems). */
  notes: string[];
}

/** The kind every imported event gets: TimelineJS has no kinds. */
export const TIMELINEJS_KIND = "report";

const TOP_KEYS = new Set(["title", "events", "eras", "scale"]);
const EVENT_KEYS = new Set([
  "start_date",
  "end_date",
  "display_date",
  "text",
  "media",
  "group",
  "unique_id",
  "background",
  "autolink",
]);
const DATE_KEYS = new Set([
  "year",
  "month",
  "day",
  "hour",
  "minute",
  "second",
  "millisecond",
  "display_date",
  "format",
]);
const MEDIA_KEYS = new Set([
  "url",
  "caption",
  "credit",
  "title",
  "link",
  "thumbnail",
  "alt",
  "link_target",
]);
/** Presentation only: left behind with a note rather than a problem. */
const PRESENTATION = new Set([
  "background",
  "autolink",
  "media.thumbnail",
  "media.alt",
  "media.link_target",
  "start_date.format",
  "end_date.format",
]);

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** HTML to one line of text, with its links. */
function plain(value: unknown): { text: string; links: HtmlLink[]; ignored: string[] } {
  const { text, links, ignored } = htmlToText(textOf(value));
  return { text: collapseWhitespace(text), links, ignored };
}

/** Cut to `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

class Collector {
  readonly problems: TimelineJsProblem[] = [];
  readonly notes: string[] = [];
  readonly presentation = new Map<string, number>();
  problem(index: number | null, message: string): void {
    this.problems.push({ index, message });
  }
  leftBehind(key: string): void {
    this.presentation.set(key, (this.presentation.get(key) ?? 0) + 1);
  }
}

class Sources {
  readonly list: SourceInput[] = [];
  private readonly byUrl = new Map<string, SourceInput>();
  private readonly taken = new Set<string>();
  private readonly slugs = new UniqueSlugs();

  /** The id of the source at this URL, created on first sight. */
  cite(url: string, title?: string): string {
    const known = this.byUrl.get(url);
    if (known) {
      if (known.title === undefined && title) known.title = shorten(title, LIMITS.title);
      return known.id;
    }
    const outlet = new URL(url).hostname.replace(/^www\./, "");
    const source: SourceInput = {
      id: this.slugs.make(slugify(outlet), this.taken, "source"),
      outlet,
      url,
    };
    if (title && title !== url) source.title = shorten(title, LIMITS.title);
    this.byUrl.set(url, source);
    this.list.push(source);
    return source.id;
  }
}

/**
 * The timeline itself: a published file may wrap it as `{ "timeline": { … } }` (as
 * Knight Lab's examples and embeds pass it). Anything else is taken as it is.
 */
export function timelineOf(json: unknown): unknown {
  if (!isRecord(json) || json.events !== undefined || !isRecord(json.timeline)) return json;
  return json.timeline;
}

export function timelineJsToDataset(
  json: unknown,
  options: TimelineJsOptions = {},
): TimelineJsResult {
  const out = new Collector();
  const sources = new Sources();
  const events: EventInput[] = [];
  const file = timelineOf(json);
  const root: Raw = isRecord(file) ? file : {};
  if (!isRecord(file) || !Array.isArray(file.events)) {
    out.problem(null, 'not a TimelineJS file: expected an object with an "events" array');
  }
  if (file !== json && isRecord(json)) {
    for (const key of Object.keys(json)) {
      if (key !== "timeline") out.problem(null, `"${key}" beside "timeline" is not carried`);
    }
  }
  for (const key of Object.keys(root)) {
    if (!TOP_KEYS.has(key)) out.problem(null, `"${key}" is not carried (not a TimelineJS key)`);
  }
  if (root.scale !== undefined && root.scale !== "human") {
    out.problem(
      null,
      `scale "${textOf(root.scale)}" is not carried: format v1 has calendar dates only`,
    );
  }
  reportEras(root.eras, out);
  const titleSlide = readTitleSlide(root.title, sources, out);

  const rawEvents = Array.isArray(root.events) ? root.events : [];
  const ids = new Set<string>();
  // unique_ids are reserved first so that an id made from a headline never takes one.
  const wanted = rawEvents.map((raw) =>
    isRecord(raw) && raw.unique_id !== undefined ? slugify(textOf(raw.unique_id)) : "",
  );
  const reserved = new Set(wanted.filter((id) => id !== ""));
  const wantedSlugs = new UniqueSlugs();
  const headlineSlugs = new UniqueSlugs();
  rawEvents.forEach((raw, index) => {
    const event = convertEvent(
      raw,
      index,
      { wanted: wanted[index] ?? "", reserved, ids, wantedSlugs, headlineSlugs },
      sources,
      out,
    );
    if (event) events.push(event);
  });

  if (rawEvents.some((raw) => isRecord(raw) && raw.group !== undefined)) {
    out.notes.push("groups became tags (slugified)");
  }
  if (events.length > 0)
    out.notes.push(`every event has kind "${TIMELINEJS_KIND}" (TimelineJS has no kinds)`);
  if (
    rawEvents.some(
      (raw) => isRecord(raw) && isRecord(raw.start_date) && raw.start_date.hour !== undefined,
    )
  ) {
    out.notes.push("times were taken as UTC (TimelineJS stores no time zone)");
  }
  for (const [key, n] of out.presentation) {
    out.notes.push(`${key} is presentation only and not carried (${n} time${n === 1 ? "" : "s"})`);
  }

  const name = options.sourceName ?? "TimelineJS";
  const defaults: string[] = [];
  const fallback = (field: string, value: string): string => {
    defaults.push(field);
    return value;
  };
  const title =
    options.title ?? (titleSlide.title || undefined) ?? fallback("title", `Imported from ${name}`);
  const dataset: DatasetInput = {
    version: 1,
    id: options.id ?? (slugify(title) || fallback("id", "imported-timeline")),
    title,
    summary:
      options.summary ??
      (titleSlide.summary || undefined) ??
      fallback("summary", `Imported from ${name}; replace this summary.`),
    updated: options.updated ?? options.today ?? new Date().toISOString().slice(0, 10),
    ...(options.language === undefined ? {} : { language: options.language }),
    sources: sources.list,
    events,
  };
  if (defaults.length > 0)
    out.notes.push(`no ${defaults.join(", ")} in the file or options: defaults were written`);
  return { dataset, problems: out.problems, notes: out.notes };
}

function reportEras(eras: unknown, out: Collector): void {
  if (eras === undefined) return;
  if (!Array.isArray(eras)) {
    out.problem(null, "eras is not carried: format v1 has no eras");
    return;
  }
  eras.forEach((era, i) => {
    const raw = isRecord(era) ? era : {};
    const headline = plain(isRecord(raw.text) ? raw.text.headline : undefined).text;
    const start = isRecord(raw.start_date) ? dateText(raw.start_date) : "?";
    const end = isRecord(raw.end_date) ? dateText(raw.end_date) : "?";
    out.problem(
      null,
      `eras[${i}]${headline ? ` "${headline}"` : ""} (${start} to ${end}) is not carried: format v1 has no eras`,
    );
  });
}

/** A short human form of a TimelineJS date for messages. */
function dateText(date: Raw): string {
  return ["year", "month", "day"]
    .map((key) => textOf(date[key]).trim())
    .filter((part) => part !== "")
    .map((part, i) => (i === 0 ? part : part.padStart(2, "0")))
    .join("-");
}

function readTitleSlide(
  slide: unknown,
  sources: Sources,
  out: Collector,
): { title: string; summary: string } {
  if (slide === undefined) return { title: "", summary: "" };
  if (!isRecord(slide)) {
    out.problem(null, "title is not an object: not carried");
    return { title: "", summary: "" };
  }
  const text = isRecord(slide.text) ? slide.text : {};
  const headline = plain(text.headline);
  const body = plain(text.text);
  const links = [...headline.links, ...body.links];
  for (const link of links) sources.cite(link.href, link.text);
  if (links.length > 0) {
    out.notes.push(`links on the title slide became sources that no event cites (${links.length})`);
  }
  if (slide.media !== undefined) {
    const media = isRecord(slide.media) ? slide.media : {};
    const url = citableUrl(textOf(media.url).trim());
    if (url !== null) {
      sources.cite(url, plain(media.caption).text || textOf(media.title));
      out.notes.push("the title slide's media became a source that no event cites");
    } else {
      out.problem(null, "title.media is not carried (not an http(s) URL)");
    }
  }
  for (const key of Object.keys(slide)) {
    if (key === "background") out.leftBehind("title.background");
    else if (!["text", "media", "unique_id"].includes(key)) {
      out.problem(null, `title.${key} is not carried`);
    }
  }
  return {
    title: shorten(headline.text, LIMITS.title),
    summary: shorten(body.text || headline.text, LIMITS.summary),
  };
}

interface Ids {
  /** Slug of this event's unique_id, or "". */
  wanted: string;
  reserved: Set<string>;
  ids: Set<string>;
  /** Count on from where each stem stopped: for unique_ids, and for headlines. */
  wantedSlugs: UniqueSlugs;
  headlineSlugs: UniqueSlugs;
}

function convertEvent(
  raw: unknown,
  index: number,
  idState: Ids,
  sources: Sources,
  out: Collector,
): EventInput | null {
  const problem = (message: string) => out.problem(index, message);
  if (!isRecord(raw)) {
    problem("is not an object; left out");
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (PRESENTATION.has(key)) out.leftBehind(key);
    else if (!EVENT_KEYS.has(key)) problem(`"${key}" is not carried (not a TimelineJS key)`);
  }

  const start = readDate(raw.start_date, "start_date", out, index);
  if (start === null) return null;
  let date = start;
  if (raw.end_date !== undefined && raw.end_date !== null && raw.end_date !== "") {
    const end = readDate(raw.end_date, "end_date", out, index);
    if (end === null) {
      problem(`the end date is not carried; the event keeps its start date ${start}`);
    } else if (end !== start) {
      const interval = parseEdtf(`${start}/${end}`);
      if (interval.ok) date = `${start}/${end}`;
      else problem(`end_date: ${interval.error}; the event keeps its start date ${start}`);
    }
  }

  const text = isRecord(raw.text) ? raw.text : {};
  const headline = plain(text.headline);
  const body = plain(text.text);
  if (headline.text === "" && body.text === "") {
    problem("has neither a headline nor a text; left out");
    return null;
  }
  let title = headline.text;
  if (title === "") {
    title = shorten(body.text, 100);
    out.notes.push(`events[${index}]: no headline; the title is the start of the text`);
  }
  if (title.length > LIMITS.title) {
    problem(`the headline is longer than ${LIMITS.title} characters and was shortened`);
    title = shorten(title, LIMITS.title);
  }
  let summary = body.text || headline.text;
  if (summary.length > LIMITS.summary) {
    problem(`the text is longer than ${LIMITS.summary} characters and was shortened`);
    summary = shorten(summary, LIMITS.summary);
  }

  const ignored = [...headline.ignored, ...body.ignored];
  if (ignored.length > 0) {
    out.notes.push(
      `events[${index}]: links and images that are not absolute http(s) URLs are not sources: ${ignored.map((href) => shorten(href, 60)).join(", ")}`,
    );
  }
  const cited: string[] = [];
  const cite = (url: string, linkTitle?: string) => {
    const id = sources.cite(url, linkTitle);
    if (!cited.includes(id)) cited.push(id);
    return id;
  };
  for (const link of [...headline.links, ...body.links]) cite(link.href, link.text);
  const annotations: Note[] = [];
  const mediaSources = readMedia(raw.media, index, cite, annotations, out);

  if (cited.length === 0) {
    problem(
      "has no link and no media URL, so nothing to cite: format v1 needs a source for every event; left out",
    );
    return null;
  }

  const display = [
    raw.display_date,
    isRecord(raw.start_date) ? raw.start_date.display_date : undefined,
  ]
    .map((value) => collapseWhitespace(textOf(value)))
    .find((value) => value !== "");
  if (display !== undefined && display !== date) {
    annotations.push({
      text: `Date as shown in the original timeline: ${display}`,
      aboutMedia: false,
    });
  }
  const endDisplay = isRecord(raw.end_date)
    ? collapseWhitespace(textOf(raw.end_date.display_date))
    : "";
  if (endDisplay !== "" && raw.display_date === undefined) {
    annotations.push({
      text: `End date as shown in the original timeline: ${endDisplay}`,
      aboutMedia: false,
    });
  }

  const group = collapseWhitespace(textOf(raw.group));
  const tag = slugify(group, LIMITS.tag);
  if (group !== "" && tag === "")
    problem(`group "${group}" cannot be made into a tag; not carried`);
  const event: EventInput = {
    id: eventId(raw, index, headline.text, idState, out),
    title,
    summary,
    date,
    kind: TIMELINEJS_KIND,
    ...(annotations.length > 0
      ? {
          annotations: annotations.map((note) => ({
            text: note.text,
            sources: note.aboutMedia && mediaSources.length > 0 ? mediaSources : cited,
          })),
        }
      : {}),
    sources: cited,
    ...(tag === "" ? {} : { tags: [tag] }),
  };

  const checked = eventSchema.safeParse(event);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      problem(`${issue.path.map(String).join(".")}: ${issue.message}; left out`);
    }
    return null;
  }
  return event;
}

function eventId(raw: Raw, index: number, headline: string, ids: Ids, out: Collector): string {
  if (ids.wanted !== "") {
    // Reserved for this event; a duplicate unique_id gets a suffix.
    const id = ids.wantedSlugs.make(ids.wanted, ids.ids, "event");
    const given = textOf(raw.unique_id);
    if (id !== given)
      out.notes.push(`events[${index}]: unique_id "${given}" became the id "${id}"`);
    return id;
  }
  // Neither an id given so far nor a unique_id still to come; the id goes into ids.ids.
  const taken = {
    has: (id: string) => ids.ids.has(id) || ids.reserved.has(id),
    add: (id: string) => ids.ids.add(id),
  };
  return ids.headlineSlugs.make(slugify(headline), taken, `event-${index + 1}`);
}

/** Reads media into sources (returned) and annotations (credit, long caption). */
function readMedia(
  value: unknown,
  index: number,
  cite: (url: string, title?: string) => string,
  annotations: Note[],
  out: Collector,
): string[] {
  if (value === undefined || value === null) return [];
  if (!isRecord(value)) {
    out.problem(index, "media is not an object; not carried");
    return [];
  }
  for (const key of Object.keys(value)) {
    if (PRESENTATION.has(`media.${key}`)) out.leftBehind(`media.${key}`);
    else if (!MEDIA_KEYS.has(key)) out.problem(index, `media.${key} is not carried`);
  }
  const caption = plain(value.caption);
  const credit = plain(value.credit);
  const mediaTitle = collapseWhitespace(textOf(value.title));
  const captionFits = caption.text !== "" && caption.text.length <= LIMITS.title;
  const label = captionFits ? caption.text : mediaTitle;

  const ids: string[] = [];
  const url = textOf(value.url).trim();
  if (url.startsWith("<")) {
    // An embed code (tweet, iframe…): its links are what can be cited.
    const embedded = htmlToText(url).links;
    for (const link of embedded) ids.push(cite(link.href, link.text || label));
    if (embedded.length === 0)
      out.problem(index, "media.url is embed code without a link; not carried");
  } else if (url !== "") {
    const cited = citeMedia("media.url", url, label, cite, index, out);
    if (cited !== null) ids.push(cited);
  }
  const link = textOf(value.link).trim();
  if (link !== "") {
    const cited = citeMedia("media.link", link, label, cite, index, out);
    if (cited !== null) ids.push(cited);
  }
  for (const found of [...caption.links, ...credit.links]) ids.push(cite(found.href, found.text));

  if (caption.text !== "" && !captionFits) {
    annotations.push({
      text: shorten(`Media caption: ${caption.text}`, LIMITS.text),
      aboutMedia: true,
    });
    if (caption.text.length + 15 > LIMITS.text) {
      out.problem(
        index,
        `media.caption is longer than ${LIMITS.text - 15} characters and was shortened`,
      );
    }
  }
  if (credit.text !== "") {
    annotations.push({
      text: shorten(`Media credit: ${credit.text}`, LIMITS.text),
      aboutMedia: true,
    });
  }
  return [...new Set(ids)];
}

/** A media URL or link cited as a source, or reported with the validator's reason. */
function citeMedia(
  key: string,
  given: string,
  label: string,
  cite: (url: string, title?: string) => string,
  index: number,
  out: Collector,
): string | null {
  const url = citableUrl(given);
  if (url !== null) return cite(url, label);
  const reason = urlProblem(given.startsWith("//") ? `https:${given}` : given);
  out.problem(
    index,
    `${key} "${shorten(given, 60)}" is not carried: it ${reason ?? "cannot be cited"}`,
  );
  return null;
}

const NUMBER = /^-?[0-9]+$/;

/** A TimelineJS date object as EDTF, or null after reporting why it cannot be one. */
function readDate(value: unknown, key: string, out: Collector, index: number): string | null {
  const problem = (message: string) => {
    out.problem(index, `${key}: ${message}; left out`);
    return null;
  };
  if (!isRecord(value)) return problem(key === "start_date" ? "is missing" : "is not an object");
  const parts: Partial<Record<string, number>> = {};
  for (const field of Object.keys(value)) {
    if (PRESENTATION.has(`${key}.${field}`)) out.leftBehind(`${key}.${field}`);
    else if (!DATE_KEYS.has(field)) out.problem(index, `${key}.${field} is not carried`);
  }
  for (const field of ["year", "month", "day", "hour", "minute", "second", "millisecond"]) {
    const raw = value[field];
    if (raw === undefined || raw === null || raw === "") continue;
    const text = textOf(raw).trim();
    if (!NUMBER.test(text)) return problem(`${field} ${JSON.stringify(raw)} is not a whole number`);
    parts[field] = Number(text);
  }
  const { year, month, day, hour, minute, second, millisecond } = parts;
  if (year === undefined) return problem("has no year");
  if (year < 0) {
    return problem(`year ${year} is negative: dates before the year 0 are outside format v1`);
  }
  if (year > 9999) return problem(`year ${year} is past 9999: outside format v1`);
  const two = (n: number) => String(n).padStart(2, "0");
  let edtf = String(year).padStart(4, "0");
  if (month !== undefined) {
    edtf += `-${two(month)}`;
    if (day !== undefined) {
      edtf += `-${two(day)}`;
      if (hour !== undefined) {
        edtf += `T${two(hour)}:${two(minute ?? 0)}${second === undefined ? "" : `:${two(second)}`}Z`;
      }
    }
  }
  const finer = [
    ["day", day, month],
    ["hour", hour, day],
    ["minute", minute, hour],
    ["second", second, minute ?? hour],
  ] as const;
  for (const [field, present, parent] of finer) {
    if (present !== undefined && parent === undefined) {
      out.problem(index, `${key}: ${field} without the larger units is not carried`);
    }
  }
  if (millisecond !== undefined && millisecond !== 0) {
    out.problem(
      index,
      `${key}: millisecond ${millisecond} is not carried (format v1 stops at seconds)`,
    );
  }
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return problem(parsed.error);
  return edtf;
}
