// Loads what narrows the timeline (src/timeline/filterEngine.ts) once, on first need: a link
// with filters loads it before the timeline is drawn (App), a reader's first filter loads
// it as they choose one.
import type { Dataset, TimelineEvent } from "../data/model.ts";
import type { Filters } from "../timeline/filters.ts";
import type { SearchIndex } from "../timeline/filterEngine.ts";

type EngineModule = typeof import("../timeline/filterEngine.ts");

/** One dataset's filtering: its search index, built on first use, and the predicate applied. */
export interface FilterEngine {
  /** Built on first use: a 100,000-event index costs half a second nobody needs unfiltered. */
  index(): SearchIndex;
  apply(filters: Filters): TimelineEvent[];
}

let loaded: EngineModule | null = null;
let loading: Promise<EngineModule> | null = null;

export function loadFilterEngine(): Promise<EngineModule> {
  loading ??= import("../timeline/filterEngine.ts").then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function filterEngineLoaded(): boolean {
  return loaded !== null;
}

/** The engine for `dataset` if its code has loaded; null until then. */
export function filterEngineFor(dataset: Dataset, module = loaded): FilterEngine | null {
  if (module === null) return null;
  let index: SearchIndex | null = null;
  const indexOf = () => (index ??= module.buildSearchIndex(dataset));
  return {
    index: indexOf,
    apply: (filters) => module.applyFilters(dataset, indexOf(), filters),
  };
}
