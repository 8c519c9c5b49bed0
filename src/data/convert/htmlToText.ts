// HTML (as found in TimelineJS headlines, texts and captions) to plain text, plus the links
// it contains. Datasets never hold HTML: text is text. Scripts, styles and other
// non-content elements are dropped; entities are decoded; block elements and <br> become
// line breaks; other whitespace is collapsed.
import { Parser } from "htmlparser2";
import { isHttpUrl } from "../rules.ts";

export interface HtmlLink {
  href: string;
  /** The link's text, whitespace collapsed ("" for an empty link). */
  text: string;
}

export interface HtmlText {
  /** Plain text: paragraphs and line breaks as "\n", every other run of whitespace one space. */
  text: string;
  /** http(s) links and images in document order (absolute, `//` as https; duplicates kept). */
  links: HtmlLink[];
  /** Other link targets and image sources, which are not kept (mailto:, relative…). */
  ignored: string[];
}

const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "iframe",
  "object",
  "svg",
  "math",
]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

/**
 * `href` as a URL a dataset may cite, or null when the validator would refuse it. A
 * protocol-relative URL (`//host/path`, as Knight Lab's TimelineJS files write media) is
 * taken as https: it has no page to inherit a scheme from here.
 */
export function citableUrl(href: string): string | null {
  const url = href.startsWith("//") ? `https:${href}` : href;
  return isHttpUrl(url) ? url : null;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function htmlToText(html: string): HtmlText {
  const chunks: string[] = [];
  const links: HtmlLink[] = [];
  const ignored: string[] = [];
  let dropDepth = 0;
  const openLinks: { href: string | null; start: number }[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (DROPPED.has(name)) dropDepth += 1;
        if (dropDepth > 0) return;
        if (BLOCKS.has(name)) chunks.push("\n");
        if (name === "a") {
          const href = attributes.href?.trim() ?? "";
          const url = citableUrl(href);
          if (href !== "" && url === null) ignored.push(href);
          openLinks.push({ href: url, start: chunks.length });
        }
        if (name === "img") {
          const src = attributes.src?.trim() ?? "";
          const alt = collapseWhitespace(attributes.alt ?? "");
          const url = citableUrl(src);
          if (url !== null) links.push({ href: url, text: alt });
          else if (src !== "") ignored.push(src);
          if (alt !== "") chunks.push(` ${alt} `);
        }
      },
      ontext(data) {
        // Line breaks in the source are just whitespace; only elements make lines.
        if (dropDepth === 0) chunks.push(data.replace(/\s+/g, " "));
      },
      onclosetag(name, isImplied) {
        if (DROPPED.has(name)) {
          dropDepth = Math.max(0, dropDepth - 1);
          return;
        }
        if (dropDepth > 0) return;
        if (name === "a") {
          const open = openLinks.pop();
          if (open?.href) {
            links.push({
              href: open.href,
              text: collapseWhitespace(chunks.slice(open.start).join("")),
            });
          }
        }
        if (BLOCKS.has(name) && !(name === "br" && isImplied)) chunks.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const text = chunks
    .join("")
    .split("\n")
    .map(collapseWhitespace)
    .filter((line) => line !== "")
    .join("\n");
  return { text, links, ignored };
}
