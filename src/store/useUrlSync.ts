import { useEffect } from "react";
import { useTimelineStoreApi } from "./TimelineStoreContext.tsx";
import { urlStateOf, writeUrlState } from "./urlState.ts";

/** Keeps the address bar in step with the view, so any view can be shared as a link. */
export function useUrlSync(): void {
  const store = useTimelineStoreApi();
  useEffect(() => {
    let last = window.location.search;
    return store.subscribe((state) => {
      const next = writeUrlState(window.location.search, urlStateOf(state));
      if (next === last) return;
      last = next;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
    });
  }, [store]);
}
