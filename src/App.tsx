import { useEffect } from "react";
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

  return (
    <main className="page">
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
        <TimelinePage dataset={state.dataset} foreignHost={state.foreignHost} />
      )}
    </main>
  );
}
