// Wide screens: the facets under the reader bar, loaded with the bar's tools (the button
// that shows them is among those tools).
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { FiltersFacets } from "./FiltersPanel.tsx";
import type { FiltersDisclosure } from "./useFiltersDisclosure.ts";

// A link's open facets draw with the part (lazyPart).
export { ready } from "./FiltersPanel.tsx";

export default function ReaderFacets({ disclosure }: { disclosure: FiltersDisclosure }) {
  return (
    <ErrorBoundary part="filters">
      <FiltersFacets disclosure={disclosure} />
    </ErrorBoundary>
  );
}
