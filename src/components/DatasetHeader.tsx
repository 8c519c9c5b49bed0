import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Dataset } from "../data/model.ts";
import { splitDek } from "../timeline/dek.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import "./DatasetHeader.css";
import { writtenIn } from "../i18n/writtenIn.ts";

/**
 * Title, a one-line dek (the summary's first sentence; the rest behind "More", never lost)
 * and the meta line. Compact (embeds) shows no summary; the bounded story box puts the
 * meta line in its foot (`meta={false}`), where it costs no height.
 */
export function DatasetHeader({
  dataset,
  compact,
  meta = true,
}: {
  dataset: Dataset;
  compact: boolean;
  meta?: boolean;
}) {
  return (
    <header className="dataset-header">
      <h1 {...writtenIn(dataset.language)}>{dataset.title}</h1>
      {!compact && <Dek summary={dataset.summary} language={dataset.language} />}
      {meta && <DatasetMeta dataset={dataset} />}
    </header>
  );
}

/** "Updated 13 Nov 2025 · 29 events · 90 sources" */
export function DatasetMeta({ dataset }: { dataset: Dataset }) {
  const { t, count, dates } = useI18n();
  return (
    <p className="dataset-updated">
      {t("header.meta", {
        date: dates.long(dataset.updated),
        events: count("count.events", dataset.events.length),
        sources: count("count.sources", dataset.sources.length),
      })}
    </p>
  );
}

function Dek({ summary, language }: { summary: string; language: string }) {
  const { t } = useI18n();
  const { first, rest } = useMemo(() => splitDek(summary, language), [summary, language]);
  const [expanded, setExpanded] = useState(false);
  // A first sentence too long for one line is cut with an ellipsis: "More" shows it whole.
  const [cut, setCut] = useState(false);
  const textRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    const element = textRef.current;
    if (element === null || expanded) return;
    // Measured by the observer's first call, which comes after the page's next layout and
    // before its paint: measuring here forced a layout of the whole page in mid-render.
    const measure = () => setCut(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [expanded, first]);

  if (first === "") return null;
  return (
    <div className={expanded ? "dek dek-expanded" : "dek"}>
      <p id={id} className="dek-text" ref={textRef} {...writtenIn(language)}>
        {first}
        {expanded && rest !== "" && <> {rest}</>}
      </p>
      {(rest !== "" || cut || expanded) && (
        <button
          type="button"
          className="link-button dek-more"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t("header.less") : t("header.more")}
        </button>
      )}
    </div>
  );
}
