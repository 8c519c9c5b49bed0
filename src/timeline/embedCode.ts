// Builds the links and the copy-paste embed code for one timeline view: the script form
// (self-sizing through embed.js), the plain iframe form (fixed height, for platforms that
// strip scripts) and links to the full page. Pure: the share dialog and the build's oEmbed
// generator both use it, so a snippet in an oEmbed answer is the one the dialog shows.

export type EmbedTheme = "light" | "dark" | "auto";

export interface EmbedSpec {
  /** Absolute URL of the folder the site is published in, ending in "/". */
  site: string;
  /** Absolute URL of the dataset (embed code), or null to leave `data` out (links to the bundled one). */
  data: string | null;
  /** The dataset's title, used for the frame's accessible name and the fallback link. */
  title: string;
  event: string | null;
  theme: EmbedTheme;
  /** Further view parameters (view, lanes, filters) as a query string without "?", or "". */
  view: string;
}

/** The height of the plain iframe form when nobody says otherwise: a screenful of timeline. */
export const DEFAULT_IFRAME_HEIGHT = 720;

/** Percent-encodes a query value, leaving the readable and harmless `:`, `,`, `/` and `@`. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(?:3A|2C|2F|40)/g, (escape) =>
    decodeURIComponent(escape),
  );
}

/** Parameters this module writes itself; the `view` string may not override them. */
const OWN = new Set(["data", "event", "theme"]);

/** `view` without empty segments or any of our own parameters, in its own order. */
function viewSegments(view: string): string[] {
  return (view.startsWith("?") ? view.slice(1) : view).split("&").filter((segment) => {
    if (segment === "") return false;
    const key = segment.split("=")[0] ?? "";
    let name: string;
    try {
      name = decodeURIComponent(key.replace(/\+/g, " "));
    } catch {
      return false;
    }
    return !OWN.has(name);
  });
}

function query(spec: EmbedSpec): string {
  const segments: string[] = [];
  if (spec.data !== null) segments.push(`data=${encodeValue(spec.data)}`);
  if (spec.event !== null) segments.push(`event=${encodeValue(spec.event)}`);
  if (spec.theme !== "auto") segments.push(`theme=${spec.theme}`);
  segments.push(...viewSegments(spec.view));
  return segments.length === 0 ? "" : `?${segments.join("&")}`;
}

/** embed.html with the view's parameters. */
export function embedPageUrl(spec: EmbedSpec): string {
  return `${spec.site}embed.html${query(spec)}`;
}

/** The full page with the view's parameters, e.g. a link to one event. */
export function fullPageUrl(spec: EmbedSpec): string {
  return `${spec.site}${query(spec)}`;
}

/** Escapes text for an HTML attribute value in double quotes or for element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** The frame's accessible name: screen readers announce it when they reach the embed. */
export function frameTitle(title: string): string {
  return `Timeline: ${title}`;
}

/**
 * The script form. The link inside the placeholder is what readers get without JavaScript
 * (or where embed.js is blocked); embed.js replaces it with a self-sizing frame.
 */
export function scriptSnippet(spec: EmbedSpec): string {
  // An empty value asks embed.js for the site's bundled dataset.
  const attributes = [`data-rumor-timeline="${escapeHtml(spec.data ?? "")}"`];
  attributes.push(`data-title="${escapeHtml(spec.title)}"`);
  if (spec.event !== null) attributes.push(`data-event="${escapeHtml(spec.event)}"`);
  if (spec.theme !== "auto") attributes.push(`data-theme="${spec.theme}"`);
  const view = viewSegments(spec.view).join("&");
  if (view !== "") attributes.push(`data-filters="${escapeHtml(view)}"`);
  const link = escapeHtml(fullPageUrl(spec));
  return (
    `<div ${attributes.join(" ")}>` +
    `<a href="${link}">View the timeline: ${escapeHtml(spec.title)}</a></div>\n` +
    `<script async src="${escapeHtml(spec.site)}embed.js"></script>`
  );
}

/** The plain iframe form: a fixed height, scrolling inside when the content is taller. */
export function iframeSnippet(spec: EmbedSpec, height = DEFAULT_IFRAME_HEIGHT): string {
  const safeHeight = Number.isFinite(height)
    ? Math.min(Math.max(Math.round(height), 200), 4000)
    : DEFAULT_IFRAME_HEIGHT;
  return (
    `<iframe src="${escapeHtml(embedPageUrl(spec))}" title="${escapeHtml(frameTitle(spec.title))}"` +
    ` width="100%" height="${safeHeight}" style="width:100%;border:0" loading="lazy"></iframe>`
  );
}
