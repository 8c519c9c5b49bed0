// Reading a LoadResult in tests: the dataset when it must be valid, the problems when it must
// not be (either way a wrong answer fails with what was found), and a dataset as it arrives.
import type { Dataset, LoadResult, Problem } from "../data/model.ts";

export function valid(result: LoadResult): Dataset {
  if (!result.ok) throw new Error(`expected a valid dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

export function problems(result: LoadResult): Problem[] {
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

/** Through JSON, as every dataset arrives. */
export function roundTrip(doc: unknown): unknown {
  return JSON.parse(JSON.stringify(doc));
}
