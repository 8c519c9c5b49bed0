// A group of events with no room to be drawn apart at this zoom ("5 · Helicopter ride").
// It opens as a list of its events, so every one can be reached from the plot, also
// where zooming in would never pull them apart (the same day, overlapping spans, the
// finest zoom); "Zoom in" is offered where it can.
import { Suspense, useId, useRef } from "react";
import { lazyPart } from "./lazyPart.ts";
import type { TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { clipExtent, type DrawnWindow } from "../timeline/clipExtent.ts";
import { MARK_SIZE_PX, type LaidOutCluster } from "../timeline/layoutTimeline.ts";
import type { NewsKind } from "../timeline/newsOf.ts";
import { withText } from "../i18n/withText.ts";
import "./TimelineMarks.css";

// The opened list loads on the first open: most readers never open a group.
const ClusterList = lazyPart(withText(() => import("./ClusterList.tsx")));

/** A mark sits at the top of its row, level with its label's date line. */
export const MARK_TOP_PX = 3;

export interface ClusterMarkProps {
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
  /** Holds an event new (or else one updated) since the reader's last visit. */
  fresh: NewsKind | null;
}

export function ClusterMark(props: ClusterMarkProps) {
  const { cluster, drawn, first, titleOf, holdsSelected, holdsStop, open, onOpen, fresh } = props;
  // The translator's number formatter is made once per language (toLocaleString builds a
  // new one at each call, ~0.3 ms).
  const tr = useI18n();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // Cut to the drawn window: a dashed outline costs raster time along all of its length.
  const { x0, x1 } = clipExtent(cluster.x0, cluster.x1, drawn.lo, drawn.hi);
  const count = tr.number(cluster.members.length);
  const width = Math.max(MARK_SIZE_PX + 8, x1 - x0);
  const left = (x0 + x1) / 2 - width / 2;
  // Named by its first event, so the reader knows what is in it before opening it.
  const named = first !== undefined && width >= 96;
  const firstTitle = first === undefined ? "" : titleOf(first);
  const classes = [
    "cluster",
    holdsSelected ? "cluster-selected" : "",
    open ? "cluster-open" : "",
    // The dot a new or updated mark carries (SinceLastVisit.css), on the group that hides it.
    fresh === null ? "" : `mark-${fresh}`,
  ];
  const groupName = named
    ? tr.count("count.clusterNamed", cluster.members.length - 1, {
        total: count,
        title: firstTitle,
      })
    : tr.count("count.cluster", cluster.members.length);
  return (
    <li className="mark-item">
      <button
        ref={buttonRef}
        type="button"
        className={classes.join(" ")}
        style={{ left, top: cluster.y + MARK_TOP_PX, width }}
        tabIndex={holdsStop ? 0 : -1}
        data-stop={holdsStop ? "" : undefined}
        aria-label={fresh === null ? groupName : `${groupName} ${tr.t(`news.cluster.${fresh}`)}`}
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
        <Suspense>
          <ClusterList
            id={listId}
            style={{ left, top: cluster.y + MARK_TOP_PX + MARK_SIZE_PX + 4 }}
            {...props}
            returnFocus={buttonRef}
          />
        </Suspense>
      )}
    </li>
  );
}
