// The production build the benchmark serves: where it is, and building it when missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const DIST = resolve("dist");

export function ensureBuild(): void {
  if (existsSync(join(DIST, "index.html"))) return;
  console.log("dist/index.html is missing: running `npm run build` first.");
  const build = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (build.status !== 0 || !existsSync(join(DIST, "index.html"))) {
    throw new Error("`npm run build` failed; fix the build and run the benchmark again");
  }
}
