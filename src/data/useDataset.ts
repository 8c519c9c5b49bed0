import { useCallback, useEffect, useState } from "react";
import { resolveDatasetUrl } from "./datasetUrl.ts";
import { fetchDataset, type LoadProgress } from "./fetchDataset.ts";
import type { Dataset, Problem } from "./model.ts";

export type DatasetState =
  | { status: "loading"; url: string; progress: LoadProgress | null }
  | { status: "error"; url: string; problems: Problem[]; retryable: boolean }
  | { status: "ready"; url: string; dataset: Dataset; foreignHost: string | null };

type Settled = Exclude<DatasetState, { status: "loading" }> & { request: string };

/** Loads the dataset named by `?data=` (or the bundled one) through the data boundary. */
export function useDataset(dataParam: string | null): DatasetState & { retry: () => void } {
  const target = resolveDatasetUrl(dataParam, window.location.href);
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

  useEffect(() => {
    if (!target.ok) return;
    const url = new URL(href);
    const controller = new AbortController();
    const report = (next: LoadProgress) => setProgress({ request, progress: next });
    fetchDataset(url, controller.signal, report).then(
      (outcome) => {
        if (outcome.ok) {
          const foreignHost = crossOrigin ? url.host : null;
          setSettled({
            request,
            status: "ready",
            url: href,
            dataset: outcome.dataset,
            foreignHost,
          });
        } else {
          const retryable = "retryable" in outcome && outcome.retryable;
          setSettled({
            request,
            status: "error",
            url: href,
            problems: outcome.problems,
            retryable,
          });
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        const problems = [{ path: "(file)", message: `Loading failed: ${message}` }];
        setSettled({ request, status: "error", url: href, problems, retryable: true });
      },
    );
    return () => controller.abort();
  }, [target.ok, href, crossOrigin, request]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!target.ok) {
    const problems = [{ path: "?data", message: target.message }];
    return { status: "error", url: href, problems, retryable: false, retry };
  }
  if (settled === null || settled.request !== request) {
    const current = progress?.request === request ? progress.progress : null;
    return { status: "loading", url: href, progress: current, retry };
  }
  return { ...settled, retry };
}
