// The page's address kept in step with the view (useUrlSync.ts loads this on the first
// change, out of the first load). The store changes on every frame of a zoom or a pan, none
// of which is in the address: only a change to the shareable state writes it again.
import { pageFromPath } from "../data/sitePaths.ts";
import type { UrlState } from "./urlState.ts";
import { urlStateOf, writeUrlState } from "./urlWrite.ts";

type View = Parameters<typeof urlStateOf>[0];

/** A writer of the address for one page's view, from the address it starts with. */
export function createAddressSync(): (view: View) => void {
  let last = window.location.search;
  let written: UrlState | null = null;
  return (view) => {
    const state = urlStateOf(view);
    if (written !== null && sameState(state, written)) return;
    written = state;
    const next = withoutImpliedEvent(writeUrlState(window.location.search, state));
    if (next === last) return;
    last = next;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", url);
  };
}

/** The store replaces what it changes, so an unchanged part is the same object. */
function sameState(a: UrlState, b: UrlState): boolean {
  return (Object.keys(a) as (keyof UrlState)[]).every((key) => a[key] === b[key]);
}

/** An event page (/e/<event>/) says its event in its path: "?event=" would only repeat it. */
function withoutImpliedEvent(search: string): string {
  const implied = pageFromPath(window.location.pathname).event;
  if (implied === null) return search;
  const params = new URLSearchParams(search);
  if (params.get("event") !== implied) return search;
  params.delete("event");
  const rest = params.toString();
  return rest === "" ? "" : `?${rest}`;
}
