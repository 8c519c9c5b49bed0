import type { Translator } from "./translator.ts";

/**
 * The browser tab's title for a dataset, or for one of its events when that event is open:
 * "<event> · <dataset> · Rumor Timeline". The prerendered pages are titled the same way, so
 * an event's page keeps its title when the timeline takes over.
 */
export function documentTitle(
  t: Translator["t"],
  datasetTitle: string,
  eventTitle: string | null = null,
): string {
  const title = eventTitle === null ? datasetTitle : `${eventTitle} · ${datasetTitle}`;
  return t("page.documentTitle", { title });
}
