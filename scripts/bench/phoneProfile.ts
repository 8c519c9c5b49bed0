// The phone profile: a 390×844 touch screen at 3× density with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate), on the real bundled dataset: the build's `/`, which
// loads data/de-armas-cruise-2025.json. Each run loads the app (FCP, LCP, ready, then a tap
// on the first card to the frame showing it unfolded), the floor page on the same file and
// the page's HTML alone under the same profile, so that the FCP budget has its floor at the
// same size and its least possible value beside it (realDataset.ts).
import type { Browser, BrowserContextOptions } from "@playwright/test";
import type { LoadResult } from "./loadRun.ts";
import { REAL_DATASET_PATH, realDatasetRuns, type RealRuns } from "./realDataset.ts";
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

/** What the report records of the profile. */
export const PHONE_PROFILE = {
  ...PHONE_CONTEXT,
  cpuThrottlingRate: PHONE_CPU_THROTTLING,
  dataset: REAL_DATASET_PATH,
};

export type PhoneRun = LoadResult & Partial<TapResult>;

export type PhoneRuns = RealRuns<TapResult>;

/** `runs` runs of the app (with the tap), of the floor and of the HTML alone, in turn. */
export function phoneRuns(
  browser: () => Promise<Browser>,
  origin: string,
  runs: number,
): Promise<PhoneRuns> {
  return realDatasetRuns(browser, origin, runs, {
    name: "phone",
    setup: { context: PHONE_CONTEXT, cpuThrottlingRate: PHONE_CPU_THROTTLING },
    after: {
      measure: tapFirstCard,
      describe: (run) => `, tap → frame ${num(run.tapToFrameMs)} ms`,
    },
  });
}
