// The phone profile: a 390×844 touch screen at 3× density with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate), on the real bundled dataset: the build's `/`, which
// loads data/de-armas-cruise-2025.json. Each run loads the app (FCP, LCP, ready, then a tap
// on the first card to the frame showing it unfolded) and the floor page on the same file
// under the same profile, so that the FCP budget has its floor at the same size.
import type { Browser, BrowserContextOptions } from "@playwright/test";
import { floorUrl } from "./floorPage.ts";
import { loadOnce, type LoadResult } from "./loadRun.ts";
import { tapFirstCard, type TapResult } from "./tapToFrame.ts";
import { num } from "./table.ts";

export const PHONE_CONTEXT: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: "en-GB",
  timezoneId: "UTC",
};
export const PHONE_CPU_THROTTLING = 4;
/** The dataset `/` loads (an English-speaking browser; see public/data-prefetch.js). */
export const REAL_DATASET_PATH = "/data/de-armas-cruise-2025.json";

/** What the report records of the profile. */
export const PHONE_PROFILE = {
  ...PHONE_CONTEXT,
  cpuThrottlingRate: PHONE_CPU_THROTTLING,
  dataset: REAL_DATASET_PATH,
};

export type PhoneRun = LoadResult & Partial<TapResult>;

export interface PhoneRuns {
  app: PhoneRun[];
  floor: LoadResult[];
}

const describe = (r: LoadResult, extra = "") =>
  r.status === "ok"
    ? `ready ${num(r.readyMs)} ms, FCP ${num(r.fcpMs)} ms${extra}`
    : `${r.status}${r.error === undefined ? "" : `: ${r.error}`}`;

/** `runs` runs of the app and of the floor, alternating, with a line of progress each. */
export async function phoneRuns(
  browser: () => Promise<Browser>,
  origin: string,
  runs: number,
): Promise<PhoneRuns> {
  const app: PhoneRun[] = [];
  const floor: LoadResult[] = [];
  const setup = { context: PHONE_CONTEXT, cpuThrottlingRate: PHONE_CPU_THROTTLING };
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`  phone, real dataset, run ${run}/${runs}: `);
    const a = await loadOnce(await browser(), `${origin}/`, run, { ...setup, after: tapFirstCard });
    app.push(a);
    console.log(`app ${describe(a, `, tap → frame ${num(a.tapToFrameMs)} ms`)}`);
    for (const message of a.consoleErrors.slice(0, 3)) console.log(`      console: ${message}`);
    const f = await loadOnce(await browser(), floorUrl(origin, REAL_DATASET_PATH), run, setup);
    floor.push(f);
    console.log(`      floor ${describe(f)}`);
  }
  return { app, floor };
}
