// Global tokens and base first: every component's own stylesheet comes after them.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { TimelinePage } from "./components/TimelinePage.tsx";
import { startFirstLoad } from "./data/firstLoad.ts";

// Readers see reader things: the file preview for dataset authors is preview.html
// (previewMain.tsx), not part of this page.

// Before React renders: a small dataset is often checked by the time of the first render.
startFirstLoad(window.location.href);

const container = document.getElementById("root");
if (container === null) throw new Error("index.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <App page={TimelinePage} />
  </StrictMode>,
);
