// The other dates some sources give for the selected event: a ring at each, linked to the
// mark by a dashed curve. Loaded when a reader first selects an event that has them: most
// readers never do, and the first load has no bytes to spare.
import type { LaidOutMark } from "../timeline/layoutTimeline.ts";
import { MARK_SIZE_PX } from "../timeline/layoutTimeline.ts";
import { clipExtent, type DrawnWindow } from "../timeline/clipExtent.ts";
import { markCentre, type MarkGeometry } from "../timeline/markGeometry.ts";
import { MARK_TOP_PX } from "./ClusterMark.tsx";

export default function AltDateGhosts({
  marks,
  drawn,
}: {
  /** The selected event's marks (one per lane it is drawn in). */
  marks: readonly LaidOutMark[];
  drawn: DrawnWindow;
}) {
  return marks.map((mark) =>
    mark.alts.map((alt, i) => (
      <AltDateGhost
        key={`${mark.laneKey}:${mark.event.id}:${i}`}
        main={mark.geometry}
        alt={alt}
        y={mark.y}
        drawn={drawn}
      />
    )),
  );
}

function AltDateGhost({
  main,
  alt,
  y,
  drawn,
}: {
  main: MarkGeometry;
  alt: MarkGeometry;
  y: number;
  drawn: DrawnWindow;
}) {
  // Both ends are kept inside the drawn window: a dashed curve is dashed along its whole
  // length, on screen or not.
  const inWindow = (x: number) => clipExtent(x, x, drawn.lo, drawn.hi).x0;
  const from = inWindow(markCentre(main));
  const to = inWindow(markCentre(alt));
  const cy = y + MARK_TOP_PX + MARK_SIZE_PX / 2;
  return (
    <g className="alt-ghost">
      <path
        d={`M${from} ${cy} C${from} ${cy - 12} ${to} ${cy - 12} ${to} ${cy}`}
        className="alt-link"
      />
      <circle cx={to} cy={cy} r={5} className="alt-dot" />
    </g>
  );
}
