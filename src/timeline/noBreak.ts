// Words a line must not break inside: a censored word ("a--", "f—k") broken after its
// first dash reads as a hyphenated word ("kicks a-" / "-").

export interface TextRun {
  text: string;
  /** Keep on one line (the word holds a dash run, or ends or starts with a dash). */
  keep: boolean;
}

const DASH = "\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212";
// A word (no spaces) that holds two dashes in a row, or that starts or ends with a dash.
const KEEP = new RegExp(
  `[^\\s]*[${DASH}]{2,}[^\\s]*|[^\\s${DASH}]+[${DASH}](?=[\\s"'”’.,;:!?)]|$)|(?<=^|\\s)[${DASH}][^\\s${DASH}]+`,
  "gu",
);

/** Splits text into runs; concatenated, they are the text unchanged. */
export function noBreakRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(KEEP)) {
    if (match[0] === "") continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}
