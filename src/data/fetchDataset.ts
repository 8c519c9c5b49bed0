// Fetches a dataset and passes it through the data boundary; every failure becomes a
// message that says what went wrong and where.
import type { LoadResult } from "./model.ts";
import { loadDataset } from "./validate.ts";

export type FetchOutcome =
  LoadResult | { ok: false; problems: { path: string; message: string }[]; retryable: boolean };

export async function fetchDataset(url: URL, signal?: AbortSignal): Promise<FetchOutcome> {
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
  const text = await response.text();
  const result = loadDataset(text);
  if (!result.ok && result.problems.length === 1 && result.problems[0]?.path === "(file)") {
    const type = response.headers.get("content-type") ?? "unknown type";
    return failure(`The file at ${url.href} (${type}) ${result.problems[0].message}.`, false);
  }
  return result;
}

function failure(message: string, retryable: boolean): FetchOutcome {
  return { ok: false, problems: [{ path: "(file)", message }], retryable };
}
