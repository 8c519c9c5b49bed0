// Text that comes from a dataset or a source, not from the interface's catalogs, says which
// language it is in, for screen readers and hyphenation, and takes its direction from
// itself: an English title on an Arabic page keeps its full stop and its ellipsis at its
// own end, and so do the blocks nested inside it.

/** The attributes of an element holding text written in `language`. */
export function writtenIn(language: string): { lang: string; dir: "auto" } {
  return { lang: language, dir: "auto" };
}
