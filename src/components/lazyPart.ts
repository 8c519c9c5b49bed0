// A part of the page that loads later, like React.lazy, with two differences that matter
// to how soon the timeline is ready:
// - `preload()` starts the download before the part is first rendered (beside the
//   dataset's), and
// - once the module is in, the part renders at once. React.lazy suspends on its first
//   render even when the module arrived long before, and React holds back the content that
//   replaces a Suspense fallback for up to 300 ms after that fallback was shown: on a phone
//   that wait alone delayed the cards by a third of a second.
// The part renders the loaded component itself, never a lazy wrapper around it, so its type
// is the same on every render and its state (an open popup, say) lives on.
import { createElement, use, type ComponentType, type ReactElement } from "react";

export interface LazyPart<P extends object> {
  (props: P): ReactElement;
  /** Starts loading the module, once; resolves when it is in. */
  preload(): Promise<unknown>;
  /**
   * For a page that draws once the part is in (preloadFirstView): a promise that the first
   * load has ended, in or failed (the part reports a failure itself, where it is rendered).
   * It starts the load, and never rejects.
   */
  settled(): Promise<void>;
}

/** A part's module: its component. */
export interface PartModule<P extends object> {
  default: ComponentType<P>;
}

export function lazyPart<P extends object>(load: () => Promise<PartModule<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<PartModule<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed download (a flaky connection) is tried again by the next preload().
        pending = null;
        throw error;
      },
    ));
  // Until the module is in, the part suspends on its download: one promise for every
  // render, as `use` needs. A failed one goes to the nearest error boundary.
  const Part = (props: P): ReactElement => createElement(loaded ?? use(preload()).default, props);
  let settled: Promise<void> | null = null;
  Part.preload = preload;
  Part.settled = () =>
    (settled ??= preload().then(
      () => undefined,
      () => undefined,
    ));
  return Part;
}
