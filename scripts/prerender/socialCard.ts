// The 1200×630 social card of a dataset's page and of each event's page, as SVG, and its
// PNG (drawn by resvg with the bundled fonts of cardFonts.ts, never the machine's).
//
// An event's card: its kind and date as readers see them ("c. March 2025", "on or before
// 20 Feb 2025"), its short title, the status of the claim it bears on, and the dataset's
// title with the site's name at the foot. A dataset's card: its title, the first sentence
// of its summary, its span of dates, and its events as dots on a line.
//
// Words come from the interface's catalog in the dataset's language; colours are the page's
// light palette (src/styles.css), the status colours only on the status word, as the page's
// chips show it. Every text from the dataset is escaped: nothing in it is ever markup.
import { renderAsync, Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import type { Claim, Dataset, TimelineEvent } from "../../src/data/model.ts";
import type { Translator } from "../../src/i18n/translator.ts";
import { shortClaim } from "../../src/timeline/claimShort.ts";
import { splitDek } from "../../src/timeline/dek.ts";
import {
  ALL_CARD_FONT_FILES,
  CARD_DEFAULT_FAMILY,
  CARD_FONT_FAMILY,
  CARD_FONT_FAMILY_RTL,
} from "./cardFonts.ts";
import { datasetTranslator } from "./datasetTranslator.ts";
import { textWidth } from "./textWidth.ts";
import { fitLine, wrapText, type Measure } from "./wrapText.ts";
import { escapeXml } from "./xml.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const BRAND = "Rumor Timeline";

/** src/styles.css, light: the page's own colours, dark text on a warm white. */
const PALETTE = {
  bg: "#fbfaf7",
  surface: "#ffffff",
  text: "#1b1d21",
  muted: "#555b66",
  border: "#d6d3cc",
  accent: "#1f4f8a",
} as const;

/** The page's status chip colours (.status-* in src/styles.css). */
const STATUS_COLOUR: Record<Claim["status"], string> = {
  unverified: "#8a5a00",
  disputed: "#a3261c",
  confirmed: "#1d6b3a",
  false: PALETTE.muted,
};

type Weight = "regular" | "bold";

interface Run {
  text: string;
  size: number;
  weight: Weight;
  fill: string;
  strike?: boolean;
}

/** Where lines start and which way they run: right to left for Arabic datasets. */
interface Direction {
  rtl: boolean;
  /** The x of a line's start edge. */
  start: number;
  /** The x of a line's end edge. */
  end: number;
}

const measureAt =
  (size: number, weight: Weight): Measure =>
  (text) =>
    textWidth(text, size, weight);

/**
 * One line of text made of runs, one of its ends at `x`: its start (the left end, or the
 * right end when right to left) unless `edge` says its end. resvg anchors by the left and
 * right of the line whatever its direction, so the anchor is turned here.
 */
function line(
  runs: readonly Run[],
  x: number,
  y: number,
  rtl: boolean,
  edge: "start" | "end" = "start",
): string {
  const spans = runs
    .map((run) => {
      const strike = run.strike === true ? ' text-decoration="line-through"' : "";
      return (
        `<tspan font-size="${run.size}" font-weight="${run.weight === "bold" ? 700 : 400}"` +
        ` fill="${run.fill}"${strike}>${escapeXml(run.text)}</tspan>`
      );
    })
    .join("");
  const anchor = (edge === "start") !== rtl ? "start" : "end";
  const direction = rtl ? ' direction="rtl"' : "";
  return `<text x="${x}" y="${y}" text-anchor="${anchor}"${direction}>${spans}</text>`;
}

function directionOf(dataset: Dataset, t: Translator): Direction {
  // The card's words are in the catalog's language, its text in the dataset's: either
  // being right to left turns the card.
  const rtl = t.dir === "rtl" || isRightToLeftTag(dataset.language);
  return rtl
    ? { rtl, start: CARD_WIDTH - MARGIN, end: MARGIN }
    : { rtl, start: MARGIN, end: CARD_WIDTH - MARGIN };
}

/** Languages written right to left, by primary subtag; the interface has Arabic of them. */
const RIGHT_TO_LEFT = new Set(["ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"]);

function isRightToLeftTag(tag: string): boolean {
  return RIGHT_TO_LEFT.has(tag.trim().toLowerCase().split(/[-_]/)[0] ?? "");
}

function frame(body: string, lang: string, dir: Direction): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"` +
    ` viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" xml:lang="${escapeXml(lang)}"` +
    ` font-family="${dir.rtl ? CARD_FONT_FAMILY_RTL : CARD_FONT_FAMILY}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PALETTE.bg}"/>` +
    `<rect width="${CARD_WIDTH}" height="10" fill="${PALETTE.accent}"/>` +
    body +
    `</svg>`
  );
}

/** The foot: a rule, then `left` (cut to fit) and the site's name at the other edge. */
function foot(left: string, dir: Direction): string {
  const size = 28;
  const brandWidth = textWidth(BRAND, size, "bold");
  const room = TEXT_WIDTH - brandWidth - 40;
  const shown = fitLine(left, room, measureAt(size, "regular"));
  return (
    `<rect x="${MARGIN}" y="528" width="${TEXT_WIDTH}" height="2" fill="${PALETTE.border}"/>` +
    line([{ text: shown, size, weight: "regular", fill: PALETTE.muted }], dir.start, 584, dir.rtl) +
    line(
      [{ text: BRAND, size, weight: "bold", fill: PALETTE.accent }],
      dir.end,
      584,
      dir.rtl,
      "end",
    )
  );
}

/** Title lines: two lines at the large size when they hold it, else three a little smaller. */
function titleBlock(
  title: string,
  top: number,
  dir: Direction,
  sizes: readonly [number, number] = [64, 54],
): { svg: string; bottom: number } {
  const [large, small] = sizes;
  let size = large;
  let lines = wrapText(title, TEXT_WIDTH, 2, measureAt(large, "bold"));
  if (lines.at(-1)?.endsWith("…") === true) {
    size = small;
    lines = wrapText(title, TEXT_WIDTH, 3, measureAt(small, "bold"));
  }
  const leading = Math.round(size * 1.18);
  const svg = lines
    .map((text, i) =>
      line(
        [{ text, size, weight: "bold", fill: PALETTE.text }],
        dir.start,
        top + size + i * leading,
        dir.rtl,
      ),
    )
    .join("");
  return { svg, bottom: top + size + (lines.length - 1) * leading };
}

/** The claim an event bears on: the first it supports or disputes, else the first. */
function claimOf(dataset: Dataset, event: TimelineEvent): Claim | null {
  const link = event.claims.find((c) => c.stance !== "context") ?? event.claims[0];
  return link === undefined ? null : (dataset.claimsById.get(link.claim) ?? null);
}

/** "Claim: in a romantic relationship — Unverified", as a chip that fits the card. */
function claimChip(
  claim: Claim,
  dataset: Dataset,
  t: Translator,
  dir: Direction,
  top: number,
): string {
  const size = 28;
  const names = dataset.people.map((person) => person.name);
  const shown = shortClaim(claim.text, names)
    .filter((part) => !part.hidden)
    .map((part) => part.text)
    .join("")
    .trim()
    .replace(/[.。]$/u, "");
  const label = `${t.t("changes.status")}: `;
  const status = t.t(`status.${claim.status}`);
  const dash = " — ";
  const padding = 28;
  const fixed =
    textWidth(label, size, "bold") + textWidth(dash, size) + textWidth(status, size, "bold");
  const text = fitLine(shown, TEXT_WIDTH - 2 * padding - fixed, measureAt(size, "regular"));
  const width = Math.ceil(fixed + textWidth(text, size) + 2 * padding);
  const x = dir.rtl ? dir.start - width : dir.start;
  return (
    `<rect x="${x}" y="${top}" width="${width}" height="60" rx="30" fill="${PALETTE.surface}"` +
    ` stroke="${PALETTE.border}" stroke-width="2"/>` +
    line(
      [
        { text: label, size, weight: "bold", fill: PALETTE.muted },
        { text, size, weight: "regular", fill: PALETTE.text },
        { text: dash, size, weight: "regular", fill: PALETTE.muted },
        {
          text: status,
          size,
          weight: "bold",
          fill: STATUS_COLOUR[claim.status],
          strike: claim.status === "false",
        },
      ],
      dir.rtl ? dir.start - padding : dir.start + padding,
      top + 40,
      dir.rtl,
    )
  );
}

function eventCard(dataset: Dataset, event: TimelineEvent, t: Translator): string {
  const dir = directionOf(dataset, t);
  const kind = `${t.t(`kind.${event.kind}`).toLocaleUpperCase(t.locale)}  ·  `;
  const kindWidth = textWidth(kind, 26, "bold");
  const room = TEXT_WIDTH - kindWidth;
  // Every reported date when they fit on the line, else the main one (qualified as written).
  const withAlts = t.dates.withAlts(
    event.date,
    event.altDates.map((alt) => alt.date),
  );
  const date = fitLine(
    textWidth(withAlts, 34, "bold") <= room ? withAlts : t.dates.long(event.date),
    room,
    measureAt(34, "bold"),
  );
  const head = line(
    [
      { text: kind, size: 26, weight: "bold", fill: PALETTE.muted },
      { text: date, size: 34, weight: "bold", fill: PALETTE.accent },
    ],
    dir.start,
    112,
    dir.rtl,
  );
  const title = titleBlock(event.short ?? event.title, 150, dir);
  const claim = claimOf(dataset, event);
  // Under the title, whether it took one line or three.
  const chip = claim === null ? "" : claimChip(claim, dataset, t, dir, title.bottom + 56);
  return frame(head + title.svg + chip + foot(dataset.title, dir), dataset.language, dir);
}

/** The events as dots on a line, at the middle of each one's dates. */
function sketch(dataset: Dataset, dir: Direction, y: number): string {
  const axis =
    `<rect x="${MARGIN}" y="${y - 2}" width="${TEXT_WIDTH}" height="4" rx="2"` +
    ` fill="${PALETTE.border}"/>`;
  const middles = dataset.events.map((event) => (event.date.start + event.date.end) / 2);
  if (middles.length === 0) return axis;
  const first = Math.min(...middles);
  const span = Math.max(...middles) - first;
  const inset = 14;
  const dots = middles
    .map((middle) => {
      const share = span === 0 ? 0.5 : (middle - first) / span;
      const offset = inset + share * (TEXT_WIDTH - 2 * inset);
      const x = dir.rtl ? CARD_WIDTH - MARGIN - offset : MARGIN + offset;
      return `<circle cx="${x.toFixed(1)}" cy="${y}" r="12"/>`;
    })
    .join("");
  // Translucent, so that where events crowd the line reads darker.
  return (
    axis +
    `<g fill="${PALETTE.accent}" fill-opacity="0.55" stroke="${PALETTE.bg}" stroke-width="2">` +
    `${dots}</g>`
  );
}

/** The months from the first event's first day to the last one's last: "Feb – Nov 2025". */
function dateSpan(dataset: Dataset, t: Translator): string {
  if (dataset.events.length === 0) return "";
  const start = Math.min(...dataset.events.map((event) => event.date.start));
  const end = Math.max(...dataset.events.map((event) => event.date.end));
  return t.dates.calendar.formatRange(start, end - 1, "monthYear");
}

function datasetCard(dataset: Dataset, t: Translator): string {
  const dir = directionOf(dataset, t);
  const title = titleBlock(dataset.title, 56, dir, [64, 52]);
  const dek = fitLine(
    splitDek(dataset.summary, dataset.language).first,
    TEXT_WIDTH,
    measureAt(30, "regular"),
  );
  const dekY = title.bottom + 60;
  const span = dateSpan(dataset, t);
  const count = t.count("count.events", dataset.events.length);
  const meta = line(
    [
      { text: span === "" ? "" : `${span}  ·  `, size: 30, weight: "bold", fill: PALETTE.accent },
      { text: count, size: 30, weight: "regular", fill: PALETTE.text },
    ],
    dir.start,
    Math.max(dekY + 64, 400),
    dir.rtl,
  );
  const updated = t.t("header.meta", {
    date: t.dates.long(dataset.updated),
    events: count,
    sources: t.count("count.sources", dataset.sources.length),
  });
  return frame(
    title.svg +
      line(
        [{ text: dek, size: 30, weight: "regular", fill: PALETTE.muted }],
        dir.start,
        dekY,
        dir.rtl,
      ) +
      meta +
      sketch(dataset, dir, 468) +
      foot(updated, dir),
    dataset.language,
    dir,
  );
}

/** The card of the dataset's page (`event` null) or of one of its events' pages, as SVG. */
export function socialCardSvg(dataset: Dataset, event: TimelineEvent | null): string {
  const t = datasetTranslator(dataset.language);
  return event === null ? datasetCard(dataset, t) : eventCard(dataset, event, t);
}

const RENDER_OPTIONS: ResvgRenderOptions = {
  font: {
    fontFiles: [...ALL_CARD_FONT_FILES],
    // The machine's fonts differ from one machine to the next; the card must not.
    loadSystemFonts: false,
    defaultFontFamily: CARD_DEFAULT_FAMILY,
  },
  fitTo: { mode: "original" },
};

/** The card as a PNG of 1200×630 pixels, the same bytes on every machine. */
export function renderSocialCard(svg: string): Buffer {
  return new Resvg(svg, RENDER_OPTIONS).render().asPng();
}

/** renderSocialCard on libuv's thread pool, so that several cards draw at once. */
export async function renderSocialCardAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, RENDER_OPTIONS)).asPng();
}
