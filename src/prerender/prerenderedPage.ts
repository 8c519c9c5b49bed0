// Which prerendered page the HTML holds (scripts/prerender.ts writes it on #root), and
// whether the app is about to show that same dataset: only then can React take the HTML
// over; otherwise (a `?data=` of its own, a reader whose language has another edition) the
// app draws afresh, replacing the HTML at its first render.
import { firstLoadFor, type FirstLoad } from "../data/firstLoad.ts";
import { dataPath } from "../data/sitePaths.ts";
import { matchLanguage, type Language } from "../i18n/languages.ts";

export interface PrerenderedPage {
  /** The dataset's name in data/ (without ".json"). */
  name: string;
  /** The event whose page this is, or null for the whole story. */
  event: string | null;
  /** The interface language the page was written in. */
  language: Language;
}

/** The attributes on #root that say which page the HTML is. */
export function prerenderedAttributes(page: PrerenderedPage): Record<string, string> {
  return {
    "data-prerendered": page.name,
    "data-language": page.language,
    ...(page.event === null ? {} : { "data-event": page.event }),
  };
}

/** The page the HTML holds, when the app is loading its dataset; null otherwise. */
export function prerenderedPage(root: HTMLElement): PrerenderedPage | null {
  const name = root.dataset["prerendered"];
  const language = matchLanguage(root.dataset["language"]);
  if (name === undefined || language === null) return null;
  if (firstLoadOf(name) === null) return null;
  return { name, event: root.dataset["event"] ?? null, language };
}

/** The page's first dataset load (firstLoad.ts), when it is for the dataset named `name`. */
export function firstLoadOf(name: string): FirstLoad | null {
  return firstLoadFor(new URL(`/${dataPath(name)}`, window.location.href).href);
}
