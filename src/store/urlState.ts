// The shareable view state, kept in the page's query string: selected event, theme, view,
// lanes and filters. Parsing never throws: anything invalid is dropped with a warning the
// reader can see. Parameters that are not ours (`data`, Pym's `childId`, …) are kept as
// they were written.
import { ATTRIBUTIONS, EVENT_KINDS, STANCES, type Dataset } from "../data/model.ts";
import { EMPTY_FILTERS, type Filters } from "../timeline/filters.ts";

export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

export const VIEW_MODES = ["timeline", "list"] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** How lanes are split, encoded `lanes=kind`, `lanes=person` or `lanes=stance:<claim id>`. */
export type LaneParam = { by: "kind" } | { by: "person" } | { by: "stance"; claim: string };

export interface UrlState {
  event: string | null;
  theme: Theme;
  /** `null` lets the layout choose. */
  view: ViewMode | null;
  lanes: LaneParam;
  filters: Filters;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  event: null,
  theme: "auto",
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

/** The parameters this module owns, in the order they are written. */
export const URL_PARAMS = [
  "event",
  "view",
  "theme",
  "lanes",
  "claim",
  "kind",
  "person",
  "stance",
  "attribution",
  "outlet",
  "q",
] as const;
type Param = (typeof URL_PARAMS)[number];
const OWNED = new Set<string>(URL_PARAMS);

/** Longer values are never ids, outlet names or sensible queries (dataset limits are 80/200). */
export const MAX_VALUE_LENGTH = 200;
/** Per parameter; further problems are summed up in one line. */
const MAX_WARNINGS_PER_PARAM = 5;

class Warnings {
  readonly list: string[] = [];
  private readonly counts = new Map<string, number>();

  add(param: string, message: string): void {
    const count = (this.counts.get(param) ?? 0) + 1;
    this.counts.set(param, count);
    if (count <= MAX_WARNINGS_PER_PARAM) this.list.push(message);
  }

  finish(): string[] {
    for (const [param, count] of this.counts) {
      if (count > MAX_WARNINGS_PER_PARAM) {
        const more = count - MAX_WARNINGS_PER_PARAM;
        this.list.push(`Ignored ${more} more ${param} value${more === 1 ? "" : "s"}.`);
      }
    }
    return this.list;
  }
}

/** A value as shown in a warning: quoted, escaped, and clipped. */
function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
}

function orList(values: readonly string[]): string {
  return values.length < 2
    ? values.join("")
    : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function parseUrlState(
  search: string,
  known: KnownValues,
): { state: UrlState; warnings: string[] } {
  const warnings = new Warnings();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }

  /** Trimmed, non-empty, not too long values of a parameter (comma lists split if asked). */
  const values = (param: Param, commas: boolean): string[] => {
    const out: string[] = [];
    for (const raw of params.getAll(param)) {
      for (const item of commas ? raw.split(",") : [raw]) {
        const value = item.trim();
        if (value === "") continue;
        if (value.length > MAX_VALUE_LENGTH) {
          warnings.add(
            param,
            `Ignored ${param} ${show(value)}: longer than ${MAX_VALUE_LENGTH} characters.`,
          );
          continue;
        }
        out.push(value);
      }
    }
    return out;
  };

  /** One value: the first, with a warning for any others. */
  const single = (param: Param): string | null => {
    const all = values(param, false);
    for (const extra of all.slice(1)) {
      warnings.add(param, `Ignored repeated ${param} ${show(extra)}: only the first one is used.`);
    }
    return all[0] ?? null;
  };

  /** Valid values of a list parameter, de-duplicated, in order. */
  const list = <T extends string>(
    param: Param,
    commas: boolean,
    check: (value: string) => string | null,
  ): T[] => {
    const out: T[] = [];
    for (const value of values(param, commas)) {
      const problem = check(value);
      if (problem !== null) warnings.add(param, `Ignored ${param} ${show(value)}: ${problem}`);
      else if (!out.includes(value as T)) out.push(value as T);
    }
    return out;
  };

  const vocabulary =
    (values: readonly string[], extra?: (value: string) => string | null) =>
    (value: string): string | null =>
      values.includes(value) ? (extra?.(value) ?? null) : `use ${orList(values)}.`;

  const state: UrlState = {
    event: null,
    theme: "auto",
    view: null,
    lanes: { by: "kind" },
    filters: { ...EMPTY_FILTERS },
  };

  const event = single("event");
  if (event !== null) {
    if (known.events.has(event)) state.event = event;
    else warnings.add("event", `Ignored event ${show(event)}: no event has that id.`);
  }

  const view = single("view");
  if (view !== null) {
    if (isOneOf(VIEW_MODES, view)) state.view = view;
    else warnings.add("view", `Ignored view ${show(view)}: use ${orList(VIEW_MODES)}.`);
  }

  const theme = single("theme");
  if (theme !== null) {
    if (isOneOf(THEMES, theme)) state.theme = theme;
    else warnings.add("theme", `Ignored theme ${show(theme)}: use ${orList(THEMES)}.`);
  }

  const lanes = single("lanes");
  if (lanes !== null) {
    const claim = lanes.startsWith("stance:") ? lanes.slice("stance:".length) : null;
    if (lanes === "kind" || lanes === "person") state.lanes = { by: lanes };
    else if (claim !== null && known.claims.has(claim)) state.lanes = { by: "stance", claim };
    else if (claim !== null && claim !== "") {
      warnings.add("lanes", `Ignored lanes ${show(lanes)}: no claim has the id ${show(claim)}.`);
    } else {
      warnings.add("lanes", `Ignored lanes ${show(lanes)}: use kind, person or stance:<claim id>.`);
    }
  }

  const claim = single("claim");
  if (claim !== null) {
    if (known.claims.has(claim)) state.filters.claim = claim;
    else warnings.add("claim", `Ignored claim ${show(claim)}: no claim has that id.`);
  }

  state.filters.kinds = list(
    "kind",
    true,
    vocabulary(EVENT_KINDS, (kind) =>
      known.kinds === undefined || known.kinds.has(kind)
        ? null
        : "no event in this timeline has that kind.",
    ),
  );
  state.filters.people = list("person", false, (id) =>
    known.people.has(id) ? null : "no person has that id.",
  );
  state.filters.stances = list("stance", true, vocabulary(STANCES));
  state.filters.attributions = list("attribution", true, vocabulary(ATTRIBUTIONS));
  state.filters.outlets = list("outlet", false, (name) =>
    known.outlets.has(name) ? null : "no source is from that outlet.",
  );

  // The query is free text: kept as typed (not trimmed), only its length is checked.
  const queries = params.getAll("q").filter((q) => q !== "");
  const query = queries[0];
  if (query !== undefined) {
    if (query.length > MAX_VALUE_LENGTH) {
      warnings.add("q", `Ignored q ${show(query)}: longer than ${MAX_VALUE_LENGTH} characters.`);
    } else {
      state.filters.query = query;
    }
    for (const extra of queries.slice(1)) {
      warnings.add("q", `Ignored repeated q ${show(extra)}: only the first one is used.`);
    }
  }

  return { state, warnings: warnings.finish() };
}

/** Percent-encodes a value, leaving the readable and safe `:`, `,`, `/` and `@` as they are. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%(?:3A|2C|2F|40)/g, (escape) =>
    decodeURIComponent(escape),
  );
}

function keyOf(segment: string): string {
  try {
    return new URLSearchParams(segment).keys().next().value ?? "";
  } catch {
    return segment;
  }
}

/**
 * The new query string (with its `?`, or "" when empty) for `state`. Parameters that are
 * not ours keep their place and exact spelling; ours follow in URL_PARAMS order, defaults
 * omitted, lists as repeated parameters in the state's order.
 */
export function writeUrlState(current: string, state: UrlState): string {
  const segments = (current.startsWith("?") ? current.slice(1) : current)
    .split("&")
    .filter((segment) => segment !== "" && !OWNED.has(keyOf(segment)));

  const add = (param: Param, value: string) => segments.push(`${param}=${encode(value)}`);
  const addAll = (param: Param, values: readonly string[]) => {
    for (const value of new Set(values)) add(param, value);
  };
  const { filters, lanes } = state;

  if (state.event !== null) add("event", state.event);
  if (state.view !== null) add("view", state.view);
  if (state.theme !== "auto") add("theme", state.theme);
  if (lanes.by === "stance") add("lanes", `stance:${lanes.claim}`);
  else if (lanes.by !== "kind") add("lanes", lanes.by);
  if (filters.claim !== null) add("claim", filters.claim);
  addAll("kind", filters.kinds);
  addAll("person", filters.people);
  addAll("stance", filters.stances);
  addAll("attribution", filters.attributions);
  addAll("outlet", filters.outlets);
  if (filters.query !== "") add("q", filters.query);

  return segments.length === 0 ? "" : `?${segments.join("&")}`;
}
