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
//
// This file reads the dataset as a whole; fastPathRecords.ts reads each object in it, with
// the tools of fastPathRead.ts, and sortOrder.ts holds the orders the model's lists keep.
import type { Dataset, TimelineEvent } from "./model.ts";
import { KEYS } from "./keys.ts";
import { translationContradictions } from "./consistency.ts";
import { LIMITS } from "./rules.ts";
import {
  language,
  list,
  readAll,
  readOptional,
  record,
  refuse,
  slug,
  text,
  Pass,
} from "./fastPathRead.ts";
import {
  claim,
  correction,
  event,
  period,
  person,
  source,
  translation,
} from "./fastPathRecords.ts";
import { byStartThenEnd, byStartThenIndex } from "./sortOrder.ts";

// The keys each object may have, generated from schema.ts (keys.ts): written once there.
const DATASET_KEYS = new Set<string>(KEYS.dataset);

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
    const corrections = readOptional(raw.corrections, pass, (item) =>
      correction(item, pass, eventIds),
    );
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
