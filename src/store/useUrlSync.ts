import { useEffect } from "react";
import { useTimelineStoreApi } from "./TimelineStoreContext.tsx";
import { pageFromPath } from "../data/sitePaths.ts";
import { urlStateOf, writeUrlState } from "./urlState.ts";

/** Keeps the address bar in step with the view, so any view can be shared as a link. */
export function useUrlSync(): void {
  const store = useTimelineStoreApi();
  useEffect(() => {
    let last = window.location.search;
    return store.subscribe((state) => {
      const next = withoutImpliedEvent(writeUrlState(window.location.search, urlStateOf(state)));
      if (next === last) return;
      last = next;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
    });
  }, [store]);
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
