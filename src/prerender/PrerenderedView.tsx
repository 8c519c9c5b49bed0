// The prerendered page a path stands for (sitePaths.ts): a dataset's whole story, or one
// event's page. Rendered by the build (renderStatic.tsx) and again, identically, by the
// browser when it hydrates that HTML (hydrate.tsx).
import type { Dataset } from "../data/model.ts";
import { dataPath, datasetPagePath, eventPagePath, feedPaths } from "../data/sitePaths.ts";
import { StaticEvent } from "../components/StaticEvent.tsx";
import type { StaticLinks } from "../components/StaticPageParts.tsx";
import { StaticStory } from "../components/StaticStory.tsx";
import type { PrerenderedPage } from "./prerenderedPage.ts";

export function staticLinks(name: string): StaticLinks {
  return {
    story: `/${datasetPagePath(name)}`,
    eventPage: (id) => `/${eventPagePath(name, id)}`,
    dataFile: `/${dataPath(name)}`,
    feed: `/${feedPaths(name).atom[0] ?? ""}`,
  };
}

export function PrerenderedView({ dataset, page }: { dataset: Dataset; page: PrerenderedPage }) {
  const links = staticLinks(page.name);
  const event = dataset.events.find((e) => e.id === page.event);
  return event === undefined ? (
    <StaticStory dataset={dataset} links={links} />
  ) : (
    <StaticEvent dataset={dataset} event={event} links={links} />
  );
}
