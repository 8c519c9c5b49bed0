// Entry of embed.html: the timeline in compact chrome for article columns, talking to the
// page around the frame through the messenger (size, ready, selected event).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startFirstLoad } from "./data/firstLoad.ts";
import { EmbedLink } from "./components/EmbedLink.tsx";
import { EmbedContext, type EmbedMode } from "./embed/EmbedContext.ts";
import { browserEnv, createMessenger } from "./embed/messenger.ts";
import { whenTimelineReady } from "./embed/ready.ts";
import "./styles.css";
import "./embed/embed.css";

// Before React renders: a small dataset is often checked by the time of the first render.
startFirstLoad(window.location.href);
const messenger = createMessenger(browserEnv(window));
const mode: EmbedMode = { toolbarItem: <EmbedLink messenger={messenger} /> };
whenTimelineReady(document, () => messenger.ready());

const container = document.getElementById("root");
if (container === null) throw new Error("embed.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <EmbedContext value={mode}>
      <App compact />
    </EmbedContext>
  </StrictMode>,
);
