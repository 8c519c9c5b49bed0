// Long silences in the story, named under the axis: a bracket spans each gap between the
// events shown, with "2 months later" in its middle when the gap is wide enough to hold it.
// Loaded after the plot's first paint.
import { useMemo, type CSSProperties } from "react";
import type { TimelineEvent } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import type { Domain } from "../store/createTimelineStore.ts";
import { findGaps, gapLabel } from "../timeline/gaps.ts";
import { timeScale } from "../timeline/timeScale.ts";
import "./GapLabels.css";

/** Room around the text, in characters, so a label never touches the events it is between. */
const PADDING_CHARS = 4;

export default function GapLabels({
  events,
  domain,
  width,
  charPx,
}: {
  events: readonly TimelineEvent[];
  domain: Domain;
  width: number;
  charPx: number;
}) {
  const { t, locale } = useI18n();
  // The gaps and their words change with the events shown, not with every zoom frame.
  const gaps = useMemo(
    () =>
      findGaps(events).map((gap) => ({
        ...gap,
        label: gapLabel(gap, locale, (span) => t("gap.later", { span })),
      })),
    [events, locale, t],
  );
  const x = timeScale(domain, [0, width]);
  const shown = gaps.flatMap((gap) => {
    const left = Math.max(0, x(gap.from));
    const right = Math.min(width, x(gap.to));
    if (right - left < (gap.label.length + PADDING_CHARS) * charPx) return [];
    return [{ key: gap.beforeId, left, width: right - left, label: gap.label }];
  });
  if (shown.length === 0) return null;
  return (
    <div className="timeline-gaps">
      {shown.map((gap) => (
        <span
          key={gap.key}
          className="timeline-gap"
          style={{ left: gap.left, width: gap.width } as CSSProperties}
        >
          <span className="timeline-gap-label">{gap.label}</span>
        </span>
      ))}
    </div>
  );
}
