// The source of embed.js, the script journalists paste into articles:
//
//   <div data-rumor-timeline="https://site/data/x.json" data-event="id" data-theme="dark"
//        data-kind="sighting,denial" data-q="helicopter" data-height="600">
//     <a href="https://site/?data=…">View the timeline</a>
//   </div>
//   <script async src="https://site/embed.js"></script>
//
// It turns each placeholder into a lazily loaded, full-width frame of embed.html: a story
// box as tall as `data-height` (600 px by default), or, with `data-height="auto"`, a frame
// kept as tall as its content. No framework and only DOM APIs (never HTML strings):
// it runs on other people's pages, so it must be small, idempotent and hard to fool.
import { dataAttribute, URL_PARAMS, type UrlParam } from "../store/urlParams.ts";
import { readBoxHeight, readControls, type BoxHeight } from "./boxOptions.ts";
import { READY, readEmbedMessage, SIZE } from "./protocol.ts";

/** Marks a placeholder as done, so that a second copy of the script leaves it alone. */
export const STATE_ATTRIBUTE = "data-rumor-timeline-state";
/** Set on the placeholder once the timeline inside has drawn. */
export const READY_ATTRIBUTE = "data-rumor-timeline-ready";
/** The id of the event selected inside the frame, if any. */
export const SELECTED_ATTRIBUTE = "data-rumor-timeline-selected";
/** Where the script keeps itself on the page; a second copy only rescans. */
export const GLOBAL_KEY = "__rumorTimelineEmbed";
/** Until the first size message arrives: about a screenful, so the article does not jump far. */
export const INITIAL_HEIGHT = 480;

export interface Placeholder {
  data: string | null;
  title: string | null;
  /** The view's parameters from `data-event`, `data-theme`, `data-kind`, `data-q` … */
  view: [UrlParam, string][];
  /** `data-filters`: more view parameters as a query string (several outlets, say). */
  filters: string | null;
  /** `data-height`: pixels, or "auto" for a frame as tall as its content. */
  height: BoxHeight;
  /** `data-controls="search"`: one search field for readers. */
  search: boolean;
}

/** `data-filters` carries filters and view; the event and theme have their own attributes. */
function fromFilters(name: string): boolean {
  return name !== "event" && name !== "theme" && (URL_PARAMS as readonly string[]).includes(name);
}

/** The script's own URL: `document.currentScript`, or the last script that looks like us. */
export function scriptUrl(doc: Document): string | null {
  const current = doc.currentScript;
  // `src` of an HTML script (an SVG script has none); the one that is running us right now.
  const own = current !== null && "src" in current ? current.src : "";
  if (typeof own === "string" && own !== "") return own;
  const scripts = doc.querySelectorAll<HTMLScriptElement>("script[src]");
  for (let i = scripts.length - 1; i >= 0; i--) {
    const src = scripts[i]?.src ?? "";
    if (/\/embed\.js(?:[?#].*)?$/.test(src)) return src;
  }
  return null;
}

/** A dataset file name without folders or extension, for a title when nobody gave one. */
export function datasetName(data: string | null): string {
  const path = (data ?? "").split(/[?#]/)[0] ?? "";
  const file = path.slice(path.lastIndexOf("/") + 1).replace(/\.json$/i, "");
  let name = file;
  try {
    name = decodeURIComponent(file);
  } catch {
    // A malformed escape is shown as written.
  }
  return name === "" ? "Rumor Timeline" : name;
}

/**
 * embed.html's URL for a placeholder. A relative dataset URL is resolved against the
 * article, like any other URL written in its HTML; embed.html validates what it gets.
 */
export function embedUrl(embedPage: string, baseUrl: string, placeholder: Placeholder): string {
  const url = new URL(embedPage);
  const params = url.searchParams;
  if (placeholder.data !== null && placeholder.data.trim() !== "") {
    let data = placeholder.data.trim();
    try {
      data = new URL(data, baseUrl).href;
    } catch {
      // Left as written: embed.html explains what is wrong with it.
    }
    params.set("data", data);
  }
  for (const [name, value] of placeholder.view) params.append(name, value);
  // Tells embed.html to fill the frame as a bounded box (auto: as tall as its content).
  if (placeholder.height !== "auto") params.set("height", String(placeholder.height));
  if (placeholder.search) params.set("controls", "search");
  if (placeholder.filters) {
    new URLSearchParams(placeholder.filters).forEach((value, key) => {
      if (fromFilters(key)) params.append(key, value);
    });
  }
  return url.href;
}

export function readPlaceholder(element: Pick<Element, "getAttribute">): Placeholder {
  const view: [UrlParam, string][] = [];
  for (const name of URL_PARAMS) {
    const value = element.getAttribute(dataAttribute(name));
    if (value !== null && value.trim() !== "") view.push([name, value]);
  }
  return {
    data: element.getAttribute("data-rumor-timeline"),
    view,
    title: element.getAttribute("data-title"),
    filters: element.getAttribute("data-filters"),
    height: readBoxHeight(element.getAttribute("data-height")),
    search: readControls(element.getAttribute("data-controls")).search,
  };
}

interface Embed {
  host: Element;
  frame: HTMLIFrameElement;
  /** A bounded box keeps the journalist's height; only an auto frame follows size messages. */
  auto: boolean;
}

interface Registry {
  scan(): void;
}

type Host = Window & { [GLOBAL_KEY]?: Registry };

export function install(win: Host): void {
  const existing = win[GLOBAL_KEY];
  if (existing) {
    // Loaded twice (two snippets on one page): the first copy does the work.
    existing.scan();
    return;
  }
  const doc = win.document;
  const src = scriptUrl(doc);
  if (src === null) return;
  const embedPage = new URL("embed.html", src);
  const origin = embedPage.origin;
  const embeds: Embed[] = [];

  win.addEventListener("message", (event: MessageEvent) => {
    // Only the frames we made, on the origin we loaded them from, may resize themselves;
    // anything else on the page (or another frame) posting our message type is ignored.
    if (event.origin !== origin || event.source === null) return;
    for (const embed of embeds) {
      if (embed.frame.contentWindow !== event.source) continue;
      const message = readEmbedMessage(event.data);
      if (message === null) return;
      let detail: { event: string | null } | null = null;
      if (message.type === SIZE) {
        if (embed.auto) embed.frame.style.height = `${Math.ceil(message.height)}px`;
      } else if (message.type === READY) {
        embed.host.setAttribute(READY_ATTRIBUTE, "");
      } else {
        detail = { event: message.event };
        if (message.event === null) embed.host.removeAttribute(SELECTED_ATTRIBUTE);
        else embed.host.setAttribute(SELECTED_ATTRIBUTE, message.event);
      }
      // Lets the article react (say, highlight a paragraph) without parsing messages itself.
      embed.host.dispatchEvent(new CustomEvent(message.type, { bubbles: true, detail }));
      return;
    }
  });

  const scan = () => {
    const hosts = doc.querySelectorAll(`[data-rumor-timeline]:not([${STATE_ATTRIBUTE}])`);
    for (let i = 0; i < hosts.length; i++) {
      const host = hosts[i];
      if (host === undefined) continue;
      const placeholder = readPlaceholder(host);
      const frame = doc.createElement("iframe");
      // Lazy before src: a timeline far down the article loads when the reader nears it.
      frame.setAttribute("loading", "lazy");
      frame.src = embedUrl(embedPage.href, doc.baseURI, placeholder);
      frame.title = `Timeline: ${placeholder.title || datasetName(placeholder.data)}`;
      // Through CSSOM, not a style attribute: an article's CSP may forbid inline styles.
      // Block display: an inline frame leaves a few pixels of line gap under it.
      const style = frame.style;
      style.width = "100%";
      style.border = "0";
      style.display = "block";
      const auto = placeholder.height === "auto";
      style.height = `${auto ? INITIAL_HEIGHT : placeholder.height}px`;
      host.setAttribute(STATE_ATTRIBUTE, "loaded");
      // The placeholder's own content (the no-JavaScript link) gives way to the frame.
      while (host.firstChild) host.removeChild(host.firstChild);
      host.appendChild(frame);
      embeds.push({ host, frame, auto });
    }
  };

  win[GLOBAL_KEY] = { scan };
  scan();
  // An async script may run before the rest of the article is parsed.
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", scan);
}
