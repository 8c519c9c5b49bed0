import type { StoryStep } from "../store/useStoryStep.ts";

const EVENTS = new Intl.PluralRules("en");

function countEvents(n: number): string {
  return `${n.toLocaleString("en")} ${EVENTS.select(n) === "one" ? "event" : "events"}`;
}

/** Previous / Next and where the reader is: "3 of 29". */
export function StoryStepper({ story, className }: { story: StoryStep; className?: string }) {
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
      <p className="stepper-position" aria-live="polite" aria-atomic="true">
        {position === null ? countEvents(total) : `${position} of ${total.toLocaleString("en")}`}
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
