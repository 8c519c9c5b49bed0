import { chooseLanguage, type Language } from "../i18n/languages.ts";
import { useTimeline } from "./TimelineStoreContext.tsx";

/**
 * The interface's language for this timeline: the link's or the menu's choice, else the
 * reader's browser languages, else the dataset's own, else English.
 */
export function useInterfaceLanguage(): Language {
  const chosen = useTimeline((s) => s.language);
  const datasetLanguage = useTimeline((s) => s.dataset.language);
  return chooseLanguage({ param: chosen, reader: navigator.languages, dataset: datasetLanguage });
}
