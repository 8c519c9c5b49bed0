// Which events match every term of a query: a scan of each event's folded text, with the
// last answer kept so that filtering and counting share one scan per keystroke.
import { at } from "./at.ts";

/**
 * The matches of the last query over one index's haystacks. Mutable on purpose and only
 * through `matches`: a search index is otherwise fixed once built.
 */
export class QueryMatches {
  private terms: readonly string[] = [];
  private last: Uint8Array | null = null;

  constructor(private readonly haystacks: readonly string[]) {}

  /**
   * 1 for each event whose text holds every term, null when there are no terms. When the
   * new query only narrows the previous one (each old term is part of a new term, as when
   * typing on), only the previous matches are scanned again.
   */
  matches(terms: readonly string[]): Uint8Array | null {
    if (terms.length === 0) return null;
    const last = this.last;
    if (last !== null && sameTerms(this.terms, terms)) return last;
    const narrows =
      last !== null && this.terms.every((old) => terms.some((term) => term.includes(old)));
    const previous = narrows ? last : null;
    const { haystacks } = this;
    const matches = new Uint8Array(haystacks.length);
    for (let i = 0; i < haystacks.length; i++) {
      if (previous !== null && previous[i] === 0) continue;
      const haystack = at(haystacks, i);
      let ok = 1;
      for (const term of terms) {
        if (!haystack.includes(term)) {
          ok = 0;
          break;
        }
      }
      matches[i] = ok;
    }
    this.terms = terms;
    this.last = matches;
    return matches;
  }
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}
