// One JSON.parse of 40 MB holds the page for half a second. A dataset is one object whose
// bulk is its "events" array, so the text is cut there instead: the rest of the object
// with an empty array, and the array's items in slices that each parse in a few
// milliseconds, with pauses between. The cut is made at commas between the array's items,
// found by one pass over the text that steps over strings.
//
// Anything unusual (no "events" key, two of them, a key spelled with escapes, an array
// that never closes, nesting deeper than `maxDepth`) gives null, and the caller parses the
// whole text at once as before, after its own checks. The same pass bounds the nesting,
// so a text that splits needs no separate depth check (bounds.ts) first.
// Invalid JSON is found either way: every piece goes through JSON.parse.

export interface SplitText {
  /** The whole text with the events array emptied. */
  head: string;
  /** Slices of the array's items, each a JSON array text. */
  slices: string[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

export function splitEvents(
  text: string,
  itemsPerSlice: number,
  maxDepth: number,
): SplitText | null {
  let depth = 0;
  // At depth 1, whether the next string is a key of the root object.
  let keyNext = false;
  let lastKey: string | null = null;
  let arrayStart = -1;
  let arrayEnd = -1;
  let found = 0;
  const cuts: number[] = [];
  let items = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      if (end === -1) return null;
      if (depth === 1 && keyNext) {
        lastKey = text.slice(i + 1, end);
        keyNext = false;
      }
      i = end;
      continue;
    }
    switch (c) {
      case 0x7b: // {
      case 0x5b: // [
        depth++;
        if (depth > maxDepth) return null;
        if (depth === 1) keyNext = c === 0x7b;
        if (depth === 2 && c === 0x5b && lastKey === "events") {
          found++;
          arrayStart = i;
        }
        break;
      case 0x7d: // }
      case 0x5d: // ]
        if (depth === 2 && i > arrayStart && arrayStart !== -1 && arrayEnd === -1) arrayEnd = i;
        depth--;
        break;
      case COMMA:
        if (depth === 1) {
          keyNext = true;
          lastKey = null;
        } else if (depth === 2 && arrayStart !== -1 && arrayEnd === -1) {
          items++;
          if (items % itemsPerSlice === 0) cuts.push(i);
        }
        break;
    }
  }
  if (found !== 1 || arrayEnd === -1) return null;
  const parts: string[] = [];
  let from = arrayStart + 1;
  for (const cut of [...cuts, arrayEnd]) {
    parts.push(text.slice(from, cut));
    from = cut + 1;
  }
  // A blank piece between cuts would hide a stray comma ("1,,2" or "1, ]") that JSON.parse
  // must get to refuse; only an empty array is blank.
  if (parts.length > 1 && parts.some((part) => part.trim() === "")) return null;
  return {
    head: text.slice(0, arrayStart + 1) + text.slice(arrayEnd),
    slices: parts.map((part) => `[${part}]`),
  };
}

/** The index of the quote that closes the string opening at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  while (end !== -1) {
    let backslashes = 0;
    for (let j = end - 1; j > open && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}
