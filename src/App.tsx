import { useEffect, useLayoutEffect, useState, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { ErrorView } from "./components/ErrorView.tsx";
import { LoadingView } from "./components/LoadingView.tsx";
import type { Dataset } from "./data/model.ts";
import { useDataset } from "./data/useDataset.ts";
import { pageParams } from "./data/pageParams.ts";
import { documentTitle } from "./i18n/documentTitle.ts";
import { ENGLISH } from "./i18n/I18nContext.ts";
import { chooseLanguage, type Language } from "./i18n/languages.ts";
import { LanguageScope } from "./i18n/LanguageScope.tsx";
import { loadedTranslator, loadTranslator } from "./i18n/loadTranslator.ts";
import { filterEngineLoaded, loadFilterEngine } from "./store/filterEngine.ts";
import { FILTER_PARAMS } from "./store/urlParams.ts";

/** What App shows once the dataset is ready: the full page's TimelinePage, or the embed's story box. */
export type PageComponent = ComponentType<{ dataset: Dataset; foreignHost: string | null }>;

interface AppProps {
  /**
   * Passed in rather than imported here, so that embed.html, which shows its own lazily
   * loaded story box, does not carry the full page's code in its first load.
   */
  page: PageComponent;
  /** Wraps the page (preview.html passes the drag-and-drop preview; readers' pages leave it out). */
  frame?: ComponentType<{ children: ReactNode }>;
  /**
   * The code the page's first view shows (preloadFirstView), settled: drawn before it came,
   * the page showed "Loading the view…" in the view's place, which React keeps up 300 ms.
   */
  firstView?: Promise<unknown>;
}

/** The page around a timeline: loading, errors, and the timeline itself. */
export function App({ page: Page, frame: Frame, firstView }: AppProps) {
  const params = pageParams();
  const state = useDataset(params.get("data"));
  const language = chooseLanguage({ param: params.get("lang"), reader: navigator.languages });
  const filtered = FILTER_PARAMS.some((name) => params.has(name));
  const readyToDraw = useReadyToDraw(language, filtered, firstView);
  // App renders the scope below, so it speaks the scope's language directly.
  const { t } = loadedTranslator(language) ?? ENGLISH;

  // A layout effect, so that it runs before the page's own effects in the commit that shows
  // the dataset: the full page then titles the tab after the event it opens on.
  useLayoutEffect(() => {
    document.title =
      state.status === "ready" ? documentTitle(t, state.dataset.title) : t("page.appName");
  }, [state, t]);

  const content = (
    <>
      {(state.status === "loading" || (state.status === "ready" && !readyToDraw)) && (
        <LoadingView progress={state.status === "loading" ? state.progress : null} />
      )}
      {state.status === "error" && (
        <ErrorView
          title={t("error.timelineTitle")}
          url={state.url}
          problems={state.problems}
          onRetry={state.retryable ? state.retry : undefined}
        />
      )}
      {state.status === "ready" && readyToDraw && (
        <ErrorBoundary part="timelinePage">
          <Page dataset={state.dataset} foreignHost={state.foreignHost} />
        </ErrorBoundary>
      )}
    </>
  );

  // The outer boundary is the last resort: whatever fails, the page says so, never blank.
  return (
    <main className="page">
      <LanguageScope language={language}>
        <ErrorBoundary part="page" whole>
          {Frame === undefined ? content : <Frame>{content}</Frame>}
        </ErrorBoundary>
      </LanguageScope>
    </main>
  );
}

/**
 * Whether what the timeline needs before it draws has loaded: the reader's catalog, the
 * filtering code when the link filters, and the code of the page's first view. They load
 * beside the dataset, so that the timeline never appears in English, unfiltered, or in
 * parts, and then changes. A load that fails gives way (English; the filter panel loads it
 * again; the view reports its part) rather than holding the page.
 */
function useReadyToDraw(
  language: Language,
  filtered: boolean,
  firstView: Promise<unknown> | undefined,
): boolean {
  const [ready, setReady] = useState(
    () =>
      !firstView && loadedTranslator(language) !== undefined && (!filtered || filterEngineLoaded()),
  );
  useEffect(() => {
    let live = true;
    const done = () => {
      if (live) setReady(true);
    };
    Promise.allSettled([
      loadTranslator(language),
      filtered ? loadFilterEngine() : null,
      firstView,
    ]).then(done, done);
    return () => {
      live = false;
    };
  }, [language, filtered, firstView]);
  return ready;
}
