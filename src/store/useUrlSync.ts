import { useEffect } from "react";
import { useTimelineStoreApi } from "./TimelineStoreContext.tsx";
import { pageFromPath } from "../data/sitePaths.ts";

type UrlWriter = typeof import("./urlWrite.ts");

/**
 * Keeps the address bar in step with the view, so any view can be shared as a link. The
 * writer loads on the first change, out of the first load; the address then takes the
 * view as it is by the time it has loaded.
 */
export function useUrlSync(): void {
  const store = useTimelineStoreApi();
  useEffect(() => {
    let last = window.location.search;
    let live = true;
    let writer: Promise<UrlWriter> | null = null;
    const write = ({ urlStateOf, writeUrlState }: UrlWriter) => {
      if (!live) return;
      const state = urlStateOf(store.getState());
      const next = withoutImpliedEvent(writeUrlState(window.location.search, state));
      if (next === last) return;
      last = next;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
    };
    const unsubscribe = store.subscribe(() => {
      writer ??= import("./urlWrite.ts");
      // A failed download (offline) is tried again on the next change.
      writer.then(write, () => (writer = null));
    });
    return () => {
      live = false;
      unsubscribe();
    };
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
