// embed.html's item at the end of the toolbar (through EmbedContext): a link that opens the
// full timeline at the embed's current view, and the bridge that tells the page around the
// frame which event is selected.
import { useEffect } from "react";
import type { Messenger } from "../embed/messenger.ts";
import { PYM_PARAMS } from "../embed/protocol.ts";
import type { TimelineState } from "../store/createTimelineStore.ts";
import { useTimeline, useTimelineStoreApi } from "../store/TimelineStoreContext.tsx";
import { writeUrlState, type UrlState } from "../store/urlState.ts";

/** The view's shareable state, as the full page writes it in its address. */
function urlStateOf(state: TimelineState): UrlState {
  return {
    event: state.detailOpen ? state.selectedId : null,
    theme: state.theme,
    view: state.view,
    lanes: state.lanes,
    filters: state.filters,
  };
}

/** The full page's URL for this embed's current view (Pym's parameters left out). */
export function fullTimelineUrl(state: TimelineState, location: Location): string {
  const params = new URLSearchParams(location.search);
  for (const name of PYM_PARAMS) params.delete(name);
  const base = params.toString();
  const search = writeUrlState(base === "" ? "" : `?${base}`, urlStateOf(state));
  return new URL(`./${search}`, location.href).href;
}

export function EmbedLink({ messenger }: { messenger: Pick<Messenger, "selected"> }) {
  const store = useTimelineStoreApi();
  // Re-renders on the parts of the state that the link carries (not on zoom or pan).
  useTimeline((s) => s.selectedId);
  useTimeline((s) => s.detailOpen);
  useTimeline((s) => s.theme);
  useTimeline((s) => s.view);
  useTimeline((s) => s.lanes);
  useTimeline((s) => s.filters);

  useEffect(() => {
    const initial = store.getState().selectedId;
    if (initial !== null) messenger.selected(initial);
    return store.subscribe((state, previous) => {
      if (state.selectedId !== previous.selectedId) messenger.selected(state.selectedId);
    });
  }, [store, messenger]);

  return (
    <a
      className="embed-link"
      href={fullTimelineUrl(store.getState(), window.location)}
      target="_blank"
      rel="noopener noreferrer"
    >
      Open the full timeline<span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
