// Breaking card text into lines that fit a width, by measured width (textWidth.ts): at
// spaces, inside a word only when the word alone is wider than the line, and with an
// ellipsis on the last line when the text goes on past the lines allowed.

const ELLIPSIS = "…";
/** Left before the ellipsis, they would read as part of it: "Soho,…". */
const DANGLING = /[\s,;:–—-]+$/u;

export type Measure = (text: string) => number;

/** At most `maxLines` lines of `text`, each at most `maxWidth` wide as `measure` says. */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index] ?? "";
    const candidate = line === "" ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      index += 1;
    } else if (line !== "") {
      lines.push(line);
      line = "";
    } else {
      // A word wider than the whole line: as much of it as fits, the rest on the next line.
      const [head, tail] = splitToFit(word, maxWidth, measure);
      lines.push(head);
      words[index] = tail;
    }
  }
  if (line !== "" && lines.length < maxLines) lines.push(line);
  if (index >= words.length) return lines;
  // Text left over: end the last line with an ellipsis that fits.
  const last = lines.pop() ?? "";
  lines.push(withEllipsis(last, maxWidth, measure));
  return lines;
}

/** `text` cut at a word (or inside one when it must) so that it and "…" fit `maxWidth`. */
export function withEllipsis(text: string, maxWidth: number, measure: Measure): string {
  let head = text.replace(DANGLING, "");
  while (head !== "" && measure(`${head}${ELLIPSIS}`) > maxWidth) {
    const space = head.lastIndexOf(" ");
    // Drop the last word while that keeps more than half the line, else a character.
    head = space > head.length / 2 ? head.slice(0, space) : graphemes(head).slice(0, -1).join("");
    head = head.replace(DANGLING, "");
  }
  return `${head}${ELLIPSIS}`;
}

/** One line of `text`, cut with an ellipsis when it is wider than `maxWidth`. */
export function fitLine(text: string, maxWidth: number, measure: Measure): string {
  const flat = text.trim().replace(/\s+/gu, " ");
  return measure(flat) <= maxWidth ? flat : withEllipsis(flat, maxWidth, measure);
}

/** The longest start of `word` that fits (at least one character), and the rest. */
function splitToFit(word: string, maxWidth: number, measure: Measure): [string, string] {
  const parts = graphemes(word);
  let count = 1;
  while (count < parts.length && measure(parts.slice(0, count + 1).join("")) <= maxWidth) {
    count += 1;
  }
  return [parts.slice(0, count).join(""), parts.slice(count).join("")];
}

/** User-perceived characters: a cut never splits an emoji or a letter from its accent. */
function graphemes(text: string): string[] {
  return Array.from(
    new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text),
    (s) => s.segment,
  );
}
