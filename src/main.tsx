import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { DropPreview } from "./components/DropPreview.tsx";
import "./styles.css";

const container = document.getElementById("root");
if (container === null) throw new Error("index.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <App frame={DropPreview} />
  </StrictMode>,
);
