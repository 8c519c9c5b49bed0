// Text → validated dataset, the same steps wherever they run (page or worker). The JSON
// error locator and the full validator are loaded only when the text has problems.
import type { LoadResult } from "./model.ts";
import { tooDeep, tooLarge } from "./bounds.ts";
import { fastValidate } from "./fastPath.ts";

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
  // The fast path accepts valid datasets; the full one (zod, loaded only now) says what is
  // wrong with the others.
  const dataset = fastValidate(value);
  if (dataset !== null) return { ok: true, dataset };
  const { validateFully } = await import("./validate.ts");
  return validateFully(value);
}
