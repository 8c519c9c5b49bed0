import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Dataset } from "../data/model.ts";
import { splitDek } from "../timeline/dek.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import { countOf } from "../timeline/plural.ts";
import "./DatasetHeader.css";

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
      <h1>{dataset.title}</h1>
      {!compact && <Dek summary={dataset.summary} language={dataset.language} />}
      {meta && <DatasetMeta dataset={dataset} />}
    </header>
  );
}

/** "Updated 13 Nov 2025 · 29 events · 90 sources" */
export function DatasetMeta({ dataset }: { dataset: Dataset }) {
  return (
    <p className="dataset-updated">
      Updated {formatEdtf(dataset.updated)} · {countOf(dataset.events.length, "event", "events")} ·{" "}
      {countOf(dataset.sources.length, "source", "sources")}
    </p>
  );
}

function Dek({ summary, language }: { summary: string; language: string }) {
  const { first, rest } = useMemo(() => splitDek(summary, language), [summary, language]);
  const [expanded, setExpanded] = useState(false);
  // A first sentence too long for one line is cut with an ellipsis: "More" shows it whole.
  const [cut, setCut] = useState(false);
  const textRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    const element = textRef.current;
    if (element === null || expanded) return;
    const measure = () => setCut(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [expanded, first]);

  if (first === "") return null;
  return (
    <div className={expanded ? "dek dek-expanded" : "dek"}>
      <p id={id} className="dek-text" ref={textRef}>
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
          {expanded ? "Less" : "More"}
        </button>
      )}
    </div>
  );
}
