// Reading the untyped fields of a TimelineJS file: objects that may be anything, numbers
// that may be written as text, and HTML that becomes one line of plain text.
import { collapseWhitespace, htmlToText, type HtmlLink } from "./htmlToText.ts";

export type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string as it is, a number as its digits, anything else as "". */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** HTML to one line of text, with its links and the link targets that are not kept. */
export function plain(value: unknown): { text: string; links: HtmlLink[]; ignored: string[] } {
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
