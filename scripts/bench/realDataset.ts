// The real bundled dataset: the build's `/` (the prerendered story, then the timeline
// taking it over), the floor page on the same file and the same page's HTML alone
// (htmlAlone.ts), alternating, in one browser profile. Issue #15 holds the real dataset's
// first contentful paint to the floor's ready on the same file: on the desktop (here) and
// under the phone profile (phoneProfile.ts, which adds a tap on a card). The HTML alone
// paints what the app's first paint shows with no script at all: the least that FCP can be.
import type { Browser, Page } from "@playwright/test";
import { floorUrl } from "./floorPage.ts";
import { HTML_ALONE_PATH } from "./htmlAlone.ts";
import { loadOnce, type LoadResult, type LoadSetup } from "./loadRun.ts";
import { DESKTOP_CONTEXT } from "./pageRun.ts";
import { num } from "./table.ts";

/** The dataset `/` loads (an English-speaking browser; see public/data-prefetch.js). */
export const REAL_DATASET_PATH = "/data/de-armas-cruise-2025.json";

export interface RealRuns<T extends object = object> {
  app: (LoadResult & Partial<T>)[];
  floor: LoadResult[];
  /** The app's page without its scripts: paints only, no ready. */
  html: LoadResult[];
}

interface Profile<T extends object> {
  /** "desktop", "phone": the progress lines' name for it. */
  name: string;
  setup: Omit<LoadSetup<T>, "after">;
  /** More measurements of the app once ready, and how its progress line gives them. */
  after?: { measure: (page: Page) => Promise<T>; describe: (run: Partial<T>) => string };
}

const describe = (r: LoadResult, extra = "") =>
  r.status === "ok"
    ? `${r.readyMs === undefined ? "" : `ready ${num(r.readyMs)} ms, `}FCP ${num(r.fcpMs)} ms${extra}`
    : `${r.status}${r.error === undefined ? "" : `: ${r.error}`}`;

/**
 * `runs` runs of the app at `/`, of the floor and of the HTML alone, in turn, with a line of
 * progress each.
 */
export async function realDatasetRuns<T extends object>(
  browser: () => Promise<Browser>,
  origin: string,
  runs: number,
  profile: Profile<T>,
): Promise<RealRuns<T>> {
  const app: (LoadResult & Partial<T>)[] = [];
  const floor: LoadResult[] = [];
  const html: LoadResult[] = [];
  const { setup, after } = profile;
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`  ${profile.name}, real dataset, run ${run}/${runs}: `);
    const a = await loadOnce<T>(await browser(), `${origin}/`, run, {
      ...setup,
      ...(after === undefined ? {} : { after: after.measure }),
    });
    app.push(a);
    console.log(`app ${describe(a, after === undefined ? "" : after.describe(a))}`);
    for (const message of a.consoleErrors.slice(0, 3)) console.log(`      console: ${message}`);
    const f = await loadOnce(await browser(), floorUrl(origin, REAL_DATASET_PATH), run, setup);
    floor.push(f);
    console.log(`      floor ${describe(f)}`);
    const h = await loadOnce(await browser(), `${origin}${HTML_ALONE_PATH}`, run, {
      ...setup,
      until: "load",
    });
    html.push(h);
    console.log(`      HTML alone ${describe(h)}`);
  }
  return { app, floor, html };
}

/** The real dataset in the desktop browser every size is measured in. */
export function desktopRealRuns(
  browser: () => Promise<Browser>,
  origin: string,
  runs: number,
): Promise<RealRuns> {
  return realDatasetRuns(browser, origin, runs, {
    name: "desktop",
    setup: { context: DESKTOP_CONTEXT },
  });
}
