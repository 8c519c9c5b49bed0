// Checks every loader runs on the raw text before JSON.parse, so that a huge or absurdly
// nested file is refused in milliseconds instead of freezing the page. No zod here: these
// run on the page's first load.
import type { Problem } from "./model.ts";

/** Larger files are refused before parsing: the page must never freeze on a hostile URL. */
export const MAX_DATASET_CHARS = 64 * 1024 * 1024;

/** The size check every loader runs before parsing, so a huge file never freezes the page. */
export function tooLarge(text: string): Problem | null {
  if (text.length <= MAX_DATASET_CHARS) return null;
  const mb = (text.length / 1024 / 1024).toFixed(1);
  return {
    path: "(file)",
    message: `is too large (${mb} MB; the limit is ${MAX_DATASET_CHARS / 1024 / 1024} MB)`,
  };
}

/**
 * Format v1 nests six levels deep (dataset → events → event → annotations → annotation →
 * sources); anything far deeper is broken or hostile, and is refused before it is parsed.
 */
export const MAX_DEPTH = 32;
export const DEPTH_MESSAGE = `is nested too deeply (more than ${MAX_DEPTH} levels of arrays and objects; format v1 needs 6)`;

/**
 * The nesting check every loader runs on the text before JSON.parse, which takes seconds
 * (and a lot of memory) on millions of nested brackets. One pass, no allocation.
 */
export function tooDeep(text: string): Problem | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string natively: find its closing quote, one not escaped by a backslash.
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return null; // unterminated: JSON.parse says where
      i = end;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) {
        const before = text.slice(0, i);
        const line = before.split("\n").length;
        const column = i - before.lastIndexOf("\n");
        return { path: "(file)", message: `${DEPTH_MESSAGE} at line ${line}, column ${column}` };
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return null;
}

/** Whether the quote at `index` is escaped: preceded by an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let count = 0;
  for (let j = index - 1; j >= 0 && text.charCodeAt(j) === 0x5c; j--) count++;
  return count % 2 === 1;
}
