// The interface's language for everything below a provider. Without one (unit tests, the
// file preview) components write English.
import { createContext, useContext } from "react";
import { en } from "./catalogs/en.ts";
import { createTranslator, type Translator } from "./translator.ts";

export const ENGLISH: Translator = createTranslator("en", en);

export const I18nContext = createContext<Translator>(ENGLISH);

export function useI18n(): Translator {
  return useContext(I18nContext);
}
