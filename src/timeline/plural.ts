// Counts written for readers: "1 event", "29 events", never "1 events".

const RULES = new Intl.PluralRules("en");

/** "1 event", "1,234 events": the number in English digits and the noun it agrees with. */
export function countOf(n: number, one: string, other: string): string {
  return `${n.toLocaleString("en")} ${RULES.select(n) === "one" ? one : other}`;
}

/** The noun alone, agreeing with `n`: "of 1 event", "of 29 events". */
export function nounFor(n: number, one: string, other: string): string {
  return RULES.select(n) === "one" ? one : other;
}
