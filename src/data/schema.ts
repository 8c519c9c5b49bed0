// Data format v1, written once. TypeScript types, runtime validation and data/schema.json
// (for editors) all come from these definitions. zod/mini rather than classic zod: the same
// engine at a tenth of the weight. The page loads it only to describe a dataset's problems;
// valid datasets go through fastPath.ts, which a test holds to these definitions.
import * as z from "zod/mini";
import { parseEdtf } from "./edtf.ts";
import {
  isBlank,
  LANGUAGE_TAG,
  LIMITS,
  MAX_DATE_CHARS,
  SLUG,
  translationUrlProblem,
  urlProblem,
} from "./rules.ts";
import {
  changeContradictions,
  changeDateProblem,
  claimContradictions,
  openEndProblem,
  stanceContradictions,
  type Contradiction,
} from "./consistency.ts";
import { ATTRIBUTIONS, CLAIM_STATUSES, EVENT_KINDS, STANCES } from "./model.ts";

// Re-exported: scripts and tests import the limits from here, beside the schema.
export { isHttpUrl, LIMITS } from "./rules.ts";

function text(max: number) {
  return z.string({ error: "must be a string" }).check(
    z.trim(),
    z.minLength(1, "must not be empty"),
    // Only invisible characters (U+200B…) read as empty too; "" is minLength's to report.
    z.refine((value) => value.length === 0 || !isBlank(value), "must not be empty"),
    z.maxLength(max, `is too long (at most ${max} characters)`),
  );
}

const slug = z
  .string({ error: "must be a string id" })
  .check(
    z.maxLength(LIMITS.id, `is too long (at most ${LIMITS.id} characters)`),
    z.regex(SLUG, "must be a slug: lowercase letters, digits and single hyphens, like soho-dinner"),
  );

/** A reference to another record; whether it resolves is checked in references.ts. */
const ref = z.string({ error: "must be a string id" }).check(z.maxLength(LIMITS.id, "is too long"));

function list<T extends z.ZodMiniType>(item: T, max: number = LIMITS.listItems) {
  return z
    .array(item, { error: "must be an array" })
    .check(z.maxLength(max, `has too many items (at most ${max})`));
}

const sourceRefs = list(ref).check(z.minLength(1, "must cite at least one source"));

export const edtfString = z
  .pipe(
    z
      .string({ error: "must be an EDTF date string such as 2025-02-13" })
      .check(z.maxLength(MAX_DATE_CHARS, "is too long for a date")),
    z.transform((value: string, ctx) => {
      const parsed = parseEdtf(value);
      if (!parsed.ok) {
        ctx.issues.push({ code: "custom", message: parsed.error, input: value });
        return z.NEVER;
      }
      return parsed.value;
    }),
  )
  .register(z.globalRegistry, {
    description:
      "EDTF date: 2025, 2025-02, 2025-02-13, 2025-02-13T21:30Z; qualifiers ? ~ %; intervals A/B; open ends ../B and A/..; negative years -0044-03-15 (0000 is 1 BC)",
  });

const httpUrl = z.string({ error: "must be a string URL" }).check(
  z.maxLength(LIMITS.url, `is too long (at most ${LIMITS.url} characters)`),
  z.superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem !== null) ctx.issues.push({ code: "custom", message: problem, input: value });
  }),
);

/** Where another edition of the dataset is: an http(s) URL or a relative path to a .json file. */
const editionUrl = z.string({ error: "must be a string URL or path" }).check(
  z.maxLength(LIMITS.url, `is too long (at most ${LIMITS.url} characters)`),
  z.superRefine((value, ctx) => {
    const problem = translationUrlProblem(value);
    if (problem !== null) ctx.issues.push({ code: "custom", message: problem, input: value });
  }),
);

const languageTag = z
  .string({ error: "must be a string" })
  .check(z.regex(LANGUAGE_TAG, "must be a BCP 47 language tag like en or pt-BR"));

const tag = slug.check(z.maxLength(LIMITS.tag, `is too long (at most ${LIMITS.tag} characters)`));

export const personSchema = z.strictObject({
  id: slug,
  name: text(LIMITS.name),
  role: z.optional(text(LIMITS.name)),
});

export const claimHistorySchema = z.strictObject({
  date: edtfString,
  status: z.enum(CLAIM_STATUSES),
  note: z.optional(text(LIMITS.note)),
  sources: sourceRefs,
});

/** A check that reports what consistency.ts finds in a record, each at its path. */
function consistent<T>(find: (value: T) => readonly Contradiction[]) {
  return z.superRefine<T>((value, ctx) => {
    for (const { path, message } of find(value)) {
      ctx.issues.push({ code: "custom", message, input: value, path });
    }
  });
}

export const claimSchema = z
  .strictObject({
    id: slug,
    text: text(LIMITS.quote),
    status: z.enum(CLAIM_STATUSES),
    history: z.optional(list(claimHistorySchema)),
  })
  .check(consistent((claim) => claimContradictions(claim.status, claim.history)));

export const archivedSchema = z
  .strictObject({ url: httpUrl, date: edtfString })
  .register(z.globalRegistry, {
    description:
      "An archived copy of the source (e.g. in the Wayback Machine): its http(s) URL and the date it was archived",
  });

export const sourceSchema = z.strictObject({
  id: slug,
  outlet: text(LIMITS.name),
  url: z.optional(httpUrl),
  title: z.optional(text(LIMITS.title)),
  published: z.optional(edtfString),
  relays: z.optional(text(LIMITS.name)),
  language: z.optional(languageTag),
  archived: z.optional(archivedSchema),
});

export const annotationSchema = z.strictObject({
  text: text(LIMITS.text),
  quote: z.optional(text(LIMITS.quote)),
  speaker: z.optional(ref),
  attribution: z.optional(z.enum(ATTRIBUTIONS)),
  sources: sourceRefs,
});

export const altDateSchema = z.strictObject({
  date: edtfString,
  sources: sourceRefs,
  note: z.optional(text(LIMITS.note)),
});

export const eventClaimSchema = z.strictObject({ claim: ref, stance: z.enum(STANCES) });

/** When the dataset gained or changed an event: one day or moment, never a span. */
function changeDate(description: string) {
  return edtfString
    .check(
      z.superRefine((date, ctx) => {
        const problem = changeDateProblem(date);
        if (problem !== null) {
          ctx.issues.push({ code: "custom", message: problem, input: date.text });
        }
      }),
    )
    .register(z.globalRegistry, { description });
}

export const eventSchema = z
  .strictObject({
    id: slug,
    title: text(LIMITS.title),
    short: z.optional(
      text(LIMITS.short).register(z.globalRegistry, {
        description: "Short title for labels on the timeline (at most 60 characters)",
      }),
    ),
    summary: text(LIMITS.summary),
    date: edtfString,
    altDates: z.optional(list(altDateSchema)),
    kind: z.enum(EVENT_KINDS),
    place: z.optional(text(LIMITS.name)),
    people: z.optional(list(ref)),
    claims: z.optional(list(eventClaimSchema)),
    annotations: z.optional(list(annotationSchema)),
    sources: sourceRefs,
    tags: z.optional(list(tag)),
    added: z.optional(
      changeDate(
        "When the dataset gained this event (not when it happened): EDTF day or date and time",
      ),
    ),
    updated: z.optional(
      changeDate(
        "When the dataset last changed this event (not when it happened): EDTF day or date and time, not before added",
      ),
    ),
  })
  .check(
    consistent((event) => [
      ...stanceContradictions(event.claims),
      ...changeContradictions(event.added, event.updated),
    ]),
  );

/** A period is drawn as a band, so its date is any EDTF date but one with an open end. */
const periodDate = edtfString
  .check(
    z.superRefine((date, ctx) => {
      const problem = openEndProblem(date);
      if (problem !== null) ctx.issues.push({ code: "custom", message: problem, input: date.text });
    }),
  )
  .register(z.globalRegistry, {
    description:
      "EDTF date with both ends: an interval 2025-02-13/2025-07-30, or one year, month or day (its own span); no open ends",
  });

export const periodSchema = z
  .strictObject({
    id: slug,
    title: text(LIMITS.title),
    date: periodDate,
    summary: z.optional(text(LIMITS.summary)),
    sources: z.optional(list(ref)),
  })
  .register(z.globalRegistry, {
    description: "A named span of the story, drawn as a background band (TimelineJS: an era)",
  });

export const translationSchema = z
  .strictObject({ language: languageTag, url: editionUrl })
  .register(z.globalRegistry, {
    description:
      "Another edition of this dataset: its language, and an http(s) URL or a path relative to this file",
  });

export const correctionSchema = z.strictObject({
  date: edtfString,
  text: text(LIMITS.text),
  event: z.optional(
    ref
      .clone()
      .register(z.globalRegistry, { description: "The id of the event this correction is about" }),
  ),
});

export const datasetSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(1, { error: "must be 1 (this viewer reads format v1)" }),
    id: slug,
    title: text(LIMITS.title),
    summary: text(LIMITS.summary),
    updated: edtfString,
    language: z.optional(languageTag),
    translations: z.optional(list(translationSchema)),
    people: z.optional(list(personSchema, LIMITS.sources)),
    claims: z.optional(list(claimSchema)),
    sources: list(sourceSchema, LIMITS.sources),
    periods: z.optional(list(periodSchema)),
    events: list(eventSchema, LIMITS.events),
    corrections: z.optional(list(correctionSchema)),
  })
  .register(z.globalRegistry, {
    title: "Rumor Timeline dataset, format v1",
    description: "One timeline: people, claims, sources and sourced events.",
  });

export type DatasetInput = z.input<typeof datasetSchema>;
export type ParsedDataset = z.output<typeof datasetSchema>;

/**
 * Every object of format v1 by name: `npm run schema` writes their keys to keys.ts, which
 * the fast path reads without loading zod, and keys.test.ts fails when the two drift.
 */
export const objectSchemas = {
  dataset: datasetSchema,
  person: personSchema,
  claim: claimSchema,
  claimHistory: claimHistorySchema,
  source: sourceSchema,
  archived: archivedSchema,
  event: eventSchema,
  altDate: altDateSchema,
  eventClaim: eventClaimSchema,
  annotation: annotationSchema,
  period: periodSchema,
  translation: translationSchema,
  correction: correctionSchema,
};
