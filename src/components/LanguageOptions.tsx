// The interface's languages as a select's options, each named in itself so that a reader
// finds theirs whatever the page speaks: the language menu's and the share dialog's.
import { nameInItself } from "../i18n/languageNames.ts";
import { LANGUAGES } from "../i18n/languages.ts";

export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {nameInItself(code)}
        </option>
      ))}
    </>
  );
}
