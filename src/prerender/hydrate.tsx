// The browser's side of prerendering: once the page's dataset has loaded (it started before
// any script of the app's, public/data-prefetch.js), React hydrates the prerendered HTML
// with the very same render the build made (renderStatic.tsx), then TakeOver swaps in the
// interactive timeline.
import { StrictMode, type ReactNode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { I18nContext } from "../i18n/I18nContext.ts";
import { loadTranslator } from "../i18n/loadTranslator.ts";
import { loadEnglishLater } from "../i18n/withText.ts";
import { Hydrating } from "./KeptAsHtml.tsx";
import { PrerenderedView } from "./PrerenderedView.tsx";
import { firstLoadOf, type PrerenderedPage } from "./prerenderedPage.ts";
import { TakeOver } from "./TakeOver.tsx";

/** `firstView`: the code of the live page's first view (preloadFirstView), settled. */
export async function hydratePrerendered(
  root: HTMLElement,
  page: PrerenderedPage,
  live: ReactNode,
  firstView: Promise<unknown>,
): Promise<void> {
  const load = firstLoadOf(page.name);
  const [outcome, translator] = await Promise.all([
    load?.settled,
    loadTranslator(page.language),
    loadEnglishLater(),
    firstView,
  ]);
  if (outcome?.ok !== true) {
    // The app reports what went wrong, in place of the page.
    createRoot(root).render(<StrictMode>{live}</StrictMode>);
    return;
  }
  hydrateRoot(
    root,
    <StrictMode>
      <TakeOver
        prerendered={
          <I18nContext.Provider value={translator}>
            <Hydrating.Provider value={true}>
              <PrerenderedView dataset={outcome.dataset} page={page} />
            </Hydrating.Provider>
          </I18nContext.Provider>
        }
        live={live}
      />
    </StrictMode>,
  );
}
