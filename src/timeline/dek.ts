// The header's one-line dek: the summary's first sentence, and the rest kept for "More".

/** Splits a summary after its first sentence; `rest` is "" when there is only one. */
export function splitDek(summary: string, language = "en"): { first: string; rest: string } {
  const text = summary.trim();
  let first = text;
  try {
    const segments = new Intl.Segmenter(language, { granularity: "sentence" }).segment(text);
    for (const segment of segments) {
      first = segment.segment;
      break;
    }
  } catch {
    // An unknown language tag: keep the whole summary as the dek.
  }
  return { first: first.trim(), rest: text.slice(first.length).trim() };
}
