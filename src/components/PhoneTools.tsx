// Phones: search and Filters, then Share and Embed, above the cards: two rows in every
// language at 360 px (the theme is in the page's foot). Loaded with the cards, which the
// page waits for before it draws.
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { TimelineControls } from "./TimelineControls.tsx";

export default function PhoneTools() {
  return (
    <>
      <ErrorBoundary part="filtersAndSearch">
        <FiltersPanel />
      </ErrorBoundary>
      <ErrorBoundary part="controls">
        <TimelineControls narrow />
      </ErrorBoundary>
    </>
  );
}
