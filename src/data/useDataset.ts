import { useCallback, useEffect, useState } from "react";
import { resolveBaseUrl, resolveDatasetUrl } from "./datasetUrl.ts";
import { fetchDataset, type FetchOutcome, type LoadProgress } from "./fetchDataset.ts";
import { firstLoadFor } from "./firstLoad.ts";
import type { Dataset, Problem } from "./model.ts";

export type DatasetState =
  | { status: "loading"; url: string; progress: LoadProgress | null }
  | { status: "error"; url: string; problems: Problem[]; retryable: boolean }
  | { status: "ready"; url: string; dataset: Dataset; foreignHost: string | null };

type Settled = Exclude<DatasetState, { status: "loading" }> & { request: string };

/** Loads the dataset named by `?data=` (or the bundled one) through the data boundary. */
export function useDataset(dataParam: string | null): DatasetState & { retry: () => void } {
  const target = resolveDatasetUrl(dataParam, window.location.href, "data", navigator.languages);
  const base = resolveBaseUrl(window.location.href);
  const baseHref = base?.ok === true ? base.url.href : undefined;
  const href = target.ok ? target.url.href : (dataParam ?? "");
  const crossOrigin = target.ok && target.crossOrigin;
  const [attempt, setAttempt] = useState(0);
  // Each settled result remembers which request it answers, so a retry or a new URL shows
  // "loading" without resetting state inside the effect.
  const request = `${attempt}:${href}`;
  const [settled, setSettled] = useState<Settled | null>(null);
  const [progress, setProgress] = useState<{ request: string; progress: LoadProgress } | null>(
    null,
  );

  // The entry script may have started this very load (firstLoad.ts); retries fetch afresh.
  const early = target.ok && attempt === 0 ? firstLoadFor(href) : null;
  // Whether this render shows the early outcome already (see `current` below). Read now, not
  // in the effect: a load that settles between the render and the effect must still be set.
  const earlyShown = early !== null && early.outcome !== null;

  useEffect(() => {
    if (!target.ok || base?.ok === false) return;
    const url = new URL(href);
    const controller = new AbortController();
    const settle = (outcome: FetchOutcome) => {
      if (!controller.signal.aborted) setSettled(toSettled(outcome, request, url, crossOrigin));
    };
    const report = (next: LoadProgress) => setProgress({ request, progress: next });
    if (early !== null) {
      // Settled before this render, which shows it: setting state now would only render the
      // whole page a second time.
      if (earlyShown) return;
      early.onProgress.add(report);
      // What it reported before this effect ran (it started before React rendered).
      if (early.progress !== null) report(early.progress);
      void early.settled.then(settle);
      return () => {
        early.onProgress.delete(report);
        controller.abort();
      };
    }
    const options = { base: baseHref === undefined ? undefined : new URL(baseHref) };
    fetchDataset(url, controller.signal, report, options).then(settle, (error: unknown) => {
      if (controller.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      const problems = [{ path: "(file)", message: `Loading failed: ${message}` }];
      setSettled({ request, status: "error", url: href, problems, retryable: true });
    });
    return () => controller.abort();
  }, [target.ok, base?.ok, href, baseHref, crossOrigin, request, early, earlyShown]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!target.ok) {
    const problems = [{ path: "?data", message: target.message }];
    return { status: "error", url: href, problems, retryable: false, retry };
  }
  if (base?.ok === false) {
    const problems = [{ path: "?base", message: base.message }];
    return { status: "error", url: href, problems, retryable: false, retry };
  }
  // A first load that settled before this render is shown at once, without a loading view.
  const current =
    settled !== null && settled.request === request
      ? settled
      : early !== null && early.outcome !== null
        ? toSettled(early.outcome, request, new URL(href), crossOrigin)
        : null;
  if (current === null) {
    const latest = progress?.request === request ? progress.progress : (early?.progress ?? null);
    return { status: "loading", url: href, progress: latest, retry };
  }
  return { ...current, retry };
}

function toSettled(
  outcome: FetchOutcome,
  request: string,
  url: URL,
  crossOrigin: boolean,
): Settled {
  if (outcome.ok) {
    const foreignHost = crossOrigin ? url.host : null;
    return { request, status: "ready", url: url.href, dataset: outcome.dataset, foreignHost };
  }
  const retryable = "retryable" in outcome && outcome.retryable;
  return { request, status: "error", url: url.href, problems: outcome.problems, retryable };
}
