// A link parameter that could not be used, worded in the reader's language: the parser
// (urlState.ts) keeps warnings as data, since the language they are shown in may itself be
// one of the parameters it is reading.
import type { Translator } from "../i18n/translator.ts";
import { orList } from "../i18n/listFormat.ts";
import { MAX_VALUE_LENGTH, type UrlWarning } from "./urlState.ts";

/** Longer values are clipped in the message: it names the value, it does not repeat it. */
const SHOWN_LENGTH = 40;

/** A value as a warning shows it: quoted and escaped (a NUL or a newline stays visible), clipped. */
function shown(value: string): string {
  return JSON.stringify(
    value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 1)}…` : value,
  );
}

export function urlWarningText(warning: UrlWarning, { t, count, locale }: Translator): string {
  if (warning.reason === "more") {
    return count("count.urlWarningMore", warning.count, { param: warning.param });
  }
  const params = { param: warning.param, value: shown(warning.value) };
  switch (warning.reason) {
    case "tooLong":
      return t("urlWarning.tooLong", { ...params, max: MAX_VALUE_LENGTH });
    case "choices":
      return t("urlWarning.choices", { ...params, choices: orList(locale, warning.choices) });
    case "lanesClaim":
      return t("urlWarning.lanesClaim", { ...params, claim: shown(warning.claim) });
    default:
      return t(`urlWarning.${warning.reason}`, params);
  }
}
