// The dataset's periods (TimelineJS's eras): a faint wash over the lanes ("bands"), and a
// strip under the axis that names each one ("strip"), where no label or mark can cover the
// name. Loaded only for datasets that have periods. Decorative for screen readers: the
// legend lists the same periods in words (PeriodList).
import type { CSSProperties } from "react";
import type { Period } from "../data/model.ts";
import type { Domain } from "../store/createTimelineStore.ts";
import { timeScale } from "../timeline/timeScale.ts";
import "./PeriodBands.css";

export default function PeriodBands({
  periods,
  domain,
  width,
  variant,
}: {
  periods: readonly Period[];
  domain: Domain;
  width: number;
  variant: "bands" | "strip";
}) {
  const x = timeScale(domain, [0, width]);
  return (
    <div className={variant === "bands" ? "period-bands" : "period-strip"} aria-hidden="true">
      {periods.map((period, i) => {
        const left = Math.max(0, x(period.start));
        const right = Math.min(width, x(period.end));
        if (right <= left) return null;
        const style = { left, width: right - left } as CSSProperties;
        return (
          <div
            key={period.id}
            className={i % 2 === 0 ? "period-band" : "period-band period-band-alt"}
            style={style}
          >
            {variant === "strip" && <span className="period-band-title">{period.title}</span>}
          </div>
        );
      })}
    </div>
  );
}
