// The interface's words in a dataset's own language, for what the build writes about it
// (social cards): status names, "Updated {date}", counts and dates as the page writes them.
// A language the interface does not have falls back to English.
import type { Messages } from "../../src/i18n/catalog.ts";
import ar from "../../src/i18n/catalogs/ar.ts";
import de from "../../src/i18n/catalogs/de.ts";
import { en } from "../../src/i18n/catalogs/en.ts";
import { enLater } from "../../src/i18n/catalogs/enLater.ts";
import es from "../../src/i18n/catalogs/es.ts";
import fr from "../../src/i18n/catalogs/fr.ts";
import it from "../../src/i18n/catalogs/it.ts";
import ptBR from "../../src/i18n/catalogs/pt-BR.ts";
import { matchLanguage, type Language } from "../../src/i18n/languages.ts";
import { createTranslator, type Translator } from "../../src/i18n/translator.ts";

const CATALOGS: Record<Language, Messages> = {
  en: { ...en, ...enLater },
  es,
  "pt-BR": ptBR,
  fr,
  de,
  it,
  ar,
};

const made = new Map<Language, Translator>();

/** The translator for a BCP 47 tag ("es-MX" reads Spanish), English when we have none. */
export function datasetTranslator(tag: string): Translator {
  const language = matchLanguage(tag) ?? "en";
  let translator = made.get(language);
  if (translator === undefined) {
    translator = createTranslator(language, CATALOGS[language]);
    made.set(language, translator);
  }
  return translator;
}
