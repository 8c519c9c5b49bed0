// What the URL-state tests share: the ids and outlet names a timeline knows (outlets chosen
// to need escaping: &, +, %, #, ?, =, commas, accents, CJK), and short ways to parse a query
// against them and to write a state that differs from the defaults only where it says.
import { EMPTY_FILTERS } from "../timeline/filters.ts";
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  type KnownValues,
  type UrlState,
} from "../store/urlState.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { urlWarningText } from "../store/urlWarningText.ts";

export const SEED = 20250213;

export const OUTLETS = [
  "People",
  "Page Six",
  "A&B Daily",
  "C+D",
  "50% News",
  "Zoë Times",
  "L'Équipe",
  "x=y",
  "Le Monde, Paris",
  "#1 News",
  "What?",
  "新闻",
];
export const PEOPLE = ["ana-de-armas", "tom-cruise", "ben"];
export const CLAIMS = ["romance", "split", "a1"];
export const EVENTS = ["soho-dinner", "helicopter", "e2"];

export const known: KnownValues = {
  people: new Set(PEOPLE),
  claims: new Set(CLAIMS),
  outlets: new Set(OUTLETS),
  events: new Set(EVENTS),
};

/** Parses, with the warnings worded as an English reader sees them. */
export function parse(search: string, knownValues: KnownValues = known) {
  const { state, warnings } = parseUrlState(search, knownValues);
  return { state, warnings: warnings.map((warning) => urlWarningText(warning, ENGLISH)) };
}

export function state(
  update: Partial<Omit<UrlState, "filters">> & { filters?: Partial<UrlState["filters"]> },
): UrlState {
  return {
    ...DEFAULT_URL_STATE,
    ...update,
    filters: { ...EMPTY_FILTERS, ...update.filters },
  };
}
