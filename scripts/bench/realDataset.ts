// The real bundled dataset on the desktop: the build's `/` (the prerendered story, then the
// timeline taking it over) and the floor page on the same file, in the desktop browser the
// sizes are measured in. Issue #15 holds the real dataset's first contentful paint to the
// floor's ready on the same file; this is that budget's desktop side (phoneProfile.ts has
// the phone's).
import type { Browser } from "@playwright/test";
import { floorUrl } from "./floorPage.ts";
import { loadOnce, type LoadResult } from "./loadRun.ts";
import { DESKTOP_CONTEXT } from "./pageRun.ts";
import { REAL_DATASET_PATH } from "./phoneProfile.ts";
import { num } from "./table.ts";

export interface RealRuns {
  app: LoadResult[];
  floor: LoadResult[];
}

const describe = (r: LoadResult) =>
  r.status === "ok"
    ? `ready ${num(r.readyMs)} ms, FCP ${num(r.fcpMs)} ms`
    : `${r.status}${r.error === undefined ? "" : `: ${r.error}`}`;

/** `runs` runs of the app at `/` and of the floor, alternating, with a line of progress each. */
export async function desktopRealRuns(
  browser: () => Promise<Browser>,
  origin: string,
  runs: number,
): Promise<RealRuns> {
  const app: LoadResult[] = [];
  const floor: LoadResult[] = [];
  const setup = { context: DESKTOP_CONTEXT };
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`  desktop, real dataset, run ${run}/${runs}: `);
    const a = await loadOnce(await browser(), `${origin}/`, run, setup);
    app.push(a);
    console.log(`app ${describe(a)}`);
    for (const message of a.consoleErrors.slice(0, 3)) console.log(`      console: ${message}`);
    const f = await loadOnce(await browser(), floorUrl(origin, REAL_DATASET_PATH), run, setup);
    floor.push(f);
    console.log(`      floor ${describe(f)}`);
  }
  return { app, floor };
}
