// A group of events with no room to be drawn apart at this zoom ("5 · Helicopter ride").
// It opens as a list of its events, so every one can be reached from the plot, also
// where zooming in would never pull them apart (the same day, overlapping spans, the
// finest zoom); "Zoom in" is offered where it can.
import { useEffect, useId, useRef, type RefObject } from "react";
import type { TimelineEvent } from "../data/model.ts";
import { clipExtent, type DrawnWindow } from "../timeline/clipExtent.ts";
import { formatEdtfShort } from "../timeline/formatDate.ts";
import { MARK_SIZE_PX, type LaidOutCluster } from "../timeline/layoutTimeline.ts";

/** A mark sits at the top of its row, level with its label's date line. */
export const MARK_TOP_PX = 3;
/** Listed in the open group; beyond that, the reader zooms in or filters. */
const LISTED_MAX = 200;

/** One formatter for every badge: toLocaleString builds a new one at each call (~0.3 ms). */
const COUNT = new Intl.NumberFormat("en");

interface ClusterMarkProps {
  cluster: LaidOutCluster;
  /** The selected event is inside (it is drawn pinned over the group). */
  holdsSelected: boolean;
  /** The keyboard's place is an event inside: the group is the tab stop. */
  holdsStop: boolean;
  drawn: DrawnWindow;
  first: TimelineEvent | undefined;
  titleOf: (event: TimelineEvent) => string;
  open: boolean;
  onOpen: (open: boolean) => void;
  /** The layout's events: a group lists its members by index. */
  events: readonly TimelineEvent[];
  /** Whether zooming in can still pull these members apart. */
  canZoom: (members: readonly number[]) => boolean;
  onZoomInto: (x0: number, x1: number) => void;
  onActivate: (id: string) => void;
}

export function ClusterMark(props: ClusterMarkProps) {
  const { cluster, drawn, first, titleOf, holdsSelected, holdsStop, open, onOpen } = props;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // Cut to the drawn window: a dashed outline costs raster time along all of its length.
  const { x0, x1 } = clipExtent(cluster.x0, cluster.x1, drawn.lo, drawn.hi);
  const count = COUNT.format(cluster.members.length);
  const width = Math.max(MARK_SIZE_PX + 8, x1 - x0);
  const left = (x0 + x1) / 2 - width / 2;
  // Named by its first event, so the reader knows what is in it before opening it.
  const named = first !== undefined && width >= 96;
  const firstTitle = first === undefined ? "" : titleOf(first);
  const classes = ["cluster", holdsSelected ? "cluster-selected" : "", open ? "cluster-open" : ""];
  return (
    <li className="mark-item">
      <button
        ref={buttonRef}
        type="button"
        className={classes.join(" ")}
        style={{ left, top: cluster.y + MARK_TOP_PX, width }}
        tabIndex={holdsStop ? 0 : -1}
        data-stop={holdsStop ? "" : undefined}
        aria-label={
          named
            ? `${count} · ${firstTitle} and ${COUNT.format(cluster.members.length - 1)} others close together`
            : `${count} events close together`
        }
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-current={holdsSelected ? "true" : undefined}
        onClick={() => onOpen(!open)}
      >
        {named ? (
          <span className="cluster-label">
            <span className="cluster-count">{count}</span> · {firstTitle}
          </span>
        ) : (
          count
        )}
      </button>
      {open && (
        <ClusterList
          id={listId}
          style={{ left, top: cluster.y + MARK_TOP_PX + MARK_SIZE_PX + 4 }}
          {...props}
          returnFocus={buttonRef}
        />
      )}
    </li>
  );
}

interface ClusterListProps extends ClusterMarkProps {
  id: string;
  style: { left: number; top: number };
  returnFocus: RefObject<HTMLButtonElement | null>;
}

/** The open group: its events, each a button that opens it, and "Zoom in" where it helps. */
function ClusterList(props: ClusterListProps) {
  const { id, style, cluster, onOpen, returnFocus, events, canZoom, onZoomInto, onActivate } =
    props;
  const listRef = useRef<HTMLDivElement>(null);
  const members = cluster.members;
  const listed = members.slice(0, LISTED_MAX);
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
      aria-label={`${COUNT.format(members.length)} events close together`}
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
                <span className="cluster-list-date">{formatEdtfShort(event.date)}</span>{" "}
                {event.title}
              </button>
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <p className="cluster-list-more">
          And {COUNT.format(more)} more: zoom in or filter to see them.
        </p>
      )}
      {zoomable && (
        <button
          type="button"
          className="cluster-list-zoom"
          onClick={() => {
            onOpen(false);
            onZoomInto(cluster.x0, cluster.x1);
          }}
        >
          Zoom in on these {COUNT.format(members.length)}
        </button>
      )}
    </div>
  );
}
