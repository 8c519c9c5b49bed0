// Text as search compares it: case and accents folded, a query split into terms.

/** Lower-cases and strips accents (NFD, then combining marks removed): "Café" → "cafe". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII (most text) has nothing to decompose: skip the costly part.
  if (!NON_ASCII.test(lower)) return lower;
  const stripped = lower.normalize("NFD").replace(LATIN_MARKS, "");
  // The Unicode-aware pattern is several times slower, so it only runs when a character
  // from a block that holds other combining marks is present.
  return OTHER_MARK_BLOCKS.test(stripped) ? stripped.replace(ALL_MARKS, "") : stripped;
}

const NON_ASCII = /[\u0080-\uffff]/;
/** Combining Diacritical Marks: every accent of Latin script after NFD. */
const LATIN_MARKS = /[\u0300-\u036f]+/g;
/**
 * Every other \p{M} code point lies in these ranges (checked exhaustively in the tests);
 * the general punctuation, currency and symbol blocks in between hold none.
 */
const OTHER_MARK_BLOCKS = /[\u0482-\u1fff\u20cf-\u20ff\u2cee-\uffff]/;
const ALL_MARKS = /\p{M}+/gu;

/** The folded, de-duplicated search terms of a query, in order. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const term of foldText(query).split(/\s+/)) {
    if (term !== "" && !terms.includes(term)) terms.push(term);
  }
  return terms;
}
