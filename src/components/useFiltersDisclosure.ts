// Whether the facets show. Kept out of FiltersPanel.tsx so that the page can own the state
// (the bar's button and the facets below it share it) while both load after the first paint.
import { useId, useState } from "react";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { isFiltered } from "../timeline/filters.ts";

export interface FiltersDisclosure {
  open: boolean;
  toggle: () => void;
  panelId: string;
}

/**
 * Whether the facets show. A link that checks some opens with them shown, so the reader
 * sees what narrowed the story; a search alone is said by the search field, and opened a
 * panel of every facet between the reader and the timeline.
 */
export function useFiltersDisclosure(): FiltersDisclosure {
  const filters = useTimeline((s) => s.filters);
  const [open, setOpen] = useState(() => isFiltered({ ...filters, query: "" }));
  const panelId = useId();
  return { open, toggle: () => setOpen((was) => !was), panelId };
}
