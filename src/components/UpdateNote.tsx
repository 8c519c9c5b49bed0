// "Updated 4 Jul 2025: Budget figure revised…": what an event's card and detail panel say of
// its last update, with the correction that explains it (changeLog.ts's lastUpdate).
import type { Dataset, TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { writtenIn } from "../i18n/writtenIn.ts";
import { lastUpdate } from "../timeline/changeLog.ts";
import "./AnnotationView.css";

export function UpdateNote({ dataset, event }: { dataset: Dataset; event: TimelineEvent }) {
  const { t, dates } = useI18n();
  const update = lastUpdate(dataset, event);
  if (update === null) return null;
  const date = <time dateTime={update.date.text}>{dates.long(update.date)}</time>;
  return (
    <p className="update-note">
      {update.text === undefined ? (
        <Template text={t("event.updated")} values={{ date }} />
      ) : (
        <Template
          text={t("event.updatedNote")}
          values={{ date, text: <span {...writtenIn(dataset.language)}>{update.text}</span> }}
        />
      )}
    </p>
  );
}
