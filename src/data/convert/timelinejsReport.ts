// What a TimelineJS import reports: problems (content that format v1 does not get) with the
// event they belong to, notes (defaults applied), and presentation-only fields left behind,
// counted into one note each.

export interface TimelineJsProblem {
  /** Position in `events`, or null for the file as a whole (title, eras, …). */
  index: number | null;
  message: string;
}

/** Presentation only: left behind with a note rather than a problem. */
export const PRESENTATION = new Set([
  "background",
  "autolink",
  "media.thumbnail",
  "media.alt",
  "media.link_target",
  "start_date.format",
  "end_date.format",
]);

/** Reports about one part of the file: an event, an era. */
export interface Reporter {
  problem(message: string): void;
  /** A presentation-only key left behind, e.g. "start_date.format". */
  leftBehind(key: string): void;
  /** A note that the whole import gets once, however often it applies. */
  noteOnce(message: string): void;
}

export class Collector {
  readonly problems: TimelineJsProblem[] = [];
  readonly notes: string[] = [];
  private readonly presentation = new Map<string, number>();

  problem(index: number | null, message: string): void {
    this.problems.push({ index, message });
  }

  leftBehind(key: string): void {
    this.presentation.set(key, (this.presentation.get(key) ?? 0) + 1);
  }

  noteOnce(message: string): void {
    if (!this.notes.includes(message)) this.notes.push(message);
  }

  /**
   * A Reporter for events[index], or for a part of the file (index null) whose problems
   * start with `where` (`eras[2] "Filming"`) and whose keys left behind with `keyPrefix`.
   */
  at(index: number | null, where = "", keyPrefix = ""): Reporter {
    return {
      problem: (message) => this.problem(index, where === "" ? message : `${where}: ${message}`),
      leftBehind: (key) => this.leftBehind(`${keyPrefix}${key}`),
      noteOnce: (message) => this.noteOnce(message),
    };
  }

  /** One note per presentation-only key left behind, with how often. */
  presentationNotes(): string[] {
    return [...this.presentation].map(
      ([key, n]) => `${key} is presentation only and not carried (${n} time${n === 1 ? "" : "s"})`,
    );
  }
}
