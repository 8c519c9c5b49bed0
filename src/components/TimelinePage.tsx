import { useEffect, useRef } from "react";
import type { Dataset } from "../data/model.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import { EventList } from "./EventList.tsx";

interface TimelinePageProps {
  dataset: Dataset;
  /** Host of a dataset loaded from another site, so nobody mistakes it for ours. */
  foreignHost: string | null;
}

export function TimelinePage({ dataset, foreignHost }: TimelinePageProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  // Effects run after the DOM is committed: the flag means "first render complete".
  useEffect(() => rootRef.current?.setAttribute("data-timeline-ready", ""), []);

  return (
    <div className="timeline-root" lang={dataset.language} ref={rootRef}>
      <header className="dataset-header">
        {foreignHost !== null && (
          <p className="foreign-note">
            Dataset from <strong>{foreignHost}</strong>, not published by Rumor Timeline.
          </p>
        )}
        <h1>{dataset.title}</h1>
        <p className="dataset-summary">{dataset.summary}</p>
        <p className="dataset-updated">
          Last updated {formatEdtf(dataset.updated)} · {dataset.events.length} events ·{" "}
          {dataset.sources.length} sources
        </p>
      </header>
      <section aria-labelledby="chronology-title">
        <h2 id="chronology-title">Chronology</h2>
        <EventList dataset={dataset} events={dataset.events} />
      </section>
    </div>
  );
}
