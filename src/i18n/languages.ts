// The interface's languages and how one is chosen for a reader. Dependency-free: the
// entry scripts read it before anything else loads.

/** English first: it ships in the first load; the others load when chosen. */
export const LANGUAGES = ["en", "es", "pt-BR", "fr", "de", "it", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The locale dates and numbers are written in. English is the international variety
 * ("13 Feb 2025", day first), the way the product has always written dates.
 */
export const FORMAT_LOCALE: Record<Language, string> = {
  en: "en-001",
  es: "es",
  "pt-BR": "pt-BR",
  fr: "fr",
  de: "de",
  it: "it",
  ar: "ar",
};

export function isRightToLeft(language: Language): boolean {
  return language === "ar";
}

/**
 * The language we have for a BCP 47 tag, or null: an exact match first ("pt-BR"), then by
 * its primary subtag ("es-MX" → "es", "pt-PT" → "pt-BR", the Portuguese we have).
 */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (tag === null || tag === undefined) return null;
  const wanted = tag.trim().toLowerCase().replace(/_/g, "-");
  if (wanted === "") return null;
  const exact = LANGUAGES.find((language) => language.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const primary = wanted.split("-")[0];
  return LANGUAGES.find((language) => language.toLowerCase().split("-")[0] === primary) ?? null;
}

export interface LanguageSources {
  /** `?lang=` (or an embed's `data-lang`). */
  param: string | null;
  /** The reader's `navigator.languages`, most wanted first. */
  reader: readonly string[];
  /** The dataset's `language`, once it is known. */
  dataset?: string | null;
}

/**
 * The interface's language: the link's choice, else the first of the reader's languages
 * we have, else the dataset's own, else English.
 */
export function chooseLanguage({ param, reader, dataset }: LanguageSources): Language {
  const chosen = matchLanguage(param);
  if (chosen !== null) return chosen;
  for (const tag of reader) {
    const match = matchLanguage(tag);
    if (match !== null) return match;
  }
  return matchLanguage(dataset) ?? "en";
}
