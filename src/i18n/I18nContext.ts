// The interface's language for everything below a provider. Without one (unit tests, the
// file preview) components write English.
import { createContext, useContext } from "react";
import type { Messages } from "./catalog.ts";
import { en } from "./catalogs/en.ts";
import { createTranslator, type Translator } from "./translator.ts";

/**
 * English as far as it has loaded: the first paint's texts now, the rest when a part that
 * needs them loads (withText.ts adds enLater.ts here before that part renders). Typed
 * whole because no text of enLater is asked for before then.
 */
export const englishMessages: Record<string, unknown> = { ...en };

export const ENGLISH: Translator = createTranslator("en", englishMessages as Messages);

export const I18nContext = createContext<Translator>(ENGLISH);

export function useI18n(): Translator {
  return useContext(I18nContext);
}
