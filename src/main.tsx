import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startFirstLoad } from "./data/firstLoad.ts";
import { DropPreview } from "./components/DropPreview.tsx";
import "./styles.css";

// Before React renders: a small dataset is often checked by the time of the first render.
startFirstLoad(window.location.href);

const container = document.getElementById("root");
if (container === null) throw new Error("index.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <App frame={DropPreview} />
  </StrictMode>,
);
