// The fast path through the data boundary: one hand-written pass that checks a dataset
// against exactly the rules of schema.ts and references.ts and builds the normalized model
// as it goes. zod takes ~1 s and normalization another ~0.5 s for 100,000 events; this
// takes a fraction of that. It only ever says yes: on anything unexpected it returns null
// and validateDataset runs the full zod path, which lists every problem with its message.
//
// zod stays the definition of format v1 and the only describer of problems; this is the
// only normalizer. A property test (fastPath.test.ts) checks that this pass accepts exactly
// what zod and the reference checks accept, and returns what a plain test oracle
// (fixtures/oracle.ts) makes of zod's output. Lengths are counted in code points, as zod
// counts them, and the keys each object may have are generated from the schema (keys.ts).
import { parseEdtf } from "./edtf.ts";
import {
  ATTRIBUTIONS,
  CLAIM_STATUSES,
  EVENT_KINDS,
  STANCES,
  type AltDate,
  type Annotation,
  type Attribution,
  type Claim,
  type ClaimHistoryEntry,
  type ClaimStatus,
  type Correction,
  type Dataset,
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
  claimContradictions,
  openEndProblem,
  stanceContradictions,
  translationContradictions,
} from "./consistency.ts";
import {
  isBlank,
  isHttpUrl,
  LANGUAGE_TAG,
  LIMITS,
  longerThan,
  MAX_DATE_CHARS,
  SLUG,
  translationUrlProblem,
} from "./rules.ts";

type Raw = Record<string, unknown>;

/** Thrown inside the pass when a rule fails (one instance: no stack to build each time). */
const refused = new Error("refused by the fast path");

function refuse(): never {
  throw refused;
}

/** A JSON object (not an array, not null) with no key outside `allowed`. */
function record(value: unknown, allowed: ReadonlySet<string>): Raw {
  if (typeof value !== "object" || value === null || Array.isArray(value)) refuse();
  for (const key in value) if (!allowed.has(key)) refuse();
  return value as Raw;
}

function list(value: unknown, max: number = LIMITS.listItems): readonly unknown[] {
  if (!Array.isArray(value) || value.length > max) refuse();
  return value;
}

/**
 * Every item of a list through `read`, by index: Array.prototype.map skips holes, which
 * JSON cannot make but a converter's objects can, and zod reads a hole as undefined.
 */
function readAll<T>(
  items: readonly unknown[],
  pass: Pass,
  read: (item: unknown, pass: Pass) => T,
): T[] {
  // Sized once, as map() would: most lists hold one to three items, and push() would
  // reserve room for sixteen, which 100,000 events pay for in garbage collection.
  const result = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) result[i] = read(items[i], pass);
  return result;
}

/** An optional list: absent (or undefined, as zod allows) reads as empty. */
function readOptional<T>(
  value: unknown,
  pass: Pass,
  read: (item: unknown, pass: Pass) => T,
  max?: number,
): T[] {
  return value === undefined ? [] : readAll(list(value, max), pass, read);
}

/** zod's text(): trimmed, then 1..max characters; the trimmed value is what is kept. */
function text(value: unknown, max: number): string {
  if (typeof value !== "string") refuse();
  const trimmed = value.trim();
  if (isBlank(trimmed) || longerThan(trimmed, max)) refuse();
  return trimmed;
}

function optionalText(value: unknown, max: number): string | undefined {
  return value === undefined ? undefined : text(value, max);
}

function slug(value: unknown, max: number = LIMITS.id): string {
  if (typeof value !== "string" || longerThan(value, max) || !SLUG.test(value)) refuse();
  return value;
}

function ref(value: unknown): string {
  if (typeof value !== "string" || longerThan(value, LIMITS.id)) refuse();
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: ReadonlySet<string>): T {
  if (typeof value !== "string" || !allowed.has(value)) refuse();
  return value as T;
}

function language(value: unknown): string {
  if (typeof value !== "string" || !LANGUAGE_TAG.test(value)) refuse();
  return value;
}

const KINDS = new Set<string>(EVENT_KINDS);
const STANCE_SET = new Set<string>(STANCES);
const ATTRIBUTION_SET = new Set<string>(ATTRIBUTIONS);
const STATUSES = new Set<string>(CLAIM_STATUSES);

// The keys each object may have, generated from schema.ts (keys.ts): written once there.
const DATASET_KEYS = new Set<string>(KEYS.dataset);
const PERSON_KEYS = new Set<string>(KEYS.person);
const CLAIM_KEYS = new Set<string>(KEYS.claim);
const HISTORY_KEYS = new Set<string>(KEYS.claimHistory);
const SOURCE_KEYS = new Set<string>(KEYS.source);
const EVENT_KEYS = new Set<string>(KEYS.event);
const ALT_DATE_KEYS = new Set<string>(KEYS.altDate);
const LINK_KEYS = new Set<string>(KEYS.eventClaim);
const ANNOTATION_KEYS = new Set<string>(KEYS.annotation);
const PERIOD_KEYS = new Set<string>(KEYS.period);
const TRANSLATION_KEYS = new Set<string>(KEYS.translation);
const CORRECTION_KEYS = new Set<string>(KEYS.correction);

/** One pass's state: the ids seen so far, and dates already read (datasets repeat them). */
class Pass {
  private readonly dates = new Map<string, EdtfDate>();
  people = new Set<string>();
  claims = new Set<string>();
  sources = new Set<string>();

  date(value: unknown): EdtfDate {
    if (typeof value !== "string" || longerThan(value, MAX_DATE_CHARS)) refuse();
    const known = this.dates.get(value);
    if (known !== undefined) return known;
    const parsed = parseEdtf(value);
    if (!parsed.ok) refuse();
    this.dates.set(value, parsed.value);
    return parsed.value;
  }

  /** A source list: at least one, each a known source id. */
  sourceRefs(value: unknown): string[] {
    const items = list(value);
    if (items.length < 1) refuse();
    return readAll(items, this, sourceRef);
  }
}

function sourceRef(value: unknown, pass: Pass): string {
  const id = ref(value);
  if (!pass.sources.has(id)) refuse();
  return id;
}

function personRef(value: unknown, pass: Pass): string {
  const id = ref(value);
  if (!pass.people.has(id)) refuse();
  return id;
}

function tag(value: unknown): string {
  return slug(value, LIMITS.tag);
}

function unique(ids: Set<string>, id: string): void {
  if (ids.has(id)) refuse();
  ids.add(id);
}

function person(value: unknown, pass: Pass): Person {
  const raw = record(value, PERSON_KEYS);
  const id = slug(raw.id);
  unique(pass.people, id);
  const role = optionalText(raw.role, LIMITS.name);
  return role === undefined
    ? { id, name: text(raw.name, LIMITS.name) }
    : { id, name: text(raw.name, LIMITS.name), role };
}

function source(value: unknown, pass: Pass): Source {
  const raw = record(value, SOURCE_KEYS);
  const id = slug(raw.id);
  unique(pass.sources, id);
  const result: Source = { id, outlet: text(raw.outlet, LIMITS.name) };
  if (raw.url !== undefined) {
    if (typeof raw.url !== "string" || longerThan(raw.url, LIMITS.url) || !isHttpUrl(raw.url)) {
      refuse();
    }
    result.url = raw.url;
  }
  if (raw.title !== undefined) result.title = text(raw.title, LIMITS.title);
  if (raw.published !== undefined) result.published = pass.date(raw.published);
  if (raw.relays !== undefined) result.relays = text(raw.relays, LIMITS.name);
  if (raw.language !== undefined) result.language = language(raw.language);
  return result;
}

function historyEntry(value: unknown, pass: Pass): ClaimHistoryEntry {
  const raw = record(value, HISTORY_KEYS);
  const date = pass.date(raw.date);
  const status = oneOf<ClaimStatus>(raw.status, STATUSES);
  const note = optionalText(raw.note, LIMITS.note);
  const sources = pass.sourceRefs(raw.sources);
  return note === undefined ? { date, status, sources } : { date, status, note, sources };
}

function claim(value: unknown, pass: Pass): Claim {
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

function event(value: unknown, index: number, pass: Pass, ids: Set<string>): TimelineEvent {
  const raw = record(value, EVENT_KEYS);
  const id = slug(raw.id);
  unique(ids, id);
  const people = readOptional(raw.people, pass, personRef);
  // One literal, always in this order, so that every event has the same hidden class and
  // later passes over 100,000 of them stay fast. `short` is in it even when absent (as
  // undefined, which reads the same): about half of a dataset's events may have one, and
  // adding it afterwards would double the shapes that every pass meets.
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
  };
  if (stanceContradictions(result.claims).length > 0) refuse();
  if (raw.place !== undefined) result.place = text(raw.place, LIMITS.name);
  return result;
}

function period(value: unknown, pass: Pass, ids: Set<string>): Period {
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

function translation(value: unknown): Translation {
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

function correction(value: unknown, pass: Pass): Correction {
  const raw = record(value, CORRECTION_KEYS);
  return { date: pass.date(raw.date), text: text(raw.text, LIMITS.text) };
}

/** Events in time order; equal dates keep their order in the file. */
export function byStartThenIndex(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.start - b.date.start || a.date.end - b.date.end || a.index - b.index;
}

/** Periods in time order: by start, then the shorter first; equal ones keep their order. */
export function byStartThenEnd(a: Period, b: Period): number {
  return a.start - b.start || a.end - b.end;
}

/** A claim's history in time order. */
export function byDate(a: ClaimHistoryEntry, b: ClaimHistoryEntry): number {
  return a.date.start - b.date.start;
}

/** Events checked between two pauses of `fastValidateInSlices`: about 5-10 ms of work. */
const EVENTS_PER_SLICE = 2000;

/** The normalized dataset when `value` passes every rule of format v1, otherwise null. */
export function fastValidate(value: unknown): Dataset | null {
  const steps = validationSteps(value);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * `fastValidate`, pausing after every slice of events so that the page can draw and answer
 * input while 100,000 events are checked. `pause` resolves when the work may go on.
 */
export async function fastValidateInSlices(
  value: unknown,
  pause: (checked: number, total: number) => Promise<void>,
): Promise<Dataset | null> {
  const steps = validationSteps(value);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await pause(step.value.checked, step.value.total);
  }
}

function* validationSteps(
  value: unknown,
): Generator<{ checked: number; total: number }, Dataset | null> {
  try {
    const raw = record(value, DATASET_KEYS);
    if (raw.$schema !== undefined && typeof raw.$schema !== "string") refuse();
    if (raw.version !== 1) refuse();
    const pass = new Pass();
    const id = slug(raw.id);
    const title = text(raw.title, LIMITS.title);
    const summary = text(raw.summary, LIMITS.summary);
    const updated = pass.date(raw.updated);
    const lang = raw.language === undefined ? "en" : language(raw.language);
    const translations = readOptional(raw.translations, pass, translation);
    if (
      translationContradictions(
        lang,
        translations.map((t) => t.language),
      ).length > 0
    )
      refuse();
    // Sources, people and claims first: periods and events refer to them.
    const sources = readAll(list(raw.sources, LIMITS.sources), pass, source);
    const people = readOptional(raw.people, pass, person, LIMITS.sources);
    const claims = readOptional(raw.claims, pass, claim);
    const periodIds = new Set<string>();
    const periods = readOptional(raw.periods, pass, (item) => period(item, pass, periodIds));
    const eventIds = new Set<string>();
    const items = list(raw.events, LIMITS.events);
    const events: TimelineEvent[] = [];
    for (let index = 0; index < items.length; index++) {
      events.push(event(items[index], index, pass, eventIds));
      if ((index + 1) % EVENTS_PER_SLICE === 0 && index + 1 < items.length) {
        yield { checked: index + 1, total: items.length };
      }
    }
    const corrections = readOptional(raw.corrections, pass, correction);
    return {
      version: 1,
      id,
      title,
      summary,
      updated,
      language: lang,
      translations,
      people,
      claims,
      sources,
      periods: periods.sort(byStartThenEnd),
      events: events.sort(byStartThenIndex),
      corrections,
      peopleById: new Map(people.map((p) => [p.id, p])),
      sourcesById: new Map(sources.map((s) => [s.id, s])),
      claimsById: new Map(claims.map((c) => [c.id, c])),
    };
  } catch {
    // Refused, or a bug in here: either way the full path decides, and says why.
    return null;
  }
}
