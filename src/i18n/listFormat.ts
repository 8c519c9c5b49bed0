// Names in a row, as the language lists them: "Ana de Armas, Tom Cruise" in English.
// Intl's "unit" lists join with the language's own comma and no "and" where it has none.

const formats = new Map<string, Intl.ListFormat>();

export function unitList(locale: string, items: readonly string[]): string {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: "unit", style: "short" });
    formats.set(locale, format);
  }
  return format.format(items);
}
