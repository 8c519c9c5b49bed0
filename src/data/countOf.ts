// Counts in the English messages of the authoring tools and the dataset checks (the
// interface writes its counts through the catalog: src/i18n). "1 event", never "1 events".

const RULES = new Intl.PluralRules("en");

/** "1 event", "1,234 events": the number in English digits and the noun it agrees with. */
export function countOf(n: number, one: string, other: string): string {
  return `${n.toLocaleString("en")} ${RULES.select(n) === "one" ? one : other}`;
}
