import { useMemo } from "react";
import type { Domain } from "../store/createTimelineStore.ts";
import { timeTicks } from "../timeline/ticks.ts";
import { timeScale } from "../timeline/timeScale.ts";

/** Tick labels under the lanes; they adapt from decades down to hours as you zoom. */
export function TimelineAxis({ domain, width }: { domain: Domain; width: number }) {
  const ticks = useMemo(() => timeTicks(domain, width), [domain, width]);
  const x = timeScale(domain, [0, width]);
  return (
    <div className="timeline-axis" aria-hidden="true">
      {ticks.map((tick) => (
        <span
          key={tick.value}
          className={tick.major ? "tick tick-major" : "tick"}
          style={{ left: x(tick.value) }}
        >
          {tick.label}
        </span>
      ))}
    </div>
  );
}
