// The build's side of prerendering (scripts/prerender.ts loads this through Vite): a
// prerendered page's markup, rendered exactly as the browser will hydrate it (hydrate.tsx).
import "../i18n/englishWhole.ts";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import type { Dataset } from "../data/model.ts";
import { documentTitle } from "../i18n/documentTitle.ts";
import { I18nContext } from "../i18n/I18nContext.ts";
import { loadTranslator } from "../i18n/loadTranslator.ts";
import { PrerenderedView } from "./PrerenderedView.tsx";
import type { PrerenderedPage } from "./prerenderedPage.ts";
import { TakeOver } from "./TakeOver.tsx";

export { prerenderedAttributes } from "./prerenderedPage.ts";
export { fastValidate } from "../data/fastPath.ts";

/** The page's markup for #root, and its document title in the page's language. */
export async function renderPrerendered(
  dataset: Dataset,
  page: PrerenderedPage,
): Promise<{ markup: string; title: string }> {
  const translator = await loadTranslator(page.language);
  const event = dataset.events.find((e) => e.id === page.event);
  const title = documentTitle(translator.t, dataset.title, event?.title ?? null);
  const markup = renderToString(
    <StrictMode>
      <TakeOver
        prerendered={
          <I18nContext.Provider value={translator}>
            <PrerenderedView dataset={dataset} page={page} />
          </I18nContext.Provider>
        }
        live={null}
      />
    </StrictMode>,
  );
  return { markup, title };
}
