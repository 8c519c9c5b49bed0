// The page's first dataset load, started by the entry script before React renders. Started
// from an effect instead, it waited for the loading view to be rendered and painted (~40 ms
// on a fast machine); now a small dataset is often checked before React's first render,
// and the timeline is the first thing drawn. useDataset takes it over for the same URL.
import { resolveBaseUrl, resolveDatasetUrl } from "./datasetUrl.ts";
import { pageParams } from "./pageParams.ts";
import { fetchDataset, type FetchOutcome, type LoadProgress } from "./fetchDataset.ts";

export interface FirstLoad {
  href: string;
  /** The latest progress, and the outcome once settled (null before). */
  progress: LoadProgress | null;
  outcome: FetchOutcome | null;
  settled: Promise<FetchOutcome>;
  onProgress: Set<(progress: LoadProgress) => void>;
}

let first: FirstLoad | null = null;

/** Starts loading the dataset the page's URL names; a bad URL is left to the app to report. */
export function startFirstLoad(pageUrl: string): void {
  const target = resolveDatasetUrl(
    pageParams(new URL(pageUrl)).get("data"),
    pageUrl,
    "data",
    navigator.languages,
  );
  const base = resolveBaseUrl(pageUrl);
  if (!target.ok || base?.ok === false) return;
  const load: FirstLoad = {
    href: target.url.href,
    progress: null,
    outcome: null,
    settled: Promise.resolve({ ok: false, problems: [], retryable: true }),
    onProgress: new Set(),
  };
  const report = (progress: LoadProgress) => {
    load.progress = progress;
    for (const listener of load.onProgress) listener(progress);
  };
  load.settled = fetchDataset(target.url, undefined, report, { base: base?.url }).then(
    (outcome) => (load.outcome = outcome),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const problems = [{ path: "(file)", message: `Loading failed: ${message}` }];
      return (load.outcome = { ok: false, problems, retryable: true });
    },
  );
  first = load;
}

/** The first load, if it is for this URL. */
export function firstLoadFor(href: string): FirstLoad | null {
  return first?.href === href ? first : null;
}
