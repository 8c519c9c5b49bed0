// Wide screens: the active filters and the facets under the reader bar, loaded with the
// bar's tools (the button that shows the facets is among those tools).
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { FiltersFacets } from "./FiltersPanel.tsx";
import type { FiltersDisclosure } from "./useFiltersDisclosure.ts";

export default function ReaderFacets({ disclosure }: { disclosure: FiltersDisclosure }) {
  return (
    <ErrorBoundary part="filters">
      <FiltersFacets disclosure={disclosure} />
    </ErrorBoundary>
  );
}
