// Catalogs other than English load when a reader needs them: Vite makes each its own
// small chunk, so the first load carries English only.
import type { Messages } from "./catalog.ts";
import { ENGLISH } from "./I18nContext.ts";
import { isRightToLeft, type Language } from "./languages.ts";
import { createTranslator, type Translator } from "./translator.ts";

const CATALOGS = import.meta.glob<Messages>(
  ["./catalogs/*.ts", "!./catalogs/en.ts", "!./catalogs/enLater.ts", "!**/*.test.ts"],
  {
    import: "default",
  },
);

const ready = new Map<Language, Translator>([["en", ENGLISH]]);
const pending = new Map<Language, Promise<Translator>>();

/** The translator for a language whose catalog has loaded; undefined until then. */
export function loadedTranslator(language: Language): Translator | undefined {
  return ready.get(language);
}

/** Loads a language's catalog once; a failed load may be tried again. */
export function loadTranslator(language: Language): Promise<Translator> {
  const done = ready.get(language);
  if (done !== undefined) return Promise.resolve(done);
  let loading = pending.get(language);
  if (loading === undefined) {
    const load = CATALOGS[`./catalogs/${language}.ts`];
    if (load === undefined) return Promise.reject(new Error(`No catalog for ${language}`));
    // A right-to-left language brings the mirrored timeline's styles with its texts, so its
    // first paint already runs right to left and left-to-right pages never load them.
    const styles = isRightToLeft(language)
      ? import("../components/rightToLeft.css")
      : Promise.resolve();
    loading = Promise.all([load(), styles]).then(([messages]) => {
      const translator = createTranslator(language, messages);
      ready.set(language, translator);
      return translator;
    });
    pending.set(language, loading);
    loading.then(
      () => pending.delete(language),
      () => pending.delete(language),
    );
  }
  return loading;
}
