// Groups time-sorted events by the UTC month they start in, for the vertical phone layout
// (sticky month headers) and its overview strip.
import { format } from "date-fns";
import type { TimelineEvent } from "../data/model.ts";

export interface MonthGroup {
  /** "2025-02" */
  key: string;
  /** "February 2025" */
  label: string;
  /** "Feb" (with the year when it changes: "Jan 2026") for the overview strip. */
  shortLabel: string;
  events: TimelineEvent[];
}

function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** date-fns formats in local time; noon on the 15th is the same month in every zone. */
function midMonth(key: string): Date {
  const [year = 0, month = 1] = key.split("-").map(Number);
  return new Date(year, month - 1, 15, 12);
}

export function groupByMonth(events: readonly TimelineEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  let previousYear = "";
  for (const event of events) {
    const key = monthKey(event.date.start);
    let group = groups.at(-1);
    if (group?.key !== key) {
      const date = midMonth(key);
      const year = key.slice(0, 4);
      group = {
        key,
        label: format(date, "MMMM uuuu"),
        shortLabel: year === previousYear ? format(date, "MMM") : format(date, "MMM uuuu"),
        events: [],
      };
      previousYear = year;
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}
