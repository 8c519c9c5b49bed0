// Entry of embed.html: the timeline in compact chrome for article columns, talking to the
// page around the frame through the messenger (size, ready, selected event).
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { EmbedLink } from "./components/EmbedLink.tsx";
import { ErrorView } from "./components/ErrorView.tsx";
import { TimelinePage } from "./components/TimelinePage.tsx";
import { useDataset } from "./data/useDataset.ts";
import { EmbedContext, type EmbedMode } from "./embed/EmbedContext.ts";
import { browserEnv, createMessenger } from "./embed/messenger.ts";
import { whenTimelineReady } from "./embed/ready.ts";
import "./styles.css";
import "./embed/embed.css";

function EmbedApp() {
  const params = new URLSearchParams(window.location.search);
  const state = useDataset(params.get("data"));

  useEffect(() => {
    document.title =
      state.status === "ready" ? `${state.dataset.title} · Rumor Timeline` : "Rumor Timeline";
  }, [state]);

  return (
    <main className="page">
      {state.status === "loading" && (
        <p className="loading" role="status">
          Loading timeline…
        </p>
      )}
      {state.status === "error" && (
        <ErrorView
          title="This timeline could not be shown"
          url={state.url}
          problems={state.problems}
          onRetry={state.retryable ? state.retry : undefined}
        />
      )}
      {state.status === "ready" && (
        <TimelinePage dataset={state.dataset} foreignHost={state.foreignHost} compact />
      )}
    </main>
  );
}

const messenger = createMessenger(browserEnv(window));
const mode: EmbedMode = { toolbarItem: <EmbedLink messenger={messenger} /> };
whenTimelineReady(document, () => messenger.ready());

const container = document.getElementById("root");
if (container === null) throw new Error("embed.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <EmbedContext value={mode}>
      <EmbedApp />
    </EmbedContext>
  </StrictMode>,
);
