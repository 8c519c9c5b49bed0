import type { LoadProgress } from "../data/fetchDataset.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import type { Translator } from "../i18n/translator.ts";

const ONE_DECIMAL = new Map<string, Intl.NumberFormat>();

/** "1.5 MB", with the language's decimal separator. */
function megabytes(bytes: number, tr: Translator): string {
  let format = ONE_DECIMAL.get(tr.locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(tr.locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    ONE_DECIMAL.set(tr.locale, format);
  }
  return tr.t("loading.megabytes", { size: format.format(bytes / 1024 / 1024) });
}

/** `percent`: of a download whose size is known. */
function describe(progress: LoadProgress | null, percent: number | null, tr: Translator): string {
  const { t, count, number } = tr;
  if (progress === null) return t("loading.timeline");
  if (progress.phase === "checking") {
    const { checked, total } = progress;
    return checked === undefined || total === undefined
      ? t("loading.checkingSize", { size: megabytes(progress.bytes, tr) })
      : count("count.checking", total, { checked: number(checked) });
  }
  const { loadedBytes, totalBytes } = progress;
  return totalBytes === null || percent === null
    ? t("loading.downloading", { size: megabytes(loadedBytes, tr) })
    : t("loading.downloadingPercent", {
        percent: number(percent),
        size: megabytes(totalBytes, tr),
      });
}

/** Shown while a dataset loads; it fades in only if the load takes a noticeable time. */
export function LoadingView({ progress }: { progress: LoadProgress | null }) {
  const tr = useI18n();
  const percent =
    progress?.phase === "downloading" && progress.totalBytes !== null
      ? Math.round((progress.loadedBytes / progress.totalBytes) * 100)
      : null;
  return (
    <div className="loading" role="status">
      <p>{describe(progress, percent, tr)}</p>
      {percent !== null && (
        <progress max={100} value={percent} aria-label={tr.t("loading.progressLabel")}>
          {tr.t("loading.percent", { percent: tr.number(percent) })}
        </progress>
      )}
    </div>
  );
}
