import { useEffect, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { ErrorView } from "./components/ErrorView.tsx";
import { LoadingView } from "./components/LoadingView.tsx";
import type { Dataset } from "./data/model.ts";
import { useDataset } from "./data/useDataset.ts";
import { useI18n } from "./i18n/I18nContext.ts";

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
}

/** The page around a timeline: loading, errors, and the timeline itself. */
export function App({ page: Page, frame: Frame }: AppProps) {
  const params = new URLSearchParams(window.location.search);
  const state = useDataset(params.get("data"));
  const { t } = useI18n();

  useEffect(() => {
    document.title =
      state.status === "ready"
        ? t("page.documentTitle", { title: state.dataset.title })
        : t("page.appName");
  }, [state, t]);

  const content = (
    <>
      {state.status === "loading" && <LoadingView progress={state.progress} />}
      {state.status === "error" && (
        <ErrorView
          title={t("error.timelineTitle")}
          url={state.url}
          problems={state.problems}
          onRetry={state.retryable ? state.retry : undefined}
        />
      )}
      {state.status === "ready" && (
        <ErrorBoundary part="timelinePage">
          <Page dataset={state.dataset} foreignHost={state.foreignHost} />
        </ErrorBoundary>
      )}
    </>
  );

  // The outer boundary is the last resort: whatever fails, the page says so, never blank.
  return (
    <main className="page">
      <ErrorBoundary part="page" whole>
        {Frame === undefined ? content : <Frame>{content}</Frame>}
      </ErrorBoundary>
    </main>
  );
}
