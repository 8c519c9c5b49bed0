// TimelineJS (Knight Lab) JSON to format v1. Pure code (no node: modules) so that a browser
// preview can reuse it. Nothing is dropped silently: whatever has no place in format v1 is
// reported as a problem (content) or a note (presentation only).
//
// Mapping, per event:
// - start_date/end_date → date: the fields present give the precision (year → 2025, + month
//   → 2025-02, + day → 2025-02-13, + hour/minute → 2025-02-13T21:30Z, + second), end_date →
//   an interval. TimelineJS stores no time zone: times are taken as UTC. A negative year
//   means the year TimelineJS shows ("-44" shows as "44 BCE", EDTF's -0043: see
//   timelinejsDate.ts); years before 10000 BCE or past 9999 are reported and left out.
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
// - eras → periods (timelinejsEras.ts): headline → title, text → summary, start_date and
//   end_date → an EDTF interval; an era without a usable end is reported (index null).
// - anything unknown is reported as not carried (index null for the file).
// - a file wrapped as { "timeline": { … } } is read as the timeline inside.
//
// This file reads the file as a whole (keys, title slide, dataset fields); an event is
// timelinejsEvent.ts, its date timelinejsDate.ts, its media timelinejsMedia.ts, the eras
// timelinejsEras.ts; sources are gathered in timelinejsSources.ts and problems and notes
// in timelinejsReport.ts.
import type { DatasetInput } from "../schema.ts";
import { LIMITS } from "../schema.ts";
import { citableUrl } from "./htmlToText.ts";
import { slugify, UniqueSlugs } from "./slug.ts";
import { readEras } from "./timelinejsEras.ts";
import { convertEvent, TIMELINEJS_KIND } from "./timelinejsEvent.ts";
import { isRecord, plain, shorten, textOf, type Raw } from "./timelinejsFields.ts";
import { Collector, type TimelineJsProblem } from "./timelinejsReport.ts";
import { Sources } from "./timelinejsSources.ts";

export { shorten } from "./timelinejsFields.ts";
export { TIMELINEJS_KIND } from "./timelinejsEvent.ts";
export type { TimelineJsProblem } from "./timelinejsReport.ts";

type EventInput = DatasetInput["events"][number];

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

export interface TimelineJsResult {
  dataset: DatasetInput;
  problems: TimelineJsProblem[];
  /** Defaults applied and presentation-only fields left behind (not problems). */
  notes: string[];
}

const TOP_KEYS = new Set(["title", "events", "eras", "scale"]);

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

  // After the events, so that their sources keep the ids they had before eras were read.
  const periods = readEras(root.eras, sources, out);

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
  out.notes.push(...out.presentationNotes());

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
    ...(periods.length > 0 ? { periods } : {}),
    events,
  };
  if (defaults.length > 0)
    out.notes.push(`no ${defaults.join(", ")} in the file or options: defaults were written`);
  return { dataset, problems: out.problems, notes: out.notes };
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
