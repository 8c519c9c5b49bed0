// What changed in a dataset, as an Atom feed and a JSON Feed 1.1 (vite-feeds.ts writes them
// at build time). An entry is one change to the record: an event added (its `added`), an
// event updated (its `updated`, with the correction that names it), a correction, or a
// claim's status set or changed (its `history`). Newest first.
//
// Nothing here reads the clock: every date comes from the dataset, and every id from the
// dataset's id and language, the kind of change, what changed and when, so that two builds
// of the same data write the same feeds byte for byte.
import type { Dataset, EdtfDate, TimelineEvent } from "../src/data/model.ts";
import { eventPagePath } from "../src/data/sitePaths.ts";
import type { Messages } from "../src/i18n/catalog.ts";
import { en } from "../src/i18n/catalogs/en.ts";
import { enLater } from "../src/i18n/catalogs/enLater.ts";
import es from "../src/i18n/catalogs/es.ts";
import { fill } from "../src/i18n/fill.ts";
import { matchLanguage, type Language } from "../src/i18n/languages.ts";
import { createTranslator, type Translator } from "../src/i18n/translator.ts";
import { correctionFor, statusChanges } from "../src/timeline/changeLog.ts";

export const FEED_GENERATOR = "Rumor Timeline";
export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
export const ATOM_TYPE = "application/atom+xml";
export const JSON_FEED_TYPE = "application/feed+json";

export type EntryKind = "added" | "updated" | "correction" | "claim-status";

/** One change to the record, as both feeds write it. */
export interface FeedEntry {
  /** A tag: URI (RFC 4151), the same in every build of the same data. */
  id: string;
  kind: EntryKind;
  /** When the record changed, UTC ms (from the dataset, never from the clock). */
  date: number;
  title: string;
  /** The page that shows it: the event, or the claim's events, or the timeline. */
  url: string;
  /** Plain text: nothing from the dataset is ever markup. */
  text: string;
}

/** One published dataset: its file name in data/ without `.json`, and the checked model. */
export interface FeedEdition {
  name: string;
  dataset: Dataset;
}

export interface FeedSite {
  /** The site's public root URL, ending in "/" (SITE_URL, see vite-oembed.ts). */
  site: string;
  /** The bundled dataset's name: its page is the site's root, with no `data=`. */
  defaultName: string;
}

// ---------------------------------------------------------------------------------------
// Words. The feed is written in the dataset's language when these words exist for it (the
// interface's catalogs give the status names, "Sources" and the dates); otherwise in English.

interface FeedWords {
  added: string;
  updated: string;
  correction: string;
  correctionOfDataset: string;
  claimNew: string;
  claimNow: string;
  whatChanged: string;
  when: string;
  status: string;
  archived: string;
}

const FEED_WORDS: Partial<Record<Language, FeedWords>> = {
  en: {
    added: "New event: {title}",
    updated: "Updated: {title}",
    correction: "Correction: {title}",
    correctionOfDataset: "Correction",
    claimNew: "New claim, {status}: {claim}",
    claimNow: "Claim now {status}: {claim}",
    whatChanged: "What changed: {text}",
    when: "When: {date}",
    status: "Status: {status} (before: {before})",
    archived: "Archived copy: {url}",
  },
  es: {
    added: "Nuevo evento: {title}",
    updated: "Actualizado: {title}",
    correction: "Corrección: {title}",
    correctionOfDataset: "Corrección",
    claimNew: "Nueva afirmación, {status}: {claim}",
    claimNow: "Afirmación ahora {status}: {claim}",
    whatChanged: "Qué cambió: {text}",
    when: "Fecha: {date}",
    status: "Estado: {status} (antes: {before})",
    archived: "Copia archivada: {url}",
  },
};

const CATALOGS: Partial<Record<Language, Messages>> = { en: { ...en, ...enLater }, es };

interface Words {
  words: FeedWords;
  t: Translator;
}

const WORDS = new Map<Language, Words>();

function wordsFor(language: string): Words {
  const matched = matchLanguage(language);
  const chosen = matched !== null && FEED_WORDS[matched] !== undefined ? matched : "en";
  let words = WORDS.get(chosen);
  if (words === undefined) {
    words = {
      words: FEED_WORDS[chosen] as FeedWords,
      t: createTranslator(chosen, CATALOGS[chosen] as Messages),
    };
    WORDS.set(chosen, words);
  }
  return words;
}

// ---------------------------------------------------------------------------------------
// Addresses.

/**
 * The page that shows the dataset, with `params` (event, claim): the site's root for the
 * bundled dataset; for any other, its file by `data=` and the interface in its language
 * (`lang=`) when the interface has it, as the links between editions write it.
 */
export function datasetPage(
  edition: FeedEdition,
  where: FeedSite,
  params: Readonly<Record<string, string>> = {},
): string {
  const url = new URL(where.site);
  if (edition.name !== where.defaultName) {
    const language = matchLanguage(edition.dataset.language);
    if (language !== null) url.searchParams.set("lang", language);
    url.searchParams.set("data", new URL(`data/${edition.name}.json`, where.site).pathname);
  }
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** RFC 3339 in UTC, or null for an instant a feed cannot write (before year 0, after 9999). */
export function rfc3339(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  if (!/^\d{4}-/.test(iso)) return null;
  return iso.replace(/\.000Z$/, "Z");
}

/** The tag: URI of an entry: tag:<host>,<day>:<dataset id>/<language>/<kind>/<subject>. */
function tagUri(host: string, date: number, path: string): string {
  const day = (rfc3339(date) ?? "").slice(0, 10);
  return `tag:${host},${day}:${path}`;
}

/** The first instant a date covers (the known side of an open interval). */
function instant(date: EdtfDate | undefined): number | null {
  if (date === undefined) return null;
  return rfc3339(date.start) === null ? null : date.start;
}

// ---------------------------------------------------------------------------------------
// Entries.

/** Same-day order, oldest first: an event comes in, its claim moves, then it is revised. */
const KIND_ORDER: Record<EntryKind, number> = {
  added: 0,
  "claim-status": 1,
  updated: 2,
  correction: 3,
};

interface Draft extends Omit<FeedEntry, "id"> {
  /** The id's last part: the event's or claim's id, or "dataset". */
  subject: string;
  /** Position among its kind, for a stable order of changes at the same instant. */
  position: number;
}

/** The changes to the record, newest first. Changes dated before year 0 are left out. */
export function feedEntries(edition: FeedEdition, where: FeedSite): FeedEntry[] {
  const { dataset } = edition;
  const { words, t } = wordsFor(dataset.language);
  const eventsById = new Map(dataset.events.map((event) => [event.id, event]));
  // Each event's own page (prerendered by the build): a reader's feed shows that moment.
  const eventPage = (event: TimelineEvent) =>
    new URL(eventPagePath(edition.name, event.id, where.defaultName), where.site).href;
  const drafts: Draft[] = [];

  dataset.events.forEach((event, position) => {
    const added = instant(event.added);
    if (added !== null) {
      drafts.push({
        kind: "added",
        subject: event.id,
        position,
        date: added,
        title: fill(words.added, { title: event.title }),
        url: eventPage(event),
        text: eventText(event, dataset, words, t),
      });
    }
    const updated = instant(event.updated);
    if (updated !== null && event.updated !== undefined) {
      const correction = correctionFor(event, event.updated, dataset.corrections);
      const lead =
        correction === undefined ? [] : [fill(words.whatChanged, { text: correction.text })];
      drafts.push({
        kind: "updated",
        subject: event.id,
        position,
        date: updated,
        title: fill(words.updated, { title: event.title }),
        url: eventPage(event),
        text: [...lead, eventText(event, dataset, words, t)].join("\n\n"),
      });
    }
  });

  dataset.corrections.forEach((correction, position) => {
    const date = instant(correction.date);
    if (date === null) return;
    const event = correction.event === undefined ? undefined : eventsById.get(correction.event);
    drafts.push({
      kind: "correction",
      subject: event?.id ?? "dataset",
      position,
      date,
      title:
        event === undefined
          ? words.correctionOfDataset
          : fill(words.correction, { title: event.title }),
      url: event === undefined ? datasetPage(edition, where) : eventPage(event),
      text: [
        correction.text,
        ...(event === undefined ? [] : [eventText(event, dataset, words, t)]),
      ].join("\n\n"),
    });
  });

  dataset.claims.forEach((claim, position) => {
    statusChanges(claim).forEach(({ entry, before }) => {
      const date = instant(entry.date);
      if (date === null) return;
      const status = t.t(`status.${entry.status}`);
      const lower = status.toLocaleLowerCase(t.locale);
      drafts.push({
        kind: "claim-status",
        subject: claim.id,
        position,
        date,
        title: fill(before === null ? words.claimNew : words.claimNow, {
          status: lower,
          claim: claim.text,
        }),
        url: datasetPage(edition, where, { claim: claim.id }),
        text: [
          claim.text,
          before === null
            ? `${status}.`
            : fill(words.status, { status, before: t.t(`status.${before}`) }),
          ...(entry.note === undefined ? [] : [entry.note]),
          sourcesText(entry.sources, dataset, words, t),
        ]
          .filter((part) => part !== "")
          .join("\n\n"),
      });
    });
  });

  drafts.sort(
    (a, b) => b.date - a.date || KIND_ORDER[b.kind] - KIND_ORDER[a.kind] || b.position - a.position,
  );
  const host = new URL(where.site).hostname;
  const base = `${dataset.id}/${dataset.language}`;
  const taken = new Set<string>();
  return drafts.map((draft) => {
    const plain = tagUri(host, draft.date, `${base}/${draft.kind}/${draft.subject}`);
    // Two changes of one kind to one thing on one day (two corrections of an event): the
    // later in the file gets "-2", and so on, counted from the oldest.
    let id = plain;
    for (let n = 2; taken.has(id); n += 1) id = `${plain}-${n}`;
    taken.add(id);
    const { kind, date, title, url, text } = draft;
    return { id, kind, date, title, url, text };
  });
}

/** The event's summary, when and where, and its sources. */
function eventText(event: TimelineEvent, dataset: Dataset, words: FeedWords, t: Translator) {
  const when = t.dates.withAlts(
    event.date,
    event.altDates.map((alt) => alt.date),
  );
  const where = event.place === undefined ? "" : ` · ${event.place}`;
  return [
    event.summary,
    `${fill(words.when, { date: when })}${where}`,
    sourcesText(event.sources, dataset, words, t),
  ]
    .filter((part) => part !== "")
    .join("\n\n");
}

/** "Sources:" then one item a source: outlet (published, via relay): title, URL, archive. */
function sourcesText(ids: readonly string[], dataset: Dataset, words: FeedWords, t: Translator) {
  const lines: string[] = [];
  for (const id of ids) {
    const source = dataset.sourcesById.get(id);
    if (source === undefined) continue;
    const date = source.published === undefined ? undefined : t.dates.long(source.published);
    const about =
      date !== undefined && source.relays !== undefined
        ? t.t("sources.publishedRelays", { date, relay: source.relays })
        : date !== undefined
          ? t.t("sources.published", { date })
          : source.relays !== undefined
            ? t.t("sources.relays", { relay: source.relays })
            : "";
    const head = [source.outlet, about].filter((part) => part !== "").join(" ");
    lines.push(`- ${source.title === undefined ? head : `${head}: ${source.title}`}`);
    if (source.url !== undefined) lines.push(`  ${source.url}`);
    if (source.archived !== undefined) {
      lines.push(`  ${fill(words.archived, { url: source.archived.url })}`);
    }
  }
  return lines.length === 0 ? "" : [t.t("card.sourcesLead"), ...lines].join("\n");
}

/** The feed's own date: its newest entry's, or the dataset's `updated` when that is later. */
export function feedUpdated(dataset: Dataset, entries: readonly FeedEntry[]): number {
  const newest = entries[0]?.date ?? Number.NEGATIVE_INFINITY;
  const revised = instant(dataset.updated) ?? Number.NEGATIVE_INFINITY;
  const latest = Math.max(newest, revised);
  // A dataset revised before year 0 with no entries: the epoch, fixed, never the clock.
  return Number.isFinite(latest) ? latest : 0;
}
