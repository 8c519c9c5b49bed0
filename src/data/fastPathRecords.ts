// The fast path's reader of each object of format v1 (see fastPath.ts): a person, a source
// and its archived copy, a claim and its history, an event and its parts, a period, a
// translation, a correction.
// Each checks exactly the rules of schema.ts for its object and builds its part of the model.
import {
  ATTRIBUTIONS,
  CLAIM_STATUSES,
  EVENT_KINDS,
  STANCES,
  type AltDate,
  type Annotation,
  type Archived,
  type Attribution,
  type Claim,
  type ClaimHistoryEntry,
  type ClaimStatus,
  type Correction,
  type EdtfDate,
  type EventClaim,
  type EventKind,
  type Period,
  type Person,
  type Source,
  type Stance,
  type TimelineEvent,
  type Translation,
} from "./model.ts";
import { KEYS } from "./keys.ts";
import {
  changeContradictions,
  changeDateProblem,
  claimContradictions,
  openEndProblem,
  stanceContradictions,
} from "./consistency.ts";
import { LIMITS, longerThan, translationUrlProblem } from "./rules.ts";
import {
  httpUrl,
  language,
  oneOf,
  optionalText,
  readOptional,
  record,
  ref,
  refuse,
  slug,
  sourceRef,
  personRef,
  tag,
  text,
  unique,
  type Pass,
} from "./fastPathRead.ts";
import { byDate } from "./sortOrder.ts";

const KINDS = new Set<string>(EVENT_KINDS);
const STANCE_SET = new Set<string>(STANCES);
const ATTRIBUTION_SET = new Set<string>(ATTRIBUTIONS);
const STATUSES = new Set<string>(CLAIM_STATUSES);

// The keys each object may have, generated from schema.ts (keys.ts): written once there.
const PERSON_KEYS = new Set<string>(KEYS.person);
const CLAIM_KEYS = new Set<string>(KEYS.claim);
const HISTORY_KEYS = new Set<string>(KEYS.claimHistory);
const SOURCE_KEYS = new Set<string>(KEYS.source);
const ARCHIVED_KEYS = new Set<string>(KEYS.archived);
const EVENT_KEYS = new Set<string>(KEYS.event);
const ALT_DATE_KEYS = new Set<string>(KEYS.altDate);
const LINK_KEYS = new Set<string>(KEYS.eventClaim);
const ANNOTATION_KEYS = new Set<string>(KEYS.annotation);
const PERIOD_KEYS = new Set<string>(KEYS.period);
const TRANSLATION_KEYS = new Set<string>(KEYS.translation);
const CORRECTION_KEYS = new Set<string>(KEYS.correction);

export function person(value: unknown, pass: Pass): Person {
  const raw = record(value, PERSON_KEYS);
  const id = slug(raw.id);
  unique(pass.people, id);
  const role = optionalText(raw.role, LIMITS.name);
  return role === undefined
    ? { id, name: text(raw.name, LIMITS.name) }
    : { id, name: text(raw.name, LIMITS.name), role };
}

export function source(value: unknown, pass: Pass): Source {
  const raw = record(value, SOURCE_KEYS);
  const id = slug(raw.id);
  unique(pass.sources, id);
  const result: Source = { id, outlet: text(raw.outlet, LIMITS.name) };
  if (raw.url !== undefined) result.url = httpUrl(raw.url);
  if (raw.title !== undefined) result.title = text(raw.title, LIMITS.title);
  if (raw.published !== undefined) result.published = pass.date(raw.published);
  if (raw.relays !== undefined) result.relays = text(raw.relays, LIMITS.name);
  if (raw.language !== undefined) result.language = language(raw.language);
  if (raw.archived !== undefined) result.archived = archived(raw.archived, pass);
  return result;
}

function archived(value: unknown, pass: Pass): Archived {
  const raw = record(value, ARCHIVED_KEYS);
  return { url: httpUrl(raw.url), date: pass.date(raw.date) };
}

function historyEntry(value: unknown, pass: Pass): ClaimHistoryEntry {
  const raw = record(value, HISTORY_KEYS);
  const date = pass.date(raw.date);
  const status = oneOf<ClaimStatus>(raw.status, STATUSES);
  const note = optionalText(raw.note, LIMITS.note);
  const sources = pass.sourceRefs(raw.sources);
  return note === undefined ? { date, status, sources } : { date, status, note, sources };
}

export function claim(value: unknown, pass: Pass): Claim {
  const raw = record(value, CLAIM_KEYS);
  const id = slug(raw.id);
  unique(pass.claims, id);
  const statement = text(raw.text, LIMITS.quote);
  const status = oneOf<ClaimStatus>(raw.status, STATUSES);
  const history = readOptional(raw.history, pass, historyEntry);
  if (claimContradictions(status, history).length > 0) refuse();
  return {
    id,
    text: statement,
    status,
    history: history.toSorted(byDate),
  };
}

function altDate(value: unknown, pass: Pass): AltDate {
  const raw = record(value, ALT_DATE_KEYS);
  const date = pass.date(raw.date);
  const sources = pass.sourceRefs(raw.sources);
  const note = optionalText(raw.note, LIMITS.note);
  return note === undefined ? { date, sources } : { date, sources, note };
}

function link(value: unknown, pass: Pass): EventClaim {
  const raw = record(value, LINK_KEYS);
  const id = ref(raw.claim);
  if (!pass.claims.has(id)) refuse();
  return { claim: id, stance: oneOf<Stance>(raw.stance, STANCE_SET) };
}

function annotation(value: unknown, pass: Pass): Annotation {
  const raw = record(value, ANNOTATION_KEYS);
  const result: Annotation = {
    text: text(raw.text, LIMITS.text),
    attribution:
      raw.attribution === undefined
        ? "reported"
        : oneOf<Attribution>(raw.attribution, ATTRIBUTION_SET),
    sources: pass.sourceRefs(raw.sources),
  };
  if (raw.quote !== undefined) result.quote = text(raw.quote, LIMITS.quote);
  if (raw.speaker !== undefined) {
    const speaker = ref(raw.speaker);
    if (!pass.people.has(speaker)) refuse();
    result.speaker = speaker;
  }
  return result;
}

/** When the dataset gained or changed an event: one day or moment. */
function changeDate(value: unknown, pass: Pass): EdtfDate {
  const date = pass.date(value);
  if (changeDateProblem(date) !== null) refuse();
  return date;
}

export function event(value: unknown, index: number, pass: Pass, ids: Set<string>): TimelineEvent {
  const raw = record(value, EVENT_KEYS);
  const id = slug(raw.id);
  unique(ids, id);
  const people = readOptional(raw.people, pass, personRef);
  // One literal, always in this order, so that every event has the same hidden class and
  // later passes over 100,000 of them stay fast. `short`, `added` and `updated` are in it
  // even when absent (as undefined, which reads the same): some of a dataset's events may
  // have them, and adding them afterwards would multiply the shapes that every pass meets.
  const result: TimelineEvent = {
    id,
    index,
    title: text(raw.title, LIMITS.title),
    short: optionalText(raw.short, LIMITS.short),
    summary: text(raw.summary, LIMITS.summary),
    date: pass.date(raw.date),
    altDates: readOptional(raw.altDates, pass, altDate),
    kind: oneOf<EventKind>(raw.kind, KINDS),
    people,
    claims: readOptional(raw.claims, pass, link),
    annotations: readOptional(raw.annotations, pass, annotation),
    sources: pass.sourceRefs(raw.sources),
    tags: readOptional(raw.tags, pass, tag),
    added: raw.added === undefined ? undefined : changeDate(raw.added, pass),
    updated: raw.updated === undefined ? undefined : changeDate(raw.updated, pass),
  };
  if (stanceContradictions(result.claims).length > 0) refuse();
  if (changeContradictions(result.added, result.updated).length > 0) refuse();
  if (raw.place !== undefined) result.place = text(raw.place, LIMITS.name);
  return result;
}

export function period(value: unknown, pass: Pass, ids: Set<string>): Period {
  const raw = record(value, PERIOD_KEYS);
  const id = slug(raw.id);
  unique(ids, id);
  const title = text(raw.title, LIMITS.title);
  const date = pass.date(raw.date);
  if (openEndProblem(date) !== null) refuse();
  const summary = optionalText(raw.summary, LIMITS.summary);
  const sources = readOptional(raw.sources, pass, sourceRef);
  return summary === undefined
    ? { id, title, date, start: date.start, end: date.end, sources }
    : { id, title, summary, date, start: date.start, end: date.end, sources };
}

export function translation(value: unknown): Translation {
  const raw = record(value, TRANSLATION_KEYS);
  const { url } = raw;
  if (
    typeof url !== "string" ||
    longerThan(url, LIMITS.url) ||
    translationUrlProblem(url) !== null
  ) {
    refuse();
  }
  return { language: language(raw.language), url };
}

export function correction(value: unknown, pass: Pass, events: ReadonlySet<string>): Correction {
  const raw = record(value, CORRECTION_KEYS);
  const result: Correction = { date: pass.date(raw.date), text: text(raw.text, LIMITS.text) };
  if (raw.event !== undefined) {
    const id = ref(raw.event);
    if (!events.has(id)) refuse();
    result.event = id;
  }
  return result;
}
