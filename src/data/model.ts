// The normalized model: what the rest of the app works with once a dataset has crossed
// the data boundary. Dates are numbers (UTC milliseconds) computed once, here, never again.
// Optional fields admit `undefined` because that is how zod types its output; at run time
// an absent field is simply absent.

export type Precision = "year" | "month" | "day" | "minute" | "second";

/** One side of a date as written: a calendar point with its precision and qualifiers. */
export interface EdtfPoint {
  /** First instant covered, UTC ms. */
  start: number;
  /** First instant after the covered range, UTC ms (exclusive): `2025-04` ends at 1 May. */
  end: number;
  precision: Precision;
  uncertain: boolean;
  approximate: boolean;
  /**
   * For a time, its offset as written, in minutes east of UTC (`-12:00` is -720): the time
   * is shown as the clock read where it happened. Absent for dates without a time.
   */
  offsetMinutes?: number;
}

/**
 * A parsed EDTF value. A single date has `from === to`. An open end (`..`) is `null` on
 * that side; `start`/`end` then cover only the known side, and `openStart`/`openEnd` say
 * which way it runs on.
 */
export interface EdtfDate {
  /** Exactly as written in the dataset. */
  text: string;
  interval: boolean;
  from: EdtfPoint | null;
  to: EdtfPoint | null;
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
  /** Finest precision of the known sides. */
  precision: Precision;
  uncertain: boolean;
  approximate: boolean;
}

export const EVENT_KINDS = [
  "sighting",
  "statement",
  "report",
  "denial",
  "confirmation",
  "project",
  "release",
  "appearance",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STANCES = ["supports", "disputes", "context"] as const;
export type Stance = (typeof STANCES)[number];

export const ATTRIBUTIONS = ["on-record", "anonymous", "photo", "reported"] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const CLAIM_STATUSES = ["unverified", "disputed", "confirmed", "false"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface Person {
  id: string;
  name: string;
  role?: string | undefined;
}

/** An archived copy of a source's page (the Wayback Machine's, for one). */
export interface Archived {
  /** An http(s) URL, checked as a source's own. */
  url: string;
  /** When the copy was made. */
  date: EdtfDate;
}

export interface Source {
  id: string;
  outlet: string;
  url?: string | undefined;
  title?: string | undefined;
  published?: EdtfDate | undefined;
  relays?: string | undefined;
  language?: string | undefined;
  archived?: Archived | undefined;
}

export interface ClaimHistoryEntry {
  date: EdtfDate;
  status: ClaimStatus;
  note?: string | undefined;
  sources: string[];
}

export interface Claim {
  id: string;
  text: string;
  status: ClaimStatus;
  /** Sorted by date. */
  history: ClaimHistoryEntry[];
}

export interface AltDate {
  date: EdtfDate;
  sources: string[];
  note?: string | undefined;
}

export interface Annotation {
  text: string;
  quote?: string | undefined;
  speaker?: string | undefined;
  attribution: Attribution;
  sources: string[];
}

export interface EventClaim {
  claim: string;
  stance: Stance;
}

export interface TimelineEvent {
  id: string;
  /** Position in the dataset file, kept so messages and stable sorting can refer to it. */
  index: number;
  title: string;
  /** A title of at most 60 characters for labels; shortTitle() picks it or cuts the title. */
  short?: string | undefined;
  summary: string;
  date: EdtfDate;
  altDates: AltDate[];
  kind: EventKind;
  place?: string | undefined;
  people: string[];
  claims: EventClaim[];
  annotations: Annotation[];
  sources: string[];
  tags: string[];
  /** When the dataset gained the event (not when it happened): a day or a moment. */
  added?: EdtfDate | undefined;
  /** When the dataset last changed the event: a day or a moment, not before `added`. */
  updated?: EdtfDate | undefined;
}

/** A named span of the story, drawn as a background band (TimelineJS calls them eras). */
export interface Period {
  id: string;
  title: string;
  summary?: string | undefined;
  /** As written; never open at either end (a band needs both). */
  date: EdtfDate;
  /** First instant of the band, UTC ms: `date.start`. */
  start: number;
  /** First instant after the band, UTC ms (exclusive): `date.end`. */
  end: number;
  /** Sources about the period; empty when it cites none. */
  sources: string[];
}

/** Another edition of the dataset, in another language. */
export interface Translation {
  /** BCP 47; never the dataset's own language, never two for one language. */
  language: string;
  /** As written: an http(s) URL, or a path to a .json file relative to the dataset's URL. */
  url: string;
}

export interface Correction {
  date: EdtfDate;
  text: string;
  /** The id of the event it corrects, when it corrects one. */
  event?: string | undefined;
}

export interface Dataset {
  version: 1;
  id: string;
  title: string;
  summary: string;
  updated: EdtfDate;
  language: string;
  /** The other editions; empty when the dataset names none. */
  translations: Translation[];
  people: Person[];
  claims: Claim[];
  sources: Source[];
  /** Sorted by start, then by end, then by position in the file; empty when none. */
  periods: Period[];
  /** Sorted by start, then by position in the file. */
  events: TimelineEvent[];
  corrections: Correction[];
  peopleById: ReadonlyMap<string, Person>;
  sourcesById: ReadonlyMap<string, Source>;
  claimsById: ReadonlyMap<string, Claim>;
}

/** One thing wrong with a dataset, at a JSON path such as `events[3].sources[1]`. */
export interface Problem {
  path: string;
  message: string;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };
