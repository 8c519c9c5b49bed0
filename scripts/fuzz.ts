// `npm run test:fuzz`: the property tests with a random seed and many more runs than CI's,
// to find what the fixed seeds miss. The seed is printed first and last, so that a failure
// replays with FUZZ_SEED=<seed> (fast-check's report adds the path of the failing case).
// Extra arguments go to Vitest, e.g. a file to fuzz alone.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const seed = process.env.FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));
const files = ["src", "scripts"]
  .flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" }).map((f) => join(root, f)),
  )
  .filter((file) => /\.test\.tsx?$/.test(file))
  .filter((file) => readFileSync(file, "utf8").includes("propertyOptions("))
  .sort();
const replay = `FUZZ_SEED=${seed}${process.env.FUZZ_RUNS ? ` FUZZ_RUNS=${process.env.FUZZ_RUNS}` : ""} npm run test:fuzz`;
console.log(`fuzz seed ${seed}, ${files.length} files (replay: ${replay})`);

const args = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  // No time limit: many runs are slow by design.
  [
    join("node_modules", "vitest", "vitest.mjs"),
    "run",
    "--testTimeout=0",
    ...(args.length > 0 ? args : files),
  ],
  { stdio: "inherit", env: { ...process.env, TZ: "UTC", FUZZ_SEED: seed } },
);
console.log(`fuzz seed ${seed}: ${result.status === 0 ? "passed" : `failed (replay: ${replay})`}`);
process.exit(result.status ?? 1);
