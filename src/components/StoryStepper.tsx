import type { StoryStep } from "../store/useStoryStep.ts";

import { countOf } from "../timeline/plural.ts";
import "./StoryStepper.css";

/** Previous / Next and where the reader is: "3 of 29". */
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
  const { position, total } = story;
  return (
    <div
      className={className === undefined ? "stepper" : `stepper ${className}`}
      role="group"
      aria-label="Read in order"
    >
      <button
        type="button"
        className="stepper-button"
        aria-label="Previous event"
        disabled={!story.canStep(-1)}
        onClick={() => story.step(-1)}
      >
        <span aria-hidden="true">‹</span> <span className="stepper-word">Previous</span>
      </button>
      <p
        className="stepper-position"
        aria-live={live ? "polite" : undefined}
        aria-atomic={live ? true : undefined}
      >
        {position === null
          ? countOf(total, "event", "events")
          : `${position} of ${total.toLocaleString("en")}`}
      </p>
      <button
        type="button"
        className="stepper-button"
        aria-label="Next event"
        disabled={!story.canStep(1)}
        onClick={() => story.step(1)}
      >
        <span className="stepper-word">Next</span> <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
