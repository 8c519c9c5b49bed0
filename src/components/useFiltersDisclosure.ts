// Whether the facets show. Kept out of FiltersPanel.tsx so that the page can own the state
// (the bar's button and the facets below it share it) while both load after the first paint.
import { useId, useState } from "react";

export interface FiltersDisclosure {
  open: boolean;
  toggle: () => void;
  panelId: string;
}

/**
 * Whether the facets show. Closed at first, also on a link that checks some: the panel of
 * every facet put the story ~700 px down on a desktop and ~1,300 on a phone; the line of
 * active filters (ActiveFilters) says what narrows it, and the search field says a search.
 */
export function useFiltersDisclosure(): FiltersDisclosure {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return { open, toggle: () => setOpen((was) => !was), panelId };
}
