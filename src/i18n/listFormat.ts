// Lists as the language writes them. "unit" lists are names in a row ("Ana de Armas, Tom
// Cruise" in English): the language's own comma and no "and" where it has none.
// "disjunction" lists are alternatives: "light, dark or auto"; "conjunction" lists add up:
// "3 new events and 1 correction".

const formats = new Map<string, Intl.ListFormat>();

function listIn(locale: string, type: Intl.ListFormatType, items: readonly string[]): string {
  const key = `${type} ${locale}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type, style: type === "unit" ? "short" : "long" });
    formats.set(key, format);
  }
  return format.format(items);
}

export function unitList(locale: string, items: readonly string[]): string {
  return listIn(locale, "unit", items);
}

export function orList(locale: string, items: readonly string[]): string {
  return listIn(locale, "disjunction", items);
}

export function andList(locale: string, items: readonly string[]): string {
  return listIn(locale, "conjunction", items);
}
