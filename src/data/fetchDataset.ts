// Fetches a dataset and passes it through the data boundary; every failure becomes a
// message that says what went wrong and where.
import type { LoadResult, Problem } from "./model.ts";
import { parseDataset } from "./parseDataset.ts";
import { takePrefetched } from "./takePrefetched.ts";
import { MAX_DATASET_CHARS } from "./bounds.ts";
import { isSheet } from "./isSheet.ts";
import { StalledError, watchForStall, type StallWatch } from "./stallWatch.ts";

export type FetchOutcome = LoadResult | { ok: false; problems: Problem[]; retryable: boolean };

export type LoadProgress =
  | { phase: "downloading"; loadedBytes: number; totalBytes: number | null }
  /** `checked` of `total` events, once a big file's events are being checked. */
  | { phase: "checking"; bytes: number; checked?: number; total?: number };

const PROGRESS_INTERVAL_MS = 50;

/**
 * Above this size a file's problems are described in a worker: the full check (zod) of a
 * few thousand events would hold the page for a noticeable time.
 */
const WORKER_THRESHOLD_BYTES = 1_000_000;
/**
 * Above this size (~20,000 events) a file is parsed and checked in slices, with pauses for
 * the page to draw; below it that takes under ~0.1 s, and the pauses would cost more.
 */
const SLICED_BYTES = 8_000_000;

const LIMIT_MB = MAX_DATASET_CHARS / 1024 / 1024;

export interface FetchOptions {
  /** `?base=`: for a spreadsheet, the dataset that supplies its title, people and claims. */
  base?: URL | undefined;
}

export async function fetchDataset(
  url: URL,
  signal?: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => {},
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  if (url.username !== "" || url.password !== "") {
    // fetch refuses such URLs anyway; say why instead of blaming the network.
    return failure(`The data URL must not contain a user name or password (${url.host}).`, false);
  }
  // Fails the wait for headers or for the next bytes once nothing has come for a while;
  // checking the file afterwards is bounded on its own (MAX_CHECK_MS).
  const watch = watchForStall();
  // Stops the request itself when it stalls, or when the caller gives up.
  const stop = new AbortController();
  signal?.addEventListener("abort", () => stop.abort(signal.reason), { once: true });
  try {
    return await download(url, signal, stop, watch, onProgress, options);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (!(error instanceof StalledError)) throw error;
    stop.abort(error);
    return failure(
      `Nothing has arrived from ${url.host} for ${error.afterMs / 1000} seconds: the server is not answering, or the download stopped.`,
      true,
    );
  } finally {
    watch.stop();
  }
}

/** Statuses that are "ok" but carry no body: nothing to read a dataset from. */
const EMPTY_STATUSES = new Set([204, 205]);

async function download(
  url: URL,
  signal: AbortSignal | undefined,
  stop: AbortController,
  watch: StallWatch,
  onProgress: (progress: LoadProgress) => void,
  options: FetchOptions,
): Promise<FetchOutcome> {
  let response: Response;
  try {
    // The page's boot script may have started this very request before the app loaded.
    const early = takePrefetched(url.href);
    response = await watch.race(early ?? fetch(url, { signal: stop.signal, credentials: "omit" }));
    signal?.throwIfAborted();
  } catch (error) {
    if (signal?.aborted || error instanceof StalledError) throw error;
    return failure(
      `Could not reach ${url.host}: the network failed or the server does not allow this site to read it (CORS).`,
      true,
    );
  }
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  if (EMPTY_STATUSES.has(response.status)) {
    return failure(
      `The server answered ${status} for ${url.href}: an empty response, not a dataset.`,
      true,
    );
  }
  if (!response.ok) {
    // Server trouble, a timeout or rate limiting may pass, and so may a 404: a site being
    // deployed answers it for a minute. A 403 or 410 will not.
    const retryable =
      response.status >= 500 ||
      response.status === 404 ||
      response.status === 408 ||
      response.status === 429;
    return failure(`The server answered ${status} for ${url.href}.`, retryable);
  }
  watch.arm();
  // Refused from its declared size before a byte of the body is read, or as soon as the
  // body passes the limit: a hostile URL must not fill the memory.
  const declared = Number(response.headers.get("content-length"));
  const bytes = declared > MAX_DATASET_CHARS ? null : await readBytes(response, watch, onProgress);
  watch.stop();
  if (bytes === null) {
    void response.body?.cancel().catch(() => {});
    const size = declared > MAX_DATASET_CHARS ? megabytes(declared) : `more than ${LIMIT_MB} MB`;
    return failure(
      `The file at ${url.href} is too large (${size}; the limit is ${LIMIT_MB} MB).`,
      false,
    );
  }
  onProgress({ phase: "checking", bytes: bytes.byteLength });
  if (isSheet(url, response.headers.get("content-type"), bytes)) {
    return readSheet(bytes, url, options.base, stop.signal);
  }
  const text = new TextDecoder().decode(bytes);
  const result =
    bytes.byteLength > WORKER_THRESHOLD_BYTES
      ? await (
          await import("./checkBigFile.ts")
        ).checkBigFile(text, bytes.byteLength > SLICED_BYTES, (checked, total) =>
          onProgress({ phase: "checking", bytes: bytes.byteLength, checked, total }),
        )
      : await parseDataset(text);
  if (!result.ok && result.problems[0]?.path === "(file)") {
    const type = response.headers.get("content-type") ?? "unknown type";
    return failure(`The file at ${url.href} (${type}) ${result.problems[0].message}.`, false);
  }
  return result;
}

/**
 * The body as bytes, or null as soon as it grows past the size limit (the rest is not
 * read). Chunks are kept as they come and joined once: decoding them one by one into a
 * growing string cost ~0.1 s of the page's time for 40 MB.
 */
async function readBytes(
  response: Response,
  watch: StallWatch,
  onProgress: (progress: LoadProgress) => void,
): Promise<Uint8Array | null> {
  const length = Number(response.headers.get("content-length"));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (response.body === null) return new Uint8Array(await watch.race(response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  let reported = -Infinity;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await watch.race(reader.read());
    } catch (error) {
      await reader.cancel().catch(() => {});
      throw error;
    }
    const { done, value } = step;
    if (done) break;
    watch.arm();
    loadedBytes += value.byteLength;
    if (loadedBytes > MAX_DATASET_CHARS) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
    // A 40 MB file comes in hundreds of chunks; a new message every few frames is enough.
    const now = performance.now();
    if (now - reported >= PROGRESS_INTERVAL_MS) {
      reported = now;
      onProgress({ phase: "downloading", loadedBytes, totalBytes });
    }
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A published spreadsheet, converted as `npm run import` converts it (loaded only now). */
async function readSheet(
  bytes: Uint8Array,
  url: URL,
  baseUrl: URL | undefined,
  signal: AbortSignal,
): Promise<FetchOutcome> {
  const { fetchBase, sheetToResult } = await import("./loadSheet.ts");
  let base = undefined;
  if (baseUrl !== undefined) {
    const fetched = await fetchBase(baseUrl, signal);
    if (!fetched.ok) return { ok: false, problems: fetched.problems, retryable: true };
    base = fetched.base;
  }
  return sheetToResult(bytes, url, base);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function failure(message: string, retryable: boolean): FetchOutcome {
  return { ok: false, problems: [{ path: "(file)", message }], retryable };
}
