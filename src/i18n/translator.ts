// Everything a component needs to write interface text in one language: catalog texts,
// counts with the language's plural rules, numbers and dates.
import { createDateFormat, type DateFormat } from "../timeline/formatDate.ts";
import type { CountKey, Messages, Params, PluralForms, TextKey } from "./catalog.ts";
import { fill } from "./fill.ts";
import { FORMAT_LOCALE, isRightToLeft, type Language } from "./languages.ts";

export interface Translator {
  readonly language: Language;
  /** The locale Intl writes dates and numbers in ("en-001" for English: "13 Feb 2025"). */
  readonly locale: string;
  readonly dir: "ltr" | "rtl";
  /** A catalog text, its `{name}` placeholders filled. */
  t(key: TextKey, params?: Params): string;
  /** A count in the language's plural form, `{count}` written by Intl: "1,234 events". */
  count(key: CountKey, n: number, params?: Params): string;
  /** A number as the language writes it. */
  number(n: number): string;
  readonly dates: DateFormat;
}

export function createTranslator(language: Language, messages: Messages): Translator {
  const locale = FORMAT_LOCALE[language];
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const number = (n: number) => numbers.format(n);
  const t = (key: TextKey, params?: Params) => {
    const text = textOf(messages, key);
    return params === undefined ? text : fill(text, params);
  };
  return {
    language,
    locale,
    dir: isRightToLeft(language) ? "rtl" : "ltr",
    t,
    number,
    count(key, n, params) {
      const forms = (messages[key] as PluralForms | undefined) ?? { other: missing(key) };
      // Arabic says "zero"/"two" in words where it can; a language without the form uses other.
      const template = forms[plurals.select(n)] ?? forms.other;
      return fill(template, { ...params, count: number(n) });
    },
    dates: createDateFormat(locale, {
      approximate: t("date.approximate"),
      uncertain: t("date.uncertain"),
      onOrBefore: t("date.onOrBefore"),
      by: t("date.by"),
      fromOn: t("date.fromOn"),
      from: t("date.from"),
      someReports: t("date.someReports"),
    }),
  };
}

/**
 * A text, or its key said aloud: English's later half is typed as present before it has
 * loaded (withText.ts), so a part that forgot to load it shows the key and says so in the
 * console (which every browser test fails on) rather than breaking the page.
 */
function textOf(messages: Messages, key: TextKey): string {
  return (messages[key] as string | undefined) ?? missing(key);
}

function missing(key: string): string {
  console.error(`Interface text "${key}" has not loaded`);
  return key;
}
