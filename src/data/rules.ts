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

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// BCP 47 in its common shapes (en, pt-BR, zh-Hant, es-419); full grammar is not needed here.
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}
