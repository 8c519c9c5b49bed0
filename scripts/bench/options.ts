// The command line of `npm run bench`: which sizes, how many runs, where the report goes.
import { parseArgs } from "node:util";

const SEED = 20250213;

export interface Options {
  sizes: number[];
  runs: number;
  out: string;
  seed: number;
  profile: boolean;
  nodeOnly: boolean;
  csvRows: number[];
  /** Runs of the phone profile (app and floor); 0 skips it. Defaults to `runs`. */
  phoneRuns: number;
}

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "100,1000,10000,100000" },
      runs: { type: "string", default: "3" },
      out: { type: "string", default: "bench-results/bench.json" },
      seed: { type: "string", default: String(SEED) },
      profile: { type: "boolean", default: false },
      node: { type: "boolean", default: false },
      "csv-rows": { type: "string", default: "50000" },
      "phone-runs": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(
      "npm run bench -- [--sizes 100,1000,10000,100000] [--runs 3] [--out bench-results/bench.json] [--seed N] [--profile] [--node] [--csv-rows 50000] [--phone-runs N (0 skips)]",
    );
    process.exit(0);
  }
  const sizes = values.sizes.split(",").map((s) => Number(s.trim().replaceAll("_", "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--sizes must be positive integers separated by commas, got ${values.sizes}`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be ≥ 1, got ${values.runs}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const csvRows = values["csv-rows"]
    .split(",")
    .map((s) => Number(s.trim().replaceAll("_", "")))
    .filter((n) => n !== 0);
  if (csvRows.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new Error(`--csv-rows must be row counts separated by commas, got ${values["csv-rows"]}`);
  }
  const phoneRuns = values["phone-runs"] === undefined ? runs : Number(values["phone-runs"]);
  if (!Number.isInteger(phoneRuns) || phoneRuns < 0) {
    throw new Error(`--phone-runs must be ≥ 0, got ${values["phone-runs"]}`);
  }
  return {
    sizes,
    runs,
    out: values.out,
    seed,
    profile: values.profile,
    nodeOnly: values.node,
    csvRows,
    phoneRuns,
  };
}
