import { useEffect, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { ErrorView } from "./components/ErrorView.tsx";
import { LoadingView } from "./components/LoadingView.tsx";
import { TimelinePage } from "./components/TimelinePage.tsx";
import { useDataset } from "./data/useDataset.ts";

interface AppProps {
  /** Article-column chrome, for embed.html. */
  compact?: boolean;
  /** Wraps the page (preview.html passes the drag-and-drop preview; readers' pages leave it out). */
  frame?: ComponentType<{ children: ReactNode }>;
}

/** The page around a timeline: loading, errors, and the timeline itself. */
export function App({ compact = false, frame: Frame }: AppProps) {
  const params = new URLSearchParams(window.location.search);
  const state = useDataset(params.get("data"));

  useEffect(() => {
    document.title =
      state.status === "ready" ? `${state.dataset.title} · Rumor Timeline` : "Rumor Timeline";
  }, [state]);

  const content = (
    <>
      {state.status === "loading" && <LoadingView progress={state.progress} />}
      {state.status === "error" && (
        <ErrorView
          title="This timeline could not be shown"
          url={state.url}
          problems={state.problems}
          onRetry={state.retryable ? state.retry : undefined}
        />
      )}
      {state.status === "ready" && (
        <ErrorBoundary part="timeline page">
          <TimelinePage dataset={state.dataset} foreignHost={state.foreignHost} compact={compact} />
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
