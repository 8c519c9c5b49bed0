// The Node side of each size: generate the dataset, write it where the page will fetch it,
// and time JSON.parse, validateDataset and the filter and search work on it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateDataset } from "../../src/data/validate.ts";
import { DIST } from "./build.ts";
import { timeFilters, type FilterTimes } from "./filters.ts";
import { generateDataset } from "./generate.ts";
import { median, round } from "./statistics.ts";

export interface NodeResult {
  events: number;
  bytes: number;
  generateMs: number;
  parseMs: number | null;
  validateMs: number | null;
  /** Medians of `timeFilters` over the same three runs; null when the dataset is invalid. */
  filters: FilterTimes | null;
  valid: boolean;
  problems?: string[];
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function prepareDataset(count: number, seed: number): { text: string; node: NodeResult } {
  let text = "";
  const generateMs = timeIt(() => {
    text = JSON.stringify(generateDataset(count, seed));
  });
  writeFileSync(join(DIST, "bench", `${count}.json`), text);
  const parse: number[] = [];
  const validate: number[] = [];
  const filterRuns: FilterTimes[] = [];
  let valid = true;
  let problems: string[] | undefined;
  for (let i = 0; i < 3; i++) {
    let value: unknown;
    parse.push(
      timeIt(() => {
        value = JSON.parse(text);
      }),
    );
    // A fresh parse each time: validation must not find anything warmed or cached.
    let result: ReturnType<typeof validateDataset> | undefined;
    validate.push(
      timeIt(() => {
        result = validateDataset(value);
      }),
    );
    if (result?.ok === true) {
      filterRuns.push(timeFilters(result.dataset));
    } else {
      valid = false;
      problems = result?.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    }
  }
  const node: NodeResult = {
    events: count,
    bytes: Buffer.byteLength(text),
    generateMs: round(generateMs) ?? 0,
    parseMs: round(median(parse)),
    validateMs: round(median(validate)),
    filters: valid ? medianFilterTimes(filterRuns) : null,
    valid,
  };
  if (problems !== undefined) node.problems = problems;
  return { text, node };
}

export function medianFilterTimes(runs: readonly FilterTimes[]): FilterTimes {
  const of = (key: keyof FilterTimes) => round(median(runs.map((r) => r[key]))) ?? 0;
  return {
    buildMs: of("buildMs"),
    facetsMs: of("facetsMs"),
    queryMs: of("queryMs"),
    facetMatches: of("facetMatches"),
    queryMatches: of("queryMatches"),
  };
}
