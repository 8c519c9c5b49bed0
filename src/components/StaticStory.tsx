// The story as HTML the build writes into the page (scripts/prerender.ts): what a reader
// without JavaScript, a search engine or a link preview reads, and what every reader sees
// while the interactive timeline loads. Everything a reader needs to judge each event is
// here: its date with qualifiers, title, summary, quotes and who said them, its sources.
import type { Dataset } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { writtenIn } from "../i18n/writtenIn.ts";
import { DatasetMeta } from "./DatasetHeader.tsx";
import { EventCard } from "./EventCard.tsx";
import { StaticNote, type StaticLinks } from "./StaticPageParts.tsx";
import { UpdateNote } from "./UpdateNote.tsx";
import { KeptAsHtml } from "../prerender/KeptAsHtml.tsx";
import "./EventList.css";
import "./StaticPage.css";

export function StaticStory({ dataset, links }: { dataset: Dataset; links: StaticLinks }) {
  const { t, count } = useI18n();
  return (
    <main className="page static-page">
      <header className="dataset-header">
        <h1 {...writtenIn(dataset.language)}>{dataset.title}</h1>
        <p className="static-dek" {...writtenIn(dataset.language)}>
          {dataset.summary}
        </p>
        <DatasetMeta dataset={dataset} />
      </header>
      <StaticNote />
      {dataset.claims.length > 0 && (
        <section className="static-claims" aria-labelledby="static-claims-title">
          <h2 id="static-claims-title">{t("claims.title")}</h2>
          <ul>
            {dataset.claims.map((claim) => (
              <li key={claim.id}>
                <span className={`status-chip status-${claim.status}`}>
                  {t(`status.${claim.status}`)}
                </span>{" "}
                <span {...writtenIn(dataset.language)}>{claim.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="static-chronology-title">
        <h2 id="static-chronology-title">{t("list.title")}</h2>
        <KeptAsHtml>
          <ol className="event-list" aria-label={count("count.chronology", dataset.events.length)}>
            {dataset.events.map((event) => (
              <li key={event.id} id={`event-${event.id}`} data-story-event={event.id}>
                <EventCard event={event} dataset={dataset} />
                <UpdateNote dataset={dataset} event={event} />
                <p className="static-event-link">
                  <a href={links.eventPage(event.id)}>{t("event.pageLink")}</a>
                </p>
              </li>
            ))}
          </ol>
        </KeptAsHtml>
      </section>
      <footer className="static-foot">
        <a href={links.dataFile} type="application/json">
          {t("static.dataFile")}
        </a>
        {" · "}
        <a href={links.feed} type="application/atom+xml">
          {t("share.atomFeed")}
        </a>
      </footer>
    </main>
  );
}
