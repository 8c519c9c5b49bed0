// Fetches a dataset and passes it through the data boundary; every failure becomes a
// message that says what went wrong and where.
import type { LoadResult, Problem } from "./model.ts";
import { tooLarge, validateDataset } from "./validate.ts";

export type FetchOutcome = LoadResult | { ok: false; problems: Problem[]; retryable: boolean };

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
  const large = tooLarge(text);
  if (large !== null) return failure(`The file at ${url.href} ${large.message}.`, false);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The locator that names line and column is only needed here, so it loads only here.
    const { describeJsonError } = await import("./jsonErrors.ts");
    const reason = error instanceof Error ? error.message : String(error);
    const type = response.headers.get("content-type") ?? "unknown type";
    return failure(`The file at ${url.href} (${type}) ${describeJsonError(text, reason)}.`, false);
  }
  return validateDataset(value);
}

function failure(message: string, retryable: boolean): FetchOutcome {
  return { ok: false, problems: [{ path: "(file)", message }], retryable };
}
