// The interface's language, for readers whose browser did not ask for the one they read.
// Each language is named in itself, so a reader finds theirs whatever the page speaks. The
// page's foot shows it, loaded after the timeline (TimelinePage).
import type { ChangeEvent } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { matchLanguage } from "../i18n/languages.ts";
import { LanguageOptions } from "./LanguageOptions.tsx";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { useInterfaceLanguage } from "../store/useInterfaceLanguage.ts";

export function LanguageMenu() {
  const { t } = useI18n();
  const language = useInterfaceLanguage();
  const setLanguage = useTimeline((s) => s.setLanguage);
  return (
    <label className="control">
      <span>{t("page.language")}</span>
      <select
        value={language}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => setLanguage(matchLanguage(e.target.value))}
      >
        <LanguageOptions />
      </select>
    </label>
  );
}
