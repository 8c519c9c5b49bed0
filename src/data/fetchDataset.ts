// Fetches a dataset and passes it through the data boundary; every failure becomes a
// message that says what went wrong and where.
import type { LoadResult, Problem } from "./model.ts";
import { parseDataset } from "./parseDataset.ts";
import { MAX_DATASET_CHARS } from "./validate.ts";

export type FetchOutcome = LoadResult | { ok: false; problems: Problem[]; retryable: boolean };

export type LoadProgress =
  | { phase: "downloading"; loadedBytes: number; totalBytes: number | null }
  | { phase: "checking"; bytes: number };

/** Below this size a worker costs more (start-up, copying the result) than it saves. */
const WORKER_THRESHOLD_CHARS = 1_000_000;

/**
 * The time bound of checking: 100,000 events take a few seconds on a phone; a file that
 * takes this long is hostile or broken, and the reader gets a message instead of a spinner.
 */
export const MAX_CHECK_MS = 60_000;

const LIMIT_MB = MAX_DATASET_CHARS / 1024 / 1024;

export async function fetchDataset(
  url: URL,
  signal?: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<FetchOutcome> {
  if (url.username !== "" || url.password !== "") {
    // fetch refuses such URLs anyway; say why instead of blaming the network.
    return failure(`The data URL must not contain a user name or password (${url.host}).`, false);
  }
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
    // Server trouble, a timeout or rate limiting may pass; a 404 or 403 will not.
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    return failure(`The server answered ${status} for ${url.href}.`, retryable);
  }
  // Refused from its declared size before a byte of the body is read, or as soon as the
  // body passes the limit: a hostile URL must not fill the memory.
  const declared = Number(response.headers.get("content-length"));
  const text = declared > MAX_DATASET_CHARS ? null : await readText(response, onProgress);
  if (text === null) {
    void response.body?.cancel().catch(() => {});
    const size = declared > MAX_DATASET_CHARS ? megabytes(declared) : `more than ${LIMIT_MB} MB`;
    return failure(
      `The file at ${url.href} is too large (${size}; the limit is ${LIMIT_MB} MB).`,
      false,
    );
  }
  onProgress({ phase: "checking", bytes: text.length });
  const result =
    text.length > WORKER_THRESHOLD_CHARS ? await inWorker(text) : await parseDataset(text);
  if (!result.ok && result.problems[0]?.path === "(file)") {
    const type = response.headers.get("content-type") ?? "unknown type";
    return failure(`The file at ${url.href} (${type}) ${result.problems[0].message}.`, false);
  }
  return result;
}

/** The body as text, or null as soon as it grows past the size limit (the rest is not read). */
async function readText(
  response: Response,
  onProgress: (progress: LoadProgress) => void,
): Promise<string | null> {
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
    if (text.length > MAX_DATASET_CHARS) {
      await reader.cancel().catch(() => {});
      return null;
    }
    onProgress({ phase: "downloading", loadedBytes, totalBytes });
  }
  return text + decoder.decode();
}

function inWorker(text: string): Promise<LoadResult> {
  if (typeof Worker === "undefined") return parseDataset(text);
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
    const timer = setTimeout(() => {
      worker.terminate();
      const seconds = MAX_CHECK_MS / 1000;
      const message = `could not be checked within ${seconds} seconds (it is too large or too complex for this viewer)`;
      resolve({ ok: false, problems: [{ path: "(file)", message }] });
    }, MAX_CHECK_MS);
    worker.addEventListener("message", (event: MessageEvent<LoadResult>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener("error", () => {
      clearTimeout(timer);
      worker.terminate();
      // A worker that cannot start (an old browser, a strict policy) is no reason to fail.
      resolve(parseDataset(text));
    });
    worker.postMessage(text);
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function failure(message: string, retryable: boolean): FetchOutcome {
  return { ok: false, problems: [{ path: "(file)", message }], retryable };
}
