// Phones: theme, Share, search and Filters above the cards. Loaded after the first paint
// (the cards load lazily too), into room kept for them (TimelinePage.css).
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { TimelineControls } from "./TimelineControls.tsx";

export default function PhoneTools() {
  return (
    <>
      <ErrorBoundary part="controls">
        <TimelineControls narrow />
      </ErrorBoundary>
      <ErrorBoundary part="filtersAndSearch">
        <FiltersPanel />
      </ErrorBoundary>
    </>
  );
}
