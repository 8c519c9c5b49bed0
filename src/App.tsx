import { useEffect } from "react";
import { DropPreview } from "./components/DropPreview.tsx";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { ErrorView } from "./components/ErrorView.tsx";
import { LoadingView } from "./components/LoadingView.tsx";
import { TimelinePage } from "./components/TimelinePage.tsx";
import { useDataset } from "./data/useDataset.ts";

export function App() {
  const params = new URLSearchParams(window.location.search);
  const state = useDataset(params.get("data"));

  useEffect(() => {
    document.title =
      state.status === "ready" ? `${state.dataset.title} · Rumor Timeline` : "Rumor Timeline";
  }, [state]);

  // The outer boundary is the last resort: whatever fails, the page says so, never blank.
  return (
    <main className="page">
      <ErrorBoundary part="page" whole>
        <DropPreview>
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
              <TimelinePage dataset={state.dataset} foreignHost={state.foreignHost} />
            </ErrorBoundary>
          )}
        </DropPreview>
      </ErrorBoundary>
    </main>
  );
}
