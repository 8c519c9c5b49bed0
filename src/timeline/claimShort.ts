// A claim's short form for a chip: the sentence without the names every claim repeats.
// The names are kept as hidden parts (read by screen readers, not shown), so the chip's
// accessible name is still the whole claim and its visible text a part of that name.

export interface ClaimPart {
  text: string;
  /** Left out of the visible chip; still in the accessible text. */
  hidden: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits `text` into shown and hidden parts: a leading subject made only of the given
 * names ("Tom Cruise and Ana de Armas are "), and a "between A and B" made of them. In
 * another language a leading pair of names is hidden and its verb kept ("Tom Cruise y Ana
 * de Armas mantienen…" shows "mantienen…"). Whatever else is left is shown; if too little
 * is left, all of it is.
 */
export function shortClaim(text: string, names: readonly string[]): ClaimPart[] {
  const usable = names.filter((name) => name.trim().length > 1).map(escapeRegExp);
  if (usable.length === 0) return [{ text, hidden: false }];
  const name = `(?:${usable.join("|")})`;
  // "and" in the languages the interface speaks (Arabic's و joins the next word).
  const and = `(?:,\\s*|\\s+(?:and|y|e|ed|et|und)\\s+|\\s*&\\s*|\\s+و\\s*)`;
  const group = `${name}(?:${and}${name})*`;
  const subject = new RegExp(`^${group}\\s+(?:are|is|were|was|have|has)\\s+`, "i");
  const pair = `${name}(?:${and}${name})+`;
  // Elsewhere the verb cannot be told from the rest, so it stays: a word in lower case
  // (or in a script without case), where a capital would start another name.
  const pairSubject = new RegExp(`^${pair}\\s+(?=[\\p{Ll}\\p{Lo}])`, "u");
  const between = new RegExp(`\\s+(?:between|entre)\\s+${pair}(?!${and})(?=\\s|[.;:!?]|$)`, "i");

  const parts: ClaimPart[] = [];
  let rest = text;
  const lead = subject.exec(rest) ?? pairSubject.exec(rest);
  if (lead !== null) {
    parts.push({ text: lead[0], hidden: true });
    rest = rest.slice(lead[0].length);
  }
  const middle = between.exec(rest);
  if (middle !== null) {
    parts.push({ text: rest.slice(0, middle.index), hidden: false });
    parts.push({ text: middle[0], hidden: true });
    rest = rest.slice(middle.index + middle[0].length);
  }
  parts.push({ text: rest, hidden: false });
  const shown = parts
    .filter((p) => !p.hidden)
    .map((p) => p.text)
    .join("");
  // Names alone would be all there is to say (or almost): show the whole sentence.
  if (shown.replace(/[\s.]/g, "").length < 8) return [{ text, hidden: false }];
  return parts.filter((part) => part.text !== "");
}
