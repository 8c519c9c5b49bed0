// Text → validated dataset, the same steps wherever they run (page or worker). The JSON
// error locator is loaded only when the text does not parse.
import type { LoadResult } from "./model.ts";
import { tooDeep, tooLarge, validateDataset } from "./validate.ts";

export async function parseDataset(text: string): Promise<LoadResult> {
  const large = tooLarge(text);
  if (large !== null) return { ok: false, problems: [large] };
  const deep = tooDeep(text);
  if (deep !== null) return { ok: false, problems: [deep] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { describeJsonError } = await import("./jsonErrors.ts");
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "(file)", message: describeJsonError(text, reason) }] };
  }
  return validateDataset(value);
}
