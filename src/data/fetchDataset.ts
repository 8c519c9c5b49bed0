// Fetches a dataset and passes it through the data boundary; every failure becomes a
// message that says what went wrong and where.
import type { LoadResult, Problem } from "./model.ts";
import { parseDataset } from "./parseDataset.ts";

export type FetchOutcome = LoadResult | { ok: false; problems: Problem[]; retryable: boolean };

export type LoadProgress =
  | { phase: "downloading"; loadedBytes: number; totalBytes: number | null }
  | { phase: "checking"; bytes: number };

/** Below this size a worker costs more (start-up, copying the result) than it saves. */
const WORKER_THRESHOLD_CHARS = 1_000_000;

export async function fetchDataset(
  url: URL,
  signal?: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, credentials: "omit" });
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure(
      `Could not reach ${url.host}: the network failed or the server does not allow this site to read it (CORS).`,
      true,
    );
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    return failure(`The server answered ${status} for ${url.href}.`, response.status >= 500);
  }
  const text = await readText(response, onProgress);
  onProgress({ phase: "checking", bytes: text.length });
  const result =
    text.length > WORKER_THRESHOLD_CHARS ? await inWorker(text) : await parseDataset(text);
  if (!result.ok && result.problems[0]?.path === "(file)") {
    const type = response.headers.get("content-type") ?? "unknown type";
    return failure(`The file at ${url.href} (${type}) ${result.problems[0].message}.`, false);
  }
  return result;
}

async function readText(
  response: Response,
  onProgress: (progress: LoadProgress) => void,
): Promise<string> {
  const length = Number(response.headers.get("content-length"));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (response.body === null) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let loadedBytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loadedBytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress({ phase: "downloading", loadedBytes, totalBytes });
  }
  return text + decoder.decode();
}

function inWorker(text: string): Promise<LoadResult> {
  if (typeof Worker === "undefined") return parseDataset(text);
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<LoadResult>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener("error", () => {
      worker.terminate();
      // A worker that cannot start (an old browser, a strict policy) is no reason to fail.
      resolve(parseDataset(text));
    });
    worker.postMessage(text);
  });
}

function failure(message: string, retryable: boolean): FetchOutcome {
  return { ok: false, problems: [{ path: "(file)", message }], retryable };
}
