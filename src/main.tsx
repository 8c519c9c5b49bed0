// Global tokens and base first: every component's own stylesheet comes after them.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startTimelinePage, TimelinePage } from "./components/TimelinePage.tsx";
import { prerenderedPage } from "./prerender/prerenderedPage.ts";

// Readers see reader things: the file preview for dataset authors is preview.html
// (previewMain.tsx), not part of this page.

// Before React renders: a small dataset is often checked by the time of the first render.
const firstView = startTimelinePage();

const container = document.getElementById("root");
if (container === null) throw new Error("index.html must contain #root");
const app = <App page={TimelinePage} firstView={firstView} />;
const drawAfresh = () => createRoot(container).render(<StrictMode>{app}</StrictMode>);
// A page the build wrote out (scripts/prerender.ts) already shows its story: keep it on
// screen until the timeline can take its place.
const prerendered = prerenderedPage(container);
if (prerendered === null) drawAfresh();
else {
  // Hydration waits for the first view's code itself: the page it draws unseen then has
  // nothing left to wait for.
  import("./prerender/hydrate.tsx")
    .then(({ hydratePrerendered }) =>
      hydratePrerendered(container, prerendered, <App page={TimelinePage} />, firstView),
    )
    .catch(drawAfresh);
}
