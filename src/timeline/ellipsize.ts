// Cutting text to a number of characters for places with a fixed size (timeline labels,
// callouts): at a word where that keeps most of the room, with an ellipsis.

const ELLIPSIS = "…";
/** Left before the ellipsis, they would read as part of it: "Soho,…". */
const DANGLING = /[\s,;:–—-]+$/;

/**
 * `text` when it fits in `maxChars`, else its start, ended with "…", at most `maxChars`
 * long with the ellipsis. The cut is at the last space that fits when that keeps more than
 * half of the room, otherwise inside the word. Lengths count UTF-16 code units, as the
 * dataset's length limits do; a cut never splits a surrogate pair (half an emoji).
 */
export function ellipsize(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars < 1) return "";
  // A space at the last position that fits means the word before it fits whole.
  const room = maxChars - ELLIPSIS.length;
  const space = text.lastIndexOf(" ", room);
  let head = space > room / 2 ? text.slice(0, space) : text.slice(0, room);
  if (isHighSurrogate(head.charCodeAt(head.length - 1))) head = head.slice(0, -1);
  return `${head.replace(DANGLING, "")}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
