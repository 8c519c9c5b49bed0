import type { LoadProgress } from "../data/fetchDataset.ts";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describe(progress: LoadProgress | null): string {
  if (progress === null) return "Loading timeline…";
  if (progress.phase === "checking") {
    const { checked, total } = progress;
    return checked === undefined || total === undefined
      ? `Checking the dataset (${megabytes(progress.bytes)})…`
      : `Checking the dataset: ${checked.toLocaleString("en")} of ${total.toLocaleString("en")} events…`;
  }
  const { loadedBytes, totalBytes } = progress;
  return totalBytes === null
    ? `Downloading the dataset: ${megabytes(loadedBytes)}…`
    : `Downloading the dataset: ${Math.round((loadedBytes / totalBytes) * 100)}% of ${megabytes(totalBytes)}…`;
}

/** Shown while a dataset loads; it fades in only if the load takes a noticeable time. */
export function LoadingView({ progress }: { progress: LoadProgress | null }) {
  const percent =
    progress?.phase === "downloading" && progress.totalBytes !== null
      ? Math.round((progress.loadedBytes / progress.totalBytes) * 100)
      : null;
  return (
    <div className="loading" role="status">
      <p>{describe(progress)}</p>
      {percent !== null && (
        <progress max={100} value={percent} aria-label="Download progress">
          {percent}%
        </progress>
      )}
    </div>
  );
}
