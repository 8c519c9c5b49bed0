// Builds the links and the copy-paste embed code for one timeline view: the script form
// (embed.js: a story box of the chosen height, or self-sizing with "auto"), the plain iframe
// form (the same box, for platforms that strip scripts) and links to the full page. Pure:
// the share dialog and the build's oEmbed generator both use it, so a snippet in an oEmbed
// answer is the one the dialog shows.
import type { Translator } from "../i18n/translator.ts";
import { COMMA_LISTS, dataAttribute, URL_PARAMS } from "../store/urlParams.ts";

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
  /** The story box's height in CSS pixels, or "auto" (embed.js sizes the frame to its content). */
  height?: number | "auto";
  /** One search field for readers (`data-controls="search"`); off by default. */
  search?: boolean;
}

/** The story box's height when nobody says otherwise (embed/boxOptions.ts's default). */
export const DEFAULT_IFRAME_HEIGHT = 600;
const MIN_HEIGHT = 320;
const MAX_HEIGHT = 2000;

/** A sane box height: whole pixels within what embed.js accepts. */
function boxHeight(height: number | "auto" | undefined): number | "auto" {
  if (height === "auto") return "auto";
  if (height === undefined || !Number.isFinite(height)) return DEFAULT_IFRAME_HEIGHT;
  return Math.min(Math.max(Math.round(height), MIN_HEIGHT), MAX_HEIGHT);
}

/** Percent-encodes a query value, leaving the readable and harmless `:`, `,`, `/` and `@`. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(?:3A|2C|2F|40)/g, (escape) =>
    decodeURIComponent(escape),
  );
}

/** Parameters this module writes itself; the `view` string may not override them. */
const OWN = new Set(["data", "event", "theme", "height", "controls"]);

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

function query(spec: EmbedSpec, box = false): string {
  const segments: string[] = [];
  if (spec.data !== null) segments.push(`data=${encodeValue(spec.data)}`);
  if (spec.event !== null) segments.push(`event=${encodeValue(spec.event)}`);
  if (spec.theme !== "auto") segments.push(`theme=${spec.theme}`);
  segments.push(...viewSegments(spec.view));
  if (box) {
    // embed.html fills a frame of this height as a story box; auto: as tall as its content.
    const height = boxHeight(spec.height);
    if (height !== "auto") segments.push(`height=${height}`);
    if (spec.search === true) segments.push("controls=search");
  }
  return segments.length === 0 ? "" : `?${segments.join("&")}`;
}

/** embed.html with the view's parameters and the box's options. */
export function embedPageUrl(spec: EmbedSpec): string {
  return `${spec.site}embed.html${query(spec, true)}`;
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
export function frameTitle(title: string, tr: Pick<Translator, "t">): string {
  return tr.t("embed.frameTitle", { title });
}

/**
 * The view's parameters as the placeholder's attributes, one readable `data-<name>` each
 * (`data-kind="sighting,denial"`, `data-q="helicopter"`); what one attribute cannot hold
 * (two outlets, say) goes in `data-filters` as a query string.
 */
function viewAttributes(view: string): string[] {
  const params = new URLSearchParams(view);
  const attributes: string[] = [];
  const rest: string[] = [];
  for (const name of URL_PARAMS) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    if (values.length === 1 || COMMA_LISTS.includes(name)) {
      attributes.push(`${dataAttribute(name)}="${escapeHtml(values.join(","))}"`);
    } else {
      for (const value of values) rest.push(`${name}=${encodeValue(value)}`);
    }
  }
  if (rest.length > 0) attributes.push(`data-filters="${escapeHtml(rest.join("&"))}"`);
  return attributes;
}

/**
 * The script form. The link inside the placeholder is what readers get without JavaScript
 * (or where embed.js is blocked); embed.js replaces it with a self-sizing frame.
 */
export function scriptSnippet(spec: EmbedSpec, tr: Pick<Translator, "t">): string {
  // An empty value asks embed.js for the site's bundled dataset.
  const attributes = [`data-rumor-timeline="${escapeHtml(spec.data ?? "")}"`];
  attributes.push(`data-title="${escapeHtml(spec.title)}"`);
  if (spec.event !== null) attributes.push(`data-event="${escapeHtml(spec.event)}"`);
  if (spec.theme !== "auto") attributes.push(`data-theme="${spec.theme}"`);
  attributes.push(...viewAttributes(viewSegments(spec.view).join("&")));
  // Always written, so that the journalist sees where the box's height is set.
  attributes.push(`data-height="${boxHeight(spec.height)}"`);
  if (spec.search === true) attributes.push(`data-controls="search"`);
  const link = escapeHtml(fullPageUrl(spec));
  return (
    `<div ${attributes.join(" ")}>` +
    `<a href="${link}">${escapeHtml(tr.t("embed.viewLink", { title: spec.title }))}</a></div>\n` +
    `<script async src="${escapeHtml(spec.site)}embed.js"></script>`
  );
}

/**
 * The plain iframe form: the same story box at a fixed height (nothing can size a plain
 * frame, so "auto" gives the default height). `height` overrides the spec's.
 */
export function iframeSnippet(spec: EmbedSpec, tr: Pick<Translator, "t">, height?: number): string {
  const chosen = boxHeight(height ?? spec.height);
  const safeHeight = chosen === "auto" ? DEFAULT_IFRAME_HEIGHT : chosen;
  const url = embedPageUrl({ ...spec, height: safeHeight });
  return (
    `<iframe src="${escapeHtml(url)}" title="${escapeHtml(frameTitle(spec.title, tr))}"` +
    ` width="100%" height="${safeHeight}" style="width:100%;border:0" loading="lazy"></iframe>`
  );
}
