// The fast path's reading tools (see fastPath.ts): each reads one JSON value as format v1
// allows it, returns what the model keeps, and refuses (throws `refused`) on anything else.
// `Pass` holds one pass's state: the ids seen so far and the dates already read.
import { parseEdtf } from "./edtf.ts";
import type { EdtfDate } from "./model.ts";
import {
  isBlank,
  isHttpUrl,
  LANGUAGE_TAG,
  LIMITS,
  longerThan,
  MAX_DATE_CHARS,
  SLUG,
} from "./rules.ts";

type Raw = Record<string, unknown>;

/** Thrown inside the pass when a rule fails (one instance: no stack to build each time). */
const refused = new Error("refused by the fast path");

export function refuse(): never {
  throw refused;
}

/** A JSON object (not an array, not null) with no key outside `allowed`. */
export function record(value: unknown, allowed: ReadonlySet<string>): Raw {
  if (typeof value !== "object" || value === null || Array.isArray(value)) refuse();
  for (const key in value) if (!allowed.has(key)) refuse();
  return value as Raw;
}

export function list(value: unknown, max: number = LIMITS.listItems): readonly unknown[] {
  if (!Array.isArray(value) || value.length > max) refuse();
  return value;
}

/**
 * Every item of a list through `read`, by index: Array.prototype.map skips holes, which
 * JSON cannot make but a converter's objects can, and zod reads a hole as undefined.
 */
export function readAll<T>(
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
export function readOptional<T>(
  value: unknown,
  pass: Pass,
  read: (item: unknown, pass: Pass) => T,
  max?: number,
): T[] {
  return value === undefined ? [] : readAll(list(value, max), pass, read);
}

/** zod's text(): trimmed, then 1..max characters; the trimmed value is what is kept. */
export function text(value: unknown, max: number): string {
  if (typeof value !== "string") refuse();
  const trimmed = value.trim();
  if (isBlank(trimmed) || longerThan(trimmed, max)) refuse();
  return trimmed;
}

export function optionalText(value: unknown, max: number): string | undefined {
  return value === undefined ? undefined : text(value, max);
}

export function slug(value: unknown, max: number = LIMITS.id): string {
  if (typeof value !== "string" || longerThan(value, max) || !SLUG.test(value)) refuse();
  return value;
}

export function ref(value: unknown): string {
  if (typeof value !== "string" || longerThan(value, LIMITS.id)) refuse();
  return value;
}

/** A URL a dataset may link to (rules.ts: absolute http(s), …), within the length limit. */
export function httpUrl(value: unknown): string {
  if (typeof value !== "string" || longerThan(value, LIMITS.url) || !isHttpUrl(value)) refuse();
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: ReadonlySet<string>): T {
  if (typeof value !== "string" || !allowed.has(value)) refuse();
  return value as T;
}

export function language(value: unknown): string {
  if (typeof value !== "string" || !LANGUAGE_TAG.test(value)) refuse();
  return value;
}

/** One pass's state: the ids seen so far, and dates already read (datasets repeat them). */
export class Pass {
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

export function sourceRef(value: unknown, pass: Pass): string {
  const id = ref(value);
  if (!pass.sources.has(id)) refuse();
  return id;
}

export function personRef(value: unknown, pass: Pass): string {
  const id = ref(value);
  if (!pass.people.has(id)) refuse();
  return id;
}

export function tag(value: unknown): string {
  return slug(value, LIMITS.tag);
}

export function unique(ids: Set<string>, id: string): void {
  if (ids.has(id)) refuse();
  ids.add(id);
}
