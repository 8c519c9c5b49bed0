import type { Dataset, TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { SourceList } from "./SourceLink.tsx";
import "./AltDateList.css";

/** Where the list is: it says which date the timeline shows, and where its sources are. */
export type ShownKey = "altDates.shownDetail" | "altDates.shownList" | "altDates.shownCard";

/**
 * Every version of a disputed date, each with its sources: the date shown first (with what
 * the `shown` text says about it), then the others with their notes.
 */
export function AltDateList({
  event,
  dataset,
  shown,
}: {
  event: TimelineEvent;
  dataset: Pick<Dataset, "sourcesById">;
  shown: ShownKey;
}) {
  const { t, dates } = useI18n();
  return (
    <ul className="alt-date-list">
      <li>
        <Template text={t(shown)} values={{ date: <strong>{dates.long(event.date)}</strong> }} />
      </li>
      {event.altDates.map((alt, i) => (
        <li key={i}>
          <Template
            text={alt.note === undefined ? t("altDates.per") : t("altDates.perNote")}
            values={{
              date: <strong>{dates.long(alt.date)}</strong>,
              note: alt.note,
              sources: <SourceList ids={alt.sources} sourcesById={dataset.sourcesById} />,
            }}
          />
        </li>
      ))}
    </ul>
  );
}
