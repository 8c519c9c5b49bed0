// The shareable view state, kept in the page's query string: selected event, theme, view,
// lanes and filters. Parsing never throws: anything invalid is dropped with a warning the
// reader can see, worded in their language when it is shown (urlWarningText.ts). Writing
// it back is urlWrite.ts's, which loads when a view is first written.
import { ATTRIBUTIONS, EVENT_KINDS, STANCES, type Dataset } from "../data/model.ts";
import { LANGUAGES, matchLanguage, type Language } from "../i18n/languages.ts";
import { EMPTY_FILTERS, type Filters } from "../timeline/filters.ts";
import { COMMA_LISTS, URL_PARAMS, type UrlParam } from "./urlParams.ts";

export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

export const VIEW_MODES = ["timeline", "list"] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** How lanes are split, encoded `lanes=kind`, `lanes=person` or `lanes=stance:<claim id>`. */
export type LaneParam = { by: "kind" } | { by: "person" } | { by: "stance"; claim: string };

export interface UrlState {
  event: string | null;
  theme: Theme;
  /** The interface's language as the link chose it; `null` lets the reader's browser choose. */
  language: Language | null;
  /** `null` lets the layout choose. */
  view: ViewMode | null;
  lanes: LaneParam;
  filters: Filters;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  event: null,
  theme: "auto",
  language: null,
  view: null,
  lanes: Object.freeze({ by: "kind" }),
  filters: EMPTY_FILTERS,
});

/** The ids and names a URL may refer to; anything else is dropped with a warning. */
/** Only `has` is asked of each set, so big ones can answer without being built. */
type Known = Pick<ReadonlySet<string>, "has">;

export interface KnownValues {
  /** Kinds that occur in the dataset; when absent, any kind of the vocabulary is accepted. */
  kinds?: Known;
  people: Known;
  claims: Known;
  /** Outlet names, including `relays` names. */
  outlets: Known;
  events: Known;
}

export function knownFromDataset(dataset: Dataset): KnownValues {
  const outlets = new Set<string>();
  for (const source of dataset.sources) {
    outlets.add(source.outlet);
    if (source.relays !== undefined) outlets.add(source.relays);
  }
  // Events can number 100,000 and a URL names one event and a few kinds at most: a scan per
  // question costs less than building sets of every id before the first paint.
  return {
    kinds: { has: (kind) => dataset.events.some((e) => e.kind === kind) },
    people: new Set(dataset.people.map((p) => p.id)),
    claims: new Set(dataset.claims.map((c) => c.id)),
    outlets,
    events: { has: (id) => dataset.events.some((e) => e.id === id) },
  };
}

export { URL_PARAMS };
type Param = UrlParam;

/** Longer values are never ids, outlet names or sensible queries (dataset limits are 80/200). */
export const MAX_VALUE_LENGTH = 200;
/** Per parameter; further problems are summed up in one line. */
const MAX_WARNINGS_PER_PARAM = 5;

/** Why a value was ignored; each reason is one interface text (`urlWarning.<reason>`). */
export type UrlProblem =
  | { reason: "tooLong" | "repeated" | "lanes" | "kindAbsent" }
  | { reason: "noEvent" | "noClaim" | "noPerson" | "noOutlet" }
  /** A value outside a fixed vocabulary, and the values that would do. */
  | { reason: "choices"; choices: readonly string[] }
  /** `lanes=stance:<claim>` naming no claim. */
  | { reason: "lanesClaim"; claim: string };

/**
 * A parameter value the page could not use, as data: the reader's language words it when
 * it is shown, which may be after the language (itself a parameter) has loaded.
 */
export type UrlWarning =
  | ({ param: string; value: string } & UrlProblem)
  /** The problems past the per-parameter cap, counted. */
  | { param: string; reason: "more"; count: number };

class Warnings {
  readonly list: UrlWarning[] = [];
  private readonly counts = new Map<string, number>();

  add(param: string, value: string, problem: UrlProblem): void {
    const count = (this.counts.get(param) ?? 0) + 1;
    this.counts.set(param, count);
    if (count <= MAX_WARNINGS_PER_PARAM) this.list.push({ param, value, ...problem });
  }

  finish(): UrlWarning[] {
    for (const [param, count] of this.counts) {
      if (count > MAX_WARNINGS_PER_PARAM) {
        this.list.push({ param, reason: "more", count: count - MAX_WARNINGS_PER_PARAM });
      }
    }
    return this.list;
  }
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** What a parameter's reader may ask while it reads (see parseUrlState). */
interface Reading {
  known: KnownValues;
  /** One value: the first, with a warning for any others. */
  single(param: Param): string | null;
  /** Valid values of a list parameter, de-duplicated, in order; the others warned about. */
  list<T extends string>(param: Param, check: (value: string) => UrlProblem | null): T[];
  /** Every non-empty value as written (free text is not trimmed). */
  raw(param: Param): string[];
  warn(param: Param, value: string, problem: UrlProblem): void;
}

/** How one parameter is read into the state and written back from it. */
interface Codec {
  read(state: UrlState, reading: Reading): void;
  /** Its values for `state`, in order; none when the state has the default. */
  write(state: UrlState): readonly string[];
}

const vocabulary =
  (choices: readonly string[], extra?: (value: string) => UrlProblem | null) =>
  (value: string): UrlProblem | null =>
    choices.includes(value) ? (extra?.(value) ?? null) : { reason: "choices", choices };

/** Each parameter once: reading and writing side by side, in URL_PARAMS order. */
const CODECS: { readonly [P in Param]: Codec } = {
  event: {
    read(state, { single, known, warn }) {
      const event = single("event");
      if (event === null) return;
      if (known.events.has(event)) state.event = event;
      else warn("event", event, { reason: "noEvent" });
    },
    write: (state) => (state.event === null ? [] : [state.event]),
  },
  view: {
    read(state, { single, warn }) {
      const view = single("view");
      if (view === null) return;
      if (isOneOf(VIEW_MODES, view)) state.view = view;
      else warn("view", view, { reason: "choices", choices: VIEW_MODES });
    },
    write: (state) => (state.view === null ? [] : [state.view]),
  },
  theme: {
    read(state, { single, warn }) {
      const theme = single("theme");
      if (theme === null) return;
      if (isOneOf(THEMES, theme)) state.theme = theme;
      else warn("theme", theme, { reason: "choices", choices: THEMES });
    },
    write: (state) => (state.theme === "auto" ? [] : [state.theme]),
  },
  lang: {
    read(state, { single, warn }) {
      const lang = single("lang");
      if (lang === null) return;
      // "es-MX" asks for the Spanish we have; the URL is then written with "es".
      const language = matchLanguage(lang);
      if (language !== null) state.language = language;
      else warn("lang", lang, { reason: "choices", choices: LANGUAGES });
    },
    write: (state) => (state.language === null ? [] : [state.language]),
  },
  lanes: {
    read(state, { single, known, warn }) {
      const lanes = single("lanes");
      if (lanes === null) return;
      const claim = lanes.startsWith("stance:") ? lanes.slice("stance:".length) : null;
      if (lanes === "kind" || lanes === "person") state.lanes = { by: lanes };
      else if (claim !== null && known.claims.has(claim)) state.lanes = { by: "stance", claim };
      else if (claim !== null && claim !== "")
        warn("lanes", lanes, { reason: "lanesClaim", claim });
      else warn("lanes", lanes, { reason: "lanes" });
    },
    write: ({ lanes }) =>
      lanes.by === "stance" ? [`stance:${lanes.claim}`] : lanes.by === "kind" ? [] : [lanes.by],
  },
  claim: {
    read(state, { single, known, warn }) {
      const claim = single("claim");
      if (claim === null) return;
      if (known.claims.has(claim)) state.filters.claim = claim;
      else warn("claim", claim, { reason: "noClaim" });
    },
    write: ({ filters }) => (filters.claim === null ? [] : [filters.claim]),
  },
  kind: {
    read(state, { list, known }) {
      state.filters.kinds = list(
        "kind",
        vocabulary(EVENT_KINDS, (kind) =>
          known.kinds === undefined || known.kinds.has(kind) ? null : { reason: "kindAbsent" },
        ),
      );
    },
    write: ({ filters }) => filters.kinds,
  },
  person: {
    read(state, { list, known }) {
      state.filters.people = list("person", (id) =>
        known.people.has(id) ? null : { reason: "noPerson" },
      );
    },
    write: ({ filters }) => filters.people,
  },
  stance: {
    read(state, { list }) {
      state.filters.stances = list("stance", vocabulary(STANCES));
    },
    write: ({ filters }) => filters.stances,
  },
  attribution: {
    read(state, { list }) {
      state.filters.attributions = list("attribution", vocabulary(ATTRIBUTIONS));
    },
    write: ({ filters }) => filters.attributions,
  },
  outlet: {
    read(state, { list, known }) {
      state.filters.outlets = list("outlet", (name) =>
        known.outlets.has(name) ? null : { reason: "noOutlet" },
      );
    },
    write: ({ filters }) => filters.outlets,
  },
  q: {
    // The query is free text: kept as typed (not trimmed), only its length is checked.
    read(state, { raw, warn }) {
      const [query, ...extras] = raw("q");
      if (query === undefined) return;
      if (query.length > MAX_VALUE_LENGTH) warn("q", query, { reason: "tooLong" });
      else state.filters.query = query;
      for (const extra of extras) warn("q", extra, { reason: "repeated" });
    },
    write: ({ filters }) => (filters.query === "" ? [] : [filters.query]),
  },
};

export function parseUrlState(
  search: string,
  known: KnownValues,
): { state: UrlState; warnings: UrlWarning[] } {
  const warnings = new Warnings();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }

  /** Trimmed, non-empty, not too long values of a parameter (comma lists split). */
  const values = (param: Param, commas: boolean): string[] => {
    const out: string[] = [];
    for (const raw of params.getAll(param)) {
      for (const item of commas ? raw.split(",") : [raw]) {
        const value = item.trim();
        if (value === "") continue;
        if (value.length > MAX_VALUE_LENGTH) {
          warnings.add(param, value, { reason: "tooLong" });
          continue;
        }
        out.push(value);
      }
    }
    return out;
  };

  const reading: Reading = {
    known,
    single(param) {
      const all = values(param, false);
      for (const extra of all.slice(1)) warnings.add(param, extra, { reason: "repeated" });
      return all[0] ?? null;
    },
    list<T extends string>(param: Param, check: (value: string) => UrlProblem | null): T[] {
      const out: T[] = [];
      for (const value of values(param, COMMA_LISTS.includes(param))) {
        const problem = check(value);
        if (problem !== null) warnings.add(param, value, problem);
        else if (!out.includes(value as T)) out.push(value as T);
      }
      return out;
    },
    raw: (param) => params.getAll(param).filter((value) => value !== ""),
    warn: (param, value, problem) => warnings.add(param, value, problem),
  };

  const state: UrlState = {
    event: null,
    theme: "auto",
    language: null,
    view: null,
    lanes: { by: "kind" },
    filters: { ...EMPTY_FILTERS },
  };
  for (const param of URL_PARAMS) CODECS[param].read(state, reading);
  return { state, warnings: warnings.finish() };
}

/** A parameter's values for `state`, in order; none when the state has the default. */
export function paramValues(param: Param, state: UrlState): readonly string[] {
  return CODECS[param].write(state);
}
