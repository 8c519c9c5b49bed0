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

/**
 * Any whitespace or control character. URL parsers strip some (leading spaces, tabs inside),
 * encode others and differ on a space in a host (Node refuses `https://exa mple.com/`, a
 * browser may not), so a URL with one is refused before any parser sees it: the CLI and the
 * page then give the same verdict. A space in a path is written %20.
 */
const URL_WHITESPACE = /[\s\p{Cc}]/u;

/**
 * The authority as the WHATWG parser finds it in an http(s) URL (after the scheme and any
 * slashes, up to the path, query or fragment), read from the text itself so that user-info
 * is refused whatever a parser makes of the rest.
 */
const AUTHORITY = /^[a-z][a-z0-9+.-]*:[/\\]*([^/\\?#]*)/i;

/**
 * Why `value` is not a URL a dataset may link to, or null when it is one: absolute http(s),
 * no whitespace, and no user name or password (`https://www.bbc.co.uk@evil.example/` reads
 * as the BBC and opens evil.example).
 */
export function urlProblem(value: string): string | null {
  if (URL_WHITESPACE.test(value)) {
    return "must not contain spaces or control characters (write a space as %20)";
  }
  if (!URL.canParse(value)) return "must be an absolute http(s) URL";
  const { protocol, username, password } = new URL(value);
  if (protocol !== "http:" && protocol !== "https:") return "must be an absolute http(s) URL";
  if (username !== "" || password !== "" || AUTHORITY.exec(value)?.[1]?.includes("@") === true) {
    return "must not contain a user name or password (a link would name one site and open another)";
  }
  return null;
}

export function isHttpUrl(value: string): boolean {
  return urlProblem(value) === null;
}

/** A scheme at the start ("https:", "javascript:", "c:"): what makes a reference absolute. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Any site: a relative path that resolves against it to another origin leaves the site. */
const SOME_SITE = "https://timeline.invalid/data/dataset.json";

/**
 * Why `value` cannot say where another edition (a translation) of a dataset is, or null:
 * an http(s) URL as a source may have, or a path relative to the dataset's own URL that
 * names a .json file on the same site (`de-armas-cruise-2025.es.json`, `/data/x.es.json`).
 */
export function translationUrlProblem(value: string): string | null {
  if (SCHEME.test(value)) return urlProblem(value);
  if (URL_WHITESPACE.test(value)) {
    return "must not contain spaces or control characters (write a space as %20)";
  }
  // URL parsers read a backslash as "/", so "/\host" names another site as "//host" does.
  if (value.includes("\\")) return "must use / between folders, not \\";
  if (
    !URL.canParse(value, SOME_SITE) ||
    new URL(value, SOME_SITE).origin !== new URL(SOME_SITE).origin
  ) {
    return "must be an http(s) URL or a path on this site; a path starting with // names another site (write https://)";
  }
  if (!value.endsWith(".json")) return "must be an http(s) URL or a relative path ending in .json";
  return null;
}

/**
 * A character that shows: not whitespace, a control, a format character (U+200B-U+200D,
 * U+2060, U+FEFF, bidi controls…) or another default-ignorable one (variation selectors,
 * Hangul fillers). A title of only those looks empty, so it counts as empty.
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** Whether `value` shows nothing at all (the empty string included). */
export function isBlank(value: string): boolean {
  // Most text starts with a printable ASCII character: skip the Unicode scan (the fast path
  // asks this of every text field of 100,000 events).
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return !VISIBLE.test(value);
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
