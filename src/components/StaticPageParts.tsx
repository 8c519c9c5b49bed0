// What the prerendered pages (StaticStory.tsx, StaticEvent.tsx) share.
import { useI18n } from "../i18n/I18nContext.ts";

/** Where a prerendered page links to, as paths from the site's root (sitePaths.ts). */
export interface StaticLinks {
  story: string;
  eventPage(eventId: string): string;
  dataFile: string;
  feed: string;
}

/** Says, to readers without JavaScript only, why they read a list and not a timeline. */
export function StaticNote() {
  const { t } = useI18n();
  return (
    <noscript>
      <p className="static-note">{t("static.noscript")}</p>
    </noscript>
  );
}
