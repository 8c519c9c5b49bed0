import { useI18n } from "../i18n/I18nContext.ts";
import type { StoryStep } from "../store/useStoryStep.ts";

import "./StoryStepper.css";

/**
 * Previous / Next and where the reader is: "3 of 29". Each button carries its direction in
 * `data-step` ("-1", "1"), so that code can find it in any language.
 */
export function StoryStepper({
  story,
  className,
  live = true,
}: {
  story: StoryStep;
  className?: string;
  /** Announce the position as it changes; off for a second stepper showing the same. */
  live?: boolean;
}) {
  const { t, count, number } = useI18n();
  const { position, total } = story;
  return (
    <div
      className={className === undefined ? "stepper" : `stepper ${className}`}
      role="group"
      aria-label={t("stepper.label")}
    >
      <button
        type="button"
        className="stepper-button"
        aria-label={t("stepper.previous")}
        data-step="-1"
        disabled={!story.canStep(-1)}
        onClick={() => story.step(-1)}
      >
        <span aria-hidden="true">‹</span>{" "}
        <span className="stepper-word">{t("stepper.previousShort")}</span>
      </button>
      <p
        className="stepper-position"
        aria-live={live ? "polite" : undefined}
        aria-atomic={live ? true : undefined}
      >
        {position === null
          ? count("count.events", total)
          : t("stepper.position", { position: number(position), total: number(total) })}
      </p>
      <button
        type="button"
        className="stepper-button"
        aria-label={t("stepper.next")}
        data-step="1"
        disabled={!story.canStep(1)}
        onClick={() => story.step(1)}
      >
        <span className="stepper-word">{t("stepper.nextShort")}</span>{" "}
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
