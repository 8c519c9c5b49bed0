// Languages named in themselves ("Español"), so that readers find theirs whatever the page
// speaks: the language menu's options and a dataset's other editions. Loaded with them,
// after the timeline.

/** A language named in itself, capitalised as a menu item; the tag if Intl cannot name it. */
export function nameInItself(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
