// One event's own page, written by the build (scripts/prerender.ts) at /e/<event>/ or
// /t/<dataset>/<event>/: a link to one moment of the story shows that moment, with its own
// title, preview and sources, and the interactive timeline opens on it once scripts run.
import type { Dataset, TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { writtenIn } from "../i18n/writtenIn.ts";
import { EventCard } from "./EventCard.tsx";
import { StaticNote, type StaticLinks } from "./StaticPageParts.tsx";
import { UpdateNote } from "./UpdateNote.tsx";
import "./EventList.css";
import "./StaticPage.css";

export function StaticEvent({
  dataset,
  event,
  links,
}: {
  dataset: Dataset;
  event: TimelineEvent;
  links: StaticLinks;
}) {
  const { t } = useI18n();
  const at = dataset.events.indexOf(event);
  const previous = dataset.events[at - 1];
  const next = dataset.events[at + 1];
  const title = (text: string) => <span {...writtenIn(dataset.language)}>{text}</span>;
  return (
    <main className="page static-page static-event">
      <p className="static-crumbs">
        <a href={links.story}>{t("static.wholeStory", { title: dataset.title })}</a>
      </p>
      <StaticNote />
      <EventCard event={event} dataset={dataset} headingLevel={1} />
      <UpdateNote dataset={dataset} event={event} />
      <nav className="static-steps" aria-label={t("stepper.label")}>
        {previous !== undefined && (
          <a href={links.eventPage(previous.id)} rel="prev">
            <Template text={t("static.previous")} values={{ title: title(previous.title) }} />
          </a>
        )}
        {next !== undefined && (
          <a href={links.eventPage(next.id)} rel="next">
            <Template text={t("static.next")} values={{ title: title(next.title) }} />
          </a>
        )}
      </nav>
    </main>
  );
}
