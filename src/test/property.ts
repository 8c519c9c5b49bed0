// Every property test takes its fast-check options from here. `npm run test:unit` runs each
// property a modest, fixed number of times from a fixed seed, so CI stays quick and a
// failure there replays exactly. `npm run test:fuzz` sets FUZZ_SEED (random unless given,
// and printed) to search far more cases; fast-check's failure report then names the seed
// and the path of the failing case, which replay it.

/** How many times the CI count of each property `npm run test:fuzz` runs by default. */
export const FUZZ_FACTOR = 20;

export interface PropertyOptions {
  seed: number;
  numRuns: number;
}

/**
 * The options for one `fc.assert`: `seed` and `numRuns` as given, unless FUZZ_SEED is set;
 * then that seed, and FUZZ_RUNS runs (default: FUZZ_FACTOR times `numRuns`).
 */
export function propertyOptions(seed: number, numRuns = 100): PropertyOptions {
  const fuzzSeed = integerFromEnv("FUZZ_SEED");
  if (fuzzSeed === undefined) return { seed, numRuns };
  return { seed: fuzzSeed, numRuns: integerFromEnv("FUZZ_RUNS") ?? numRuns * FUZZ_FACTOR };
}

function integerFromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  // A typo must not quietly fall back to the CI seed and look like a passing fuzz run.
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not "${text}"`);
  return value;
}
