// An opened group of events (ClusterMark): each event a button that opens its detail, and
// "Zoom in" where zooming can pull them apart. Keyboard: focus starts on the first event,
// Escape closes the list and gives focus back to the group.
import { useEffect, useRef, type RefObject } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import type { ClusterMarkProps } from "./ClusterMark.tsx";
import "./ClusterList.css";
import { writtenIn } from "../i18n/writtenIn.ts";
import { newsOf } from "../timeline/newsOf.ts";
import { NewsBadge } from "./NewsBadge.tsx";

/** Listed in the open group; beyond that, the reader zooms in or filters. */
const LISTED_MAX = 200;

interface ClusterListProps extends ClusterMarkProps {
  id: string;
  style: { left: number; top: number };
  returnFocus: RefObject<HTMLButtonElement | null>;
}

export default function ClusterList(props: ClusterListProps) {
  const { count, dates } = useI18n();
  const language = useTimeline((s) => s.dataset.language);
  const news = useTimeline((s) => s.news);
  const { id, style, cluster, onOpen, returnFocus, events, canZoom, onZoomInto, onActivate } =
    props;
  const listRef = useRef<HTMLDivElement>(null);
  const members = cluster.members;
  // In the story's order (members come left to right by drawn extent, which puts an
  // open-start "by 20 Feb" before 13 Feb); event indexes are in date order.
  const listed = [...members].sort((a, b) => a - b).slice(0, LISTED_MAX);
  const more = members.length - listed.length;

  useEffect(() => {
    listRef.current?.querySelector<HTMLButtonElement>("button")?.focus({ preventScroll: true });
    // A press anywhere else closes the list; one on its own button toggles it itself.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (listRef.current?.contains(target) || returnFocus.current?.contains(target)) return;
      onOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [onOpen, returnFocus]);

  const close = () => {
    onOpen(false);
    returnFocus.current?.focus({ preventScroll: true });
  };
  const zoomable = canZoom(members);
  return (
    <div
      id={id}
      ref={listRef}
      className="cluster-list"
      role="group"
      aria-label={count("count.cluster", members.length)}
      style={style}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        // The plot's own Escape (close the detail) is not meant here.
        event.stopPropagation();
        close();
      }}
    >
      <ul>
        {listed.map((index) => {
          const event = events[index];
          if (event === undefined) return null;
          return (
            <li key={event.id}>
              <button
                type="button"
                onClick={() => {
                  onOpen(false);
                  onActivate(event.id);
                }}
              >
                <span className="cluster-list-date">{dates.short(event.date)}</span>{" "}
                <span {...writtenIn(language)}>{event.title}</span>
                <NewsBadge kind={newsOf(news, event.id)} />
              </button>
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="cluster-list-more">{count("count.clusterMore", more)}</p>}
      {zoomable && (
        <button
          type="button"
          className="cluster-list-zoom"
          onClick={() => {
            onOpen(false);
            onZoomInto(cluster.x0, cluster.x1);
          }}
        >
          {count("count.clusterZoom", members.length)}
        </button>
      )}
    </div>
  );
}
