// The names of the view's query parameters, in the order they are written, with how a
// snippet may carry them. Dependency-free on purpose: embed.js (on other people's pages)
// forwards a placeholder's `data-<name>` attributes by this list without carrying the
// parsing, which lives with each parameter's reader and writer in urlState.ts.

/** How the view is shown: what is open, and how it looks. */
const VIEW_PARAMS = ["event", "view", "theme", "lang", "lanes"] as const;

/** The filters that check facets: a link with any of them names them in a line. */
const FACET_PARAMS = ["claim", "kind", "person", "stance", "attribution", "outlet"] as const;

/** What narrows the events shown (a link with any of them loads the filters first). */
export const FILTER_PARAMS = [...FACET_PARAMS, "q"] as const;

/** Whether a link checks facets (a search alone is said by the search field). */
export function checksFacets(params: URLSearchParams): boolean {
  return FACET_PARAMS.some((name) => params.has(name));
}

export const URL_PARAMS = [...VIEW_PARAMS, ...FILTER_PARAMS] as const;

export type UrlParam = (typeof URL_PARAMS)[number];

/**
 * Lists whose values never contain a comma (vocabulary words), so several of them can be
 * written as one comma-separated value: `kind=sighting,denial`, `data-kind="sighting,denial"`.
 */
export const COMMA_LISTS: readonly UrlParam[] = ["kind", "stance", "attribution"];

/** The snippet attribute that carries a parameter: `data-event`, `data-kind`, `data-q` … */
export function dataAttribute(param: UrlParam): string {
  return `data-${param}`;
}
