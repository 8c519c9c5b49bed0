// Entry of embed.html: the story box for article columns, talking to the page around the
// frame through the messenger (size, ready, selected event). The box itself (EmbedStory)
// loads after the first draw, in parallel with the dataset: the first load stays small.

// Global tokens and base first: every component's own stylesheet comes after them.
import "./styles.css";
import "./embed/embed.css";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App, type PageComponent } from "./App.tsx";
import { startFirstLoad } from "./data/firstLoad.ts";
import { readBoxHeight, readControls } from "./embed/boxOptions.ts";
import { browserEnv, createMessenger } from "./embed/messenger.ts";
import { whenTimelineReady } from "./embed/ready.ts";
import { useI18n } from "./i18n/I18nContext.ts";
import { withText } from "./i18n/withText.ts";

// Before React renders: a small dataset is often checked by the time of the first render.
startFirstLoad(window.location.href);
const params = new URLSearchParams(window.location.search);
// `?height=600` (what embed.js and the iframe snippet write): a bounded box that fills the
// frame. Without it (Pym.js, AMP, `data-height="auto"`, older snippets) the page is as tall
// as its content and the parent sizes the frame to it.
const bounded = readBoxHeight(params.get("height"), "auto") !== "auto";
if (bounded) document.documentElement.classList.add("embed-bounded");
const controls = readControls(params.get("controls"));
const messenger = createMessenger(browserEnv(window));
whenTimelineReady(document, () => messenger.ready());

const EmbedStory = lazy(
  withText(() =>
    import("./embed/EmbedStory.tsx").then((module) => ({ default: module.EmbedStory })),
  ),
);

const EmbedPage: PageComponent = ({ dataset, foreignHost }) => {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p role="status">{t("loading.storyBox")}</p>}>
      <EmbedStory
        dataset={dataset}
        foreignHost={foreignHost}
        messenger={messenger}
        search={controls.search}
        bounded={bounded}
      />
    </Suspense>
  );
};

const container = document.getElementById("root");
if (container === null) throw new Error("embed.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <App page={EmbedPage} />
  </StrictMode>,
);
