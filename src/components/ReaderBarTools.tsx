// Wide screens: the reader bar's tools after the stepper (search and Filters, zoom, Share,
// View options). Loaded after the first paint, which needs only the stepper, into a row whose
// height is kept for them (TimelinePage.css), so nothing moves when they arrive. They also
// open the event a reader had reached in a prerendered story the page took over.
import { useOpenReaderPlace } from "../prerender/useOpenReaderPlace.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { FiltersBar } from "./FiltersPanel.tsx";
import { TimelineControls } from "./TimelineControls.tsx";
import type { FiltersDisclosure } from "./useFiltersDisclosure.ts";

export default function ReaderBarTools({ disclosure }: { disclosure: FiltersDisclosure }) {
  useOpenReaderPlace();
  return (
    <>
      <ErrorBoundary part="filtersAndSearch">
        <FiltersBar disclosure={disclosure} />
      </ErrorBoundary>
      <ErrorBoundary part="controls">
        <TimelineControls narrow={false} />
      </ErrorBoundary>
    </>
  );
}
