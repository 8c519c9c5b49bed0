// Everything inside speaks `language` once its catalog has loaded; until then it keeps
// speaking what it spoke before, so a switch never flashes half-translated text.
import { useEffect, useState, type ReactNode } from "react";
import { I18nContext, useI18n } from "./I18nContext.ts";
import type { Language } from "./languages.ts";
import { loadedTranslator, loadTranslator } from "./loadTranslator.ts";
import type { Translator } from "./translator.ts";

export function LanguageScope({ language, children }: { language: Language; children: ReactNode }) {
  const outer = useI18n();
  const [last, setLast] = useState<Translator | undefined>(() => loadedTranslator(language));
  const translator = loadedTranslator(language) ?? last ?? outer;

  useEffect(() => {
    let live = true;
    loadTranslator(language).then(
      (loaded) => live && setLast(loaded),
      // A catalog that cannot be fetched leaves the page in the language it was in.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [language]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = translator.language;
    root.dir = translator.dir;
  }, [translator]);

  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}
