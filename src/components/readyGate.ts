/**
 * Decides when the dataset's first render is complete, for `data-timeline-ready`: the
 * Suspense boundary holding the view has committed (its lazy parts have loaded) and, when
 * the view is the plot, the plot has drawn at its measured width. The plot commits empty
 * first, measures itself and draws in a second commit before the first paint, so neither
 * event alone says the marks are in the page.
 */
export interface ReadyGate {
  /** The plot has drawn its marks at a measured width, or shown an error in their place. */
  plotDrawn(): void;
  /**
   * A return visit's note has drawn what changed (or found nothing, or failed to load). Its
   * part has a Suspense boundary of its own above the view: its module having loaded does
   * not mean that boundary has drawn it, and a view ready before it was pushed down.
   */
  noteShown(): void;
  /**
   * The view's boundary has committed; `waitForPlot` when that view is the plot. `onReady`
   * runs once, as soon as the first render is complete; later calls change nothing.
   */
  viewCommitted(waitForPlot: boolean, onReady: () => void): void;
}

/** `waitForNote`: a return visit, whose note the first render shows (SinceLastVisit.tsx). */
export function createReadyGate(waitForNote?: boolean): ReadyGate {
  let plotDrawn = false;
  let noteShown = !waitForNote;
  let view: { waitForPlot: boolean; onReady: () => void } | null = null;
  let done = false;
  const check = () => {
    if (done || view === null || (view.waitForPlot && !plotDrawn) || !noteShown) return;
    done = true;
    view.onReady();
  };
  return {
    plotDrawn() {
      plotDrawn = true;
      check();
    },
    noteShown() {
      noteShown = true;
      check();
    },
    viewCommitted(waitForPlot, onReady) {
      view = { waitForPlot, onReady };
      check();
    },
  };
}
