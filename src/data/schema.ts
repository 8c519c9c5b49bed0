// Data format v1, written once. TypeScript types, runtime validation and data/schema.json
// (for editors) all come from these definitions.
import { z } from "zod";
import { parseEdtf } from "./edtf.ts";
import { ATTRIBUTIONS, CLAIM_STATUSES, EVENT_KINDS, STANCES } from "./model.ts";

/** Length limits keep a hostile or broken dataset from freezing the page. */
export const LIMITS = {
  id: 80,
  name: 200,
  title: 200,
  summary: 2000,
  text: 1000,
  quote: 500,
  note: 500,
  url: 2000,
  tag: 40,
  listItems: 200,
  events: 200_000,
  sources: 200_000,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// BCP 47 in its common shapes (en, pt-BR, zh-Hant, es-419); full grammar is not needed here.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function text(max: number) {
  return z
    .string({ error: "must be a string" })
    .trim()
    .min(1, "must not be empty")
    .max(max, `is too long (at most ${max} characters)`);
}

const slug = z
  .string({ error: "must be a string id" })
  .max(LIMITS.id, `is too long (at most ${LIMITS.id} characters)`)
  .regex(SLUG, "must be a slug: lowercase letters, digits and single hyphens, like soho-dinner");

/** A reference to another record; whether it resolves is checked in references.ts. */
const ref = z.string({ error: "must be a string id" }).max(LIMITS.id, "is too long");

function list<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
  return z
    .array(item, { error: "must be an array" })
    .max(max, `has too many items (at most ${max})`);
}

const sourceRefs = list(ref).min(1, "must cite at least one source");

export const edtfString = z
  .string({ error: "must be an EDTF date string such as 2025-02-13" })
  .max(80, "is too long for a date")
  .transform((value, ctx) => {
    const parsed = parseEdtf(value);
    if (!parsed.ok) {
      ctx.issues.push({ code: "custom", message: parsed.error, input: value });
      return z.NEVER;
    }
    return parsed.value;
  })
  .meta({
    description:
      "EDTF date: 2025, 2025-02, 2025-02-13, 2025-02-13T21:30Z; qualifiers ? ~ %; intervals A/B; open ends ../B and A/..",
  });

const httpUrl = z
  .string({ error: "must be a string URL" })
  .max(LIMITS.url, `is too long (at most ${LIMITS.url} characters)`)
  .refine(isHttpUrl, { message: "must be an absolute http(s) URL" });

export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

export const personSchema = z.strictObject({
  id: slug,
  name: text(LIMITS.name),
  role: text(LIMITS.name).optional(),
});

export const claimHistorySchema = z.strictObject({
  date: edtfString,
  status: z.enum(CLAIM_STATUSES),
  note: text(LIMITS.note).optional(),
  sources: sourceRefs,
});

export const claimSchema = z.strictObject({
  id: slug,
  text: text(LIMITS.quote),
  status: z.enum(CLAIM_STATUSES),
  history: list(claimHistorySchema).optional(),
});

export const sourceSchema = z.strictObject({
  id: slug,
  outlet: text(LIMITS.name),
  url: httpUrl.optional(),
  title: text(LIMITS.title).optional(),
  published: edtfString.optional(),
  relays: text(LIMITS.name).optional(),
  language: z
    .string()
    .regex(LANGUAGE_TAG, "must be a BCP 47 language tag like en or pt-BR")
    .optional(),
});

export const annotationSchema = z.strictObject({
  text: text(LIMITS.text),
  quote: text(LIMITS.quote).optional(),
  speaker: ref.optional(),
  attribution: z.enum(ATTRIBUTIONS).optional(),
  sources: sourceRefs,
});

export const altDateSchema = z.strictObject({
  date: edtfString,
  sources: sourceRefs,
  note: text(LIMITS.note).optional(),
});

export const eventSchema = z.strictObject({
  id: slug,
  title: text(LIMITS.title),
  summary: text(LIMITS.summary),
  date: edtfString,
  altDates: list(altDateSchema).optional(),
  kind: z.enum(EVENT_KINDS),
  place: text(LIMITS.name).optional(),
  people: list(ref).optional(),
  claims: list(z.strictObject({ claim: ref, stance: z.enum(STANCES) })).optional(),
  annotations: list(annotationSchema).optional(),
  sources: sourceRefs,
  tags: list(slug.max(LIMITS.tag)).optional(),
});

export const correctionSchema = z.strictObject({
  date: edtfString,
  text: text(LIMITS.text),
});

export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1, { error: "must be 1 (this viewer reads format v1)" }),
    id: slug,
    title: text(LIMITS.title),
    summary: text(LIMITS.summary),
    updated: edtfString,
    language: z.string().regex(LANGUAGE_TAG, "must be a BCP 47 language tag like en").optional(),
    people: list(personSchema, LIMITS.sources).optional(),
    claims: list(claimSchema).optional(),
    sources: list(sourceSchema, LIMITS.sources),
    events: list(eventSchema, LIMITS.events),
    corrections: list(correctionSchema).optional(),
  })
  .meta({
    title: "Rumor Timeline dataset, format v1",
    description: "One timeline: people, claims, sources and sourced events.",
  });

export type DatasetInput = z.input<typeof datasetSchema>;
export type ParsedDataset = z.output<typeof datasetSchema>;
