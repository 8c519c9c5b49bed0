// The dataset's periods in words, with their dates: in the legend beside the bands, and at
// the head of the list view. Loaded only for datasets that have periods.
import { useId } from "react";
import type { Period } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import "./PeriodList.css";
import { writtenIn } from "../i18n/writtenIn.ts";

export default function PeriodList({
  periods,
  lang,
}: {
  periods: readonly Period[];
  lang: string;
}) {
  const { t, dates } = useI18n();
  const headingId = useId();
  return (
    <section className="period-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("periods.heading")}</h3>
      <ul>
        {periods.map((period) => (
          <li key={period.id}>
            <strong {...writtenIn(lang)}>{period.title}</strong>{" "}
            <time dateTime={period.date.text}>{dates.long(period.date)}</time>
            {period.summary !== undefined && (
              <>
                {" "}
                <span {...writtenIn(lang)}>{period.summary}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
