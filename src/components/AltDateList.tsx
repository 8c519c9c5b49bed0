import type { Dataset, TimelineEvent } from "../data/model.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import { SourceList } from "./SourceLink.tsx";
import "./AltDateList.css";

/**
 * Every version of a disputed date, each with its sources: the date shown first (with what
 * `shown` says about it), then the others with their notes.
 */
export function AltDateList({
  event,
  dataset,
  shown,
}: {
  event: TimelineEvent;
  dataset: Pick<Dataset, "sourcesById">;
  shown: string;
}) {
  return (
    <ul className="alt-date-list">
      <li>
        <strong>{formatEdtf(event.date)}</strong>
        {shown}
      </li>
      {event.altDates.map((alt, i) => (
        <li key={i}>
          <strong>{formatEdtf(alt.date)}</strong>
          {alt.note !== undefined && <> ({alt.note})</>}, per
          <SourceList ids={alt.sources} sourcesById={dataset.sourcesById} />
        </li>
      ))}
    </ul>
  );
}
