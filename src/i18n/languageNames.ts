// Only the language menu names the languages, and it loads after the timeline.
import type { Language } from "./languages.ts";

/** Each language named in itself, for the language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  fr: "Français",
  de: "Deutsch",
  it: "Italiano",
  ar: "العربية",
};
