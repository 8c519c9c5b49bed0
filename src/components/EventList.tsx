import type { Dataset, TimelineEvent } from "../data/model.ts";
import { EventCard } from "./EventCard.tsx";

/** The chronology as a real ordered list: the accessible base every other view builds on. */
export function EventList({
  dataset,
  events,
}: {
  dataset: Dataset;
  events: readonly TimelineEvent[];
}) {
  return (
    <ol className="event-list" aria-label={`Chronology, ${events.length} events`}>
      {events.map((event) => (
        <li key={event.id} id={`event-${event.id}`}>
          <EventCard event={event} dataset={dataset} />
        </li>
      ))}
    </ol>
  );
}
