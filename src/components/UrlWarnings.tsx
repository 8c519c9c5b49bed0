import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { urlWarningText } from "../store/urlWarningText.ts";
import "./UrlWarnings.css";

/** Bad URL parameters are reported, not silently ignored, and never stop the timeline. */
export default function UrlWarnings() {
  const tr = useI18n();
  const { t } = tr;
  const warnings = useTimeline((s) => s.warnings);
  const dismiss = useTimeline((s) => s.dismissWarnings);
  if (warnings.length === 0) return null;
  return (
    <div className="url-warnings" role="status">
      <p>{t("urlWarnings.title")}</p>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>{urlWarningText(warning, tr)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t("urlWarnings.dismiss")}
      </button>
    </div>
  );
}
