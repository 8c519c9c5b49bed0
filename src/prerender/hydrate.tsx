// The browser's side of prerendering: once the page's dataset has loaded (it started before
// any script of the app's, public/data-prefetch.js), React hydrates the prerendered HTML
// with the very same render the build made (renderStatic.tsx), then TakeOver swaps in the
// interactive timeline.
import { StrictMode, type ReactNode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { NARROW_QUERY } from "../hooks/useMediaQuery.ts";
import { I18nContext } from "../i18n/I18nContext.ts";
import { loadTranslator } from "../i18n/loadTranslator.ts";
import { loadEnglishLater } from "../i18n/withText.ts";
import { PrerenderedView } from "./PrerenderedView.tsx";
import { firstLoadOf, type PrerenderedPage } from "./prerenderedPage.ts";
import { TakeOver } from "./TakeOver.tsx";

export async function hydratePrerendered(
  root: HTMLElement,
  page: PrerenderedPage,
  live: ReactNode,
): Promise<void> {
  preloadLiveParts(page);
  const load = firstLoadOf(page.name);
  const [outcome, translator] = await Promise.all([
    load?.settled,
    loadTranslator(page.language),
    loadEnglishLater(),
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
            <PrerenderedView dataset={outcome.dataset} page={page} />
          </I18nContext.Provider>
        }
        live={live}
      />
    </StrictMode>,
  );
}

/**
 * The interactive page's parts that load lazily (TimelinePage.tsx), fetched now, while the
 * dataset settles and React hydrates, rather than one after the other once it renders: on
 * a phone with its CPU slowed fourfold, that chain cost the timeline a few hundred ms.
 */
function preloadLiveParts(page: PrerenderedPage): void {
  const narrow = window.matchMedia(NARROW_QUERY).matches;
  const parts = narrow
    ? [import("../components/VerticalTimeline.tsx"), import("../components/PhoneTools.tsx")]
    : [
        import("../components/ReaderBarTools.tsx"),
        page.event === null ? null : import("../components/DetailPanel.tsx"),
      ];
  // A part that fails to load here is loaded, and reported, by the page itself.
  void Promise.allSettled([...parts, import("../components/PageFoot.tsx")]);
}
