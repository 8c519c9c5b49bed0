import { Fragment, useMemo, type CSSProperties } from "react";
import type { Domain } from "../store/createTimelineStore.ts";
import { visibleAxisLabels, type LabelWidth } from "../timeline/axisLabels.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { timeTicks } from "../timeline/ticks.ts";
import { timeScale } from "../timeline/timeScale.ts";
import "./TimelineAxis.css";

/**
 * Tick labels under the lanes; they adapt from decades down to hours as you zoom. Each
 * label is centred on its tick but slides to stay inside the plot, so the first and last
 * are never cut ("eb 2025"); the tick line itself stays where the date is. A label slid
 * onto its neighbour is left out (`labelPx`: a label's width as drawn). The
 * period the plot starts in is named at its edge, with no tick line (ticks.ts).
 */
export default function TimelineAxis({
  domain,
  width,
  labelPx,
}: {
  domain: Domain;
  width: number;
  labelPx: LabelWidth;
}) {
  const { calendar } = useI18n().dates;
  const ticks = useMemo(
    () => timeTicks(domain, width, calendar, labelPx),
    [domain, width, calendar, labelPx],
  );
  const x = timeScale(domain, [0, width]);
  const shown = visibleAxisLabels(
    ticks.map((tick) => ({ x: x(tick.value), label: tick.label, major: tick.major })),
    width,
    labelPx,
  );
  return (
    <div className="timeline-axis" aria-hidden="true">
      {ticks.map((tick, i) => {
        const at = x(tick.value);
        const style = {
          left: at,
          "--room-left": `${Math.max(0, at)}px`,
          "--room-right": `${Math.max(0, width - at)}px`,
        } as CSSProperties;
        return (
          <Fragment key={tick.value}>
            {tick.edge !== true && <span className="tick-line" style={{ left: at }} />}
            {shown[i] === true && (
              <span className={tick.major ? "tick tick-major" : "tick"} style={style}>
                {tick.label}
              </span>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
