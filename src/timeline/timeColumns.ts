// What the layout reads of each event's date, copied once per event list into typed arrays:
// a layout at every zoom level then walks flat numbers instead of 100,000 event objects.
import type { TimelineEvent } from "../data/model.ts";
import { mayBePoint } from "./markGeometry.ts";

export interface TimeColumns {
  /** UTC ms, as in `EdtfDate`. */
  start: Float64Array;
  end: Float64Array;
  /** 1 where the date may be drawn as a point (see `mayBePoint`). */
  pointable: Uint8Array;
  openStart: Uint8Array;
  openEnd: Uint8Array;
}

const cache = new WeakMap<readonly TimelineEvent[], TimeColumns>();

/** The columns of an event list; the same list gives the same columns without copying again. */
export function timeColumns(events: readonly TimelineEvent[]): TimeColumns {
  const cached = cache.get(events);
  if (cached !== undefined) return cached;
  const n = events.length;
  const columns: TimeColumns = {
    start: new Float64Array(n),
    end: new Float64Array(n),
    pointable: new Uint8Array(n),
    openStart: new Uint8Array(n),
    openEnd: new Uint8Array(n),
  };
  events.forEach(({ date }, i) => {
    columns.start[i] = date.start;
    columns.end[i] = date.end;
    columns.pointable[i] = mayBePoint(date) ? 1 : 0;
    columns.openStart[i] = date.openStart ? 1 : 0;
    columns.openEnd[i] = date.openEnd ? 1 : 0;
  });
  cache.set(events, columns);
  return columns;
}
