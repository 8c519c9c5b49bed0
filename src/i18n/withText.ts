// A part of the page that loads later brings the English texts that only it shows
// (catalogs/enLater.ts), so the first load carries just the first paint's texts.
import { englishMessages } from "./I18nContext.ts";

let later: Promise<void> | null = null;

/** Loads the rest of the English catalog, once, into the English translator. */
export function loadEnglishLater(): Promise<void> {
  later ??= import("./catalogs/enLater.ts").then(
    ({ enLater }) => void Object.assign(englishMessages, enLater),
    (error: unknown) => {
      later = null;
      throw error;
    },
  );
  return later;
}

/** A lazy import that resolves once both the module and the texts it shows have loaded. */
export function withText<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadEnglishLater()]).then(([module]) => module);
}
