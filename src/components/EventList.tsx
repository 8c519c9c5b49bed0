import { Suspense } from "react";
import { lazyPart } from "./lazyPart.ts";
import type { Dataset, TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { EventCard } from "./EventCard.tsx";
import "./EventList.css";
import { withText } from "../i18n/withText.ts";
import { newsOf } from "../timeline/newsOf.ts";
import type { SinceLastVisit } from "../timeline/sinceLastVisit.ts";

const PeriodList = lazyPart(withText(() => import("./PeriodList.tsx")));

interface EventListProps {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  /** The event selected elsewhere (timeline, link): marked, and scrolled to if asked. */
  selectedId?: string | null;
  /** False in embeds: scrolling the frame's content would scroll the article around it. */
  scrollToSelected?: boolean;
  /** What is new since the reader's last visit, marked on its entries. */
  news?: SinceLastVisit | null;
}

/** The chronology as a real ordered list: the accessible base every other view builds on. */
export function EventList({
  dataset,
  events,
  selectedId = null,
  scrollToSelected = true,
  news = null,
}: EventListProps) {
  const { count } = useI18n();
  const list = (
    <ol className="event-list" aria-label={count("count.chronology", events.length)}>
      {events.map((event) => (
        <li
          key={event.id}
          id={`event-${event.id}`}
          aria-current={event.id === selectedId ? "true" : undefined}
          ref={scrollToSelected && event.id === selectedId ? scrollIntoView : undefined}
        >
          <EventCard event={event} dataset={dataset} fresh={newsOf(news, event.id)} />
        </li>
      ))}
    </ol>
  );
  if (dataset.periods.length === 0) return list;
  return (
    <>
      <Suspense>
        <PeriodList periods={dataset.periods} lang={dataset.language} />
      </Suspense>
      {list}
    </>
  );
}

// A stable callback: React calls it only when the selected item mounts or changes.
function scrollIntoView(element: HTMLLIElement | null): void {
  element?.scrollIntoView({ block: "nearest" });
}

// Lazily loaded by the page as its default export.
export default EventList;
