// One TimelineJS event (a slide) as a format v1 event, or null after reporting why it is
// left out: its date, title and summary as plain text, its links and media as sources, its
// credits and display dates as annotations, its group as a tag, its unique_id as its id.
import type { DatasetInput } from "../schema.ts";
import { eventSchema, LIMITS } from "../schema.ts";
import { parseEdtf } from "../edtf.ts";
import { collapseWhitespace } from "./htmlToText.ts";
import { slugify, type UniqueSlugs } from "./slug.ts";
import { readDate } from "./timelinejsDate.ts";
import { isRecord, plain, shorten, textOf, type Raw } from "./timelinejsFields.ts";
import { readMedia, type Note } from "./timelinejsMedia.ts";
import { type Collector, PRESENTATION } from "./timelinejsReport.ts";
import type { Sources } from "./timelinejsSources.ts";

type EventInput = DatasetInput["events"][number];

/** The kind every imported event gets: TimelineJS has no kinds. */
export const TIMELINEJS_KIND = "report";

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

export interface Ids {
  /** Slug of this event's unique_id, or "". */
  wanted: string;
  reserved: Set<string>;
  ids: Set<string>;
  /** Count on from where each stem stopped: for unique_ids, and for headlines. */
  wantedSlugs: UniqueSlugs;
  headlineSlugs: UniqueSlugs;
}

export function convertEvent(
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

  const report = out.at(index);
  const start = readDate(raw.start_date, "start_date", report);
  if (start === null) return null;
  let date = start;
  if (raw.end_date !== undefined && raw.end_date !== null && raw.end_date !== "") {
    const end = readDate(raw.end_date, "end_date", report);
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
