// A prerendered page's HTML: the built index.html with its own language, title, head tags
// and #root content. The build's index.html is the one template, so every page loads the
// same scripts and styles as the site's root.
import type { HtmlTagDescriptor } from "vite";
import { escapeHtml } from "../../src/timeline/embedCode.ts";

export interface PageParts {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  /** Tags for the head, in order (the template's own social and feed tags are dropped). */
  head: HtmlTagDescriptor[];
  /** Style sheets the prerendered markup needs before any script runs. */
  stylesheets: string[];
  rootAttributes: Readonly<Record<string, string>>;
  rootHtml: string;
}

const ROOT = /<div id="root">[\s\S]*?<\/div>/;
/** The tags the template carries for the bundled dataset, which each page writes anew. */
const PAGE_TAGS =
  /[ \t]*<(?:meta\s+(?:name="(?:description|twitter:[^"]*)"|property="og:[^"]*")|link\s+rel="(?:alternate|canonical)")[^>]*>\n?/g;

/** True when `html` is the build's template, not a page already written from it. */
export function isTemplate(html: string): boolean {
  return ROOT.test(html) && !html.includes("data-prerendered");
}

export function serializeTag({ tag, attrs = {}, children }: HtmlTagDescriptor): string {
  const attributes = Object.entries(attrs)
    .filter(([, value]) => value !== false && value !== undefined)
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`,
    )
    .join("");
  if (tag === "meta" || tag === "link") return `<${tag}${attributes}>`;
  // Only text children are written here; JSON-LD escapes "<" itself (jsonLdScript).
  const text = typeof children === "string" ? children : "";
  return `<${tag}${attributes}>${text}</${tag}>`;
}

/** A JSON-LD block whose text cannot close its script element early. */
export function jsonLdScript(value: unknown): HtmlTagDescriptor {
  return {
    tag: "script",
    attrs: { type: "application/ld+json" },
    children: JSON.stringify(value).replace(/</g, "\\u003c"),
  };
}

export function pageHtml(template: string, parts: PageParts): string {
  if (!isTemplate(template)) throw new Error("the template is not the build's index.html");
  const head = [
    ...parts.stylesheets.map(
      (href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`,
    ),
    ...parts.head.map(serializeTag),
  ]
    .map((line) => `    ${line}\n`)
    .join("");
  const attributes = Object.entries(parts.rootAttributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  return template
    .replace(
      /<html lang="[^"]*"[^>]*>/,
      `<html lang="${escapeHtml(parts.lang)}" dir="${parts.dir}">`,
    )
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(parts.title)}</title>`)
    .replace(PAGE_TAGS, "")
    .replace(/\n\s*<\/head>/, () => `\n${head}  </head>`)
    .replace(ROOT, () => `<div id="root"${attributes}>${parts.rootHtml}</div>`);
}
