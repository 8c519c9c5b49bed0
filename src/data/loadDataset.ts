// Text to dataset in one call, for the command line and tests. The browser path
// (fetchDataset.ts) does the same steps but loads the JSON error locator only on failure.
import { describeJsonError } from "./jsonErrors.ts";
import type { LoadResult } from "./model.ts";
import { tooLarge, validateDataset } from "./validate.ts";

export function loadDataset(text: string): LoadResult {
  const large = tooLarge(text);
  if (large !== null) return { ok: false, problems: [large] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "(file)", message: describeJsonError(text, reason) }] };
  }
  return validateDataset(value);
}
