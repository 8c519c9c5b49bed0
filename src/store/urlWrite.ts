// Writing the view state back into a query string, with urlState.ts's codecs. Not part of
// the first load: the page's address is first rewritten when the reader changes the view
// (useUrlSync.ts), and the share and embed links load with their dialogs.
import { URL_PARAMS } from "./urlParams.ts";
import type { Filters } from "../timeline/filters.ts";
import type { Language } from "../i18n/languages.ts";
import {
  paramValues,
  type LaneParam,
  type Theme,
  type UrlState,
  type ViewMode,
} from "./urlState.ts";

const OWNED = new Set<string>(URL_PARAMS);

/** The shareable part of a timeline's state (a store's, or anything shaped like one). */
export function urlStateOf(view: {
  detailOpen: boolean;
  selectedId: string | null;
  theme: Theme;
  language: Language | null;
  view: ViewMode | null;
  lanes: LaneParam;
  filters: Filters;
}): UrlState {
  return {
    event: view.detailOpen ? view.selectedId : null,
    theme: view.theme,
    language: view.language,
    view: view.view,
    lanes: view.lanes,
    filters: view.filters,
  };
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
 * not ours (`data`, Pym's `childId`, …) keep their place and exact spelling; ours follow in
 * URL_PARAMS order, defaults omitted, lists as repeated parameters in the state's order.
 */
export function writeUrlState(current: string, state: UrlState): string {
  const segments = (current.startsWith("?") ? current.slice(1) : current)
    .split("&")
    .filter((segment) => segment !== "" && !OWNED.has(keyOf(segment)));

  for (const param of URL_PARAMS) {
    for (const value of new Set(paramValues(param, state))) {
      segments.push(`${param}=${encode(value)}`);
    }
  }

  return segments.length === 0 ? "" : `?${segments.join("&")}`;
}
