// embed.html's item at the end of the toolbar (through EmbedContext): a link that opens the
// full timeline at the embed's current view, and the bridge that tells the page around the
// frame which event is selected.
import { useEffect } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Messenger } from "../embed/messenger.ts";
import { PYM_PARAMS } from "../embed/protocol.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline, useTimelineStoreApi } from "../store/TimelineStoreContext.tsx";
import type { UrlState } from "../store/urlState.ts";
import { urlStateOf, writeUrlState } from "../store/urlWrite.ts";

/** The full page's URL for this embed's current view (Pym's parameters left out). */
export function fullTimelineUrl(view: UrlState, location: Location): string {
  const params = new URLSearchParams(location.search);
  for (const name of PYM_PARAMS) params.delete(name);
  const base = params.toString();
  const search = writeUrlState(base === "" ? "" : `?${base}`, view);
  return new URL(`./${search}`, location.href).href;
}

export function EmbedLink({ messenger }: { messenger: Pick<Messenger, "selected"> }) {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  // Only what the link carries (not zoom or pan), compared field by field.
  const view = useTimeline(useShallow(urlStateOf));

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
      href={fullTimelineUrl(view, window.location)}
      target="_blank"
      rel="noopener noreferrer"
    >
      {t("embed.openFull")}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {t("sources.newTab")}</span>
    </a>
  );
}
