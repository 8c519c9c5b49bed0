// A TimelineJS event's media: its URL, link and the links in its caption and credit become
// sources; its credit, and a caption too long for a source title, become annotations.
import { LIMITS } from "../schema.ts";
import { urlProblem } from "../rules.ts";
import { citableUrl, collapseWhitespace, htmlToText } from "./htmlToText.ts";
import { isRecord, plain, shorten, textOf } from "./timelinejsFields.ts";
import { type Collector, PRESENTATION } from "./timelinejsReport.ts";

/** An annotation before its sources are known: media notes cite the media's sources. */
export interface Note {
  text: string;
  aboutMedia: boolean;
}

/** Cites a URL for the event being read, returning the source's id. */
export type Cite = (url: string, title?: string) => string;

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

/** Reads media into sources (their ids returned) and annotations (credit, long caption). */
export function readMedia(
  value: unknown,
  index: number,
  cite: Cite,
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
  cite: Cite,
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
