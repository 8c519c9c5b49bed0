// preview.html: the page for dataset authors. A JSON (format v1 or TimelineJS) or CSV file
// dropped on it, or opened with "Open a file to preview", is read and checked on the
// device and shown as a timeline; the bundled dataset is shown until then.

// Global tokens and base first: every component's own stylesheet comes after them.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startTimelinePage, TimelinePage } from "./components/TimelinePage.tsx";
import { DropPreview } from "./components/DropPreview.tsx";
// The drop zone's texts are English's later half: this page shows them from the start.
import "./i18n/englishWhole.ts";

const firstView = startTimelinePage();

const container = document.getElementById("root");
if (container === null) throw new Error("preview.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <App page={TimelinePage} frame={DropPreview} firstView={firstView} />
  </StrictMode>,
);
