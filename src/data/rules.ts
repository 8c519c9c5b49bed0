// The plain rules of format v1 that both the zod schema (schema.ts) and the fast path
// (fastPath.ts) use. No zod here: the page's first load carries this file but not zod,
// which loads only when a dataset has problems to describe.

/** Length limits keep a hostile or broken dataset from freezing the page. */
export const LIMITS = {
  id: 80,
  name: 200,
  title: 200,
  /** An event's `short`: a label that fits beside a mark on the timeline. */
  short: 60,
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

/** The longest EDTF string accepted: an interval of two offset times is about 50. */
export const MAX_DATE_CHARS = 80;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// BCP 47 in its common shapes (en, pt-BR, zh-Hant, es-419); full grammar is not needed here.
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

/**
 * Whether `value` has more than `max` characters, counted in code points as zod counts
 * them: an emoji is one character, not two UTF-16 units. A code point is at most two
 * units, so only a string longer than `max` units needs counting.
 */
export function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false;
  if (value.length > max * 2) return true;
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count > max;
}
