// npm run bench [-- --sizes 100,1000 --runs 3 --phone-runs 3 --out bench-results/bench.json --profile --node]
//
// Generates synthetic datasets, serves the production build, and measures in headless
// Chromium, for each size and run: time from navigation to `data-timeline-ready`, first
// and largest contentful paint, frame intervals while a scripted ctrl+wheel zoom and a
// mouse-drag pan run, JS heap and DOM nodes; plus, in Node, JSON.parse, validateDataset,
// search-index, filter and query times. Before the browser runs, it times the spreadsheet
// import of a 50,000-row sheet in Node (--csv-rows; 0 skips it).
//
// The floor: after each run of the app, the same size's file is loaded by a floor page
// (dist/bench/floor.html, written by the bench: no framework, download, JSON.parse, one
// canvas dot per event, ready mark) and measured the same way; the tables give the app's
// ready over the floor's per size.
//
// The phone profile (--phone-runs, default --runs; 0 skips it): 390×844, touch, 3× density,
// CPU throttled 4×, on the real bundled dataset at `/`: FCP, LCP, ready, and a tap on the
// first card to the frame showing it unfolded; the floor page on the same file and the
// page's HTML without its scripts under the same profile.
//
// The real dataset on the desktop (--runs): the prerendered `/`, the floor on the same
// file, and the same page's HTML without its scripts, for the first contentful paint's budget.
//
// It prints tables (medians over runs), the budgets of issue #15 met or not, and writes
// JSON with every run, the summaries, the verdicts and machine details.
//
// --node measures the Node rows only, without a build or a browser: quick, and usable on a
// machine whose browsers are busy with something else.
//
// A benchmark, not a test: timings never fail it, budgets included. It exits non-zero only
// when something broke (a page that never became ready, showed an error, crashed or stopped
// answering, the app's or the floor's).
//
// --profile adds one extra, uncounted run per size under the CPU profiler and prints the
// functions with the most self time while loading and while interacting (mapped through
// the build's source maps); the .cpuprofile files are written beside the JSON and open in
// Chrome DevTools (Performance panel).
//
// The parts, one idea a file: options.ts (the command line), prepareDataset.ts (the Node
// side), pageRun.ts (one run of the app in the browser, with pageProbe.ts, paintTimings.ts
// and interaction.ts), floorPage.ts and loadRun.ts (the floor page, and one load measured
// like the app's), htmlAlone.ts, realDataset.ts, phoneProfile.ts with tapToFrame.ts, cpuProfile.ts, summary.ts,
// budgets.ts, printTables.ts and printSpeed.ts (what is printed), machine.ts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chooseBrowser } from "../../e2e/browser.ts";
import { startStaticServer } from "../staticServer.ts";
import { DIST, ensureBuild } from "./build.ts";
import { profilerFor, type SelfTime } from "./cpuProfile.ts";
import { timeCsvImport, type CsvImportTiming } from "./csvImport.ts";
import { budgetVerdicts } from "./budgets.ts";
import { FLOOR_FILE, FLOOR_HTML, floorUrl } from "./floorPage.ts";
import { HTML_ALONE_FILE, htmlAlone } from "./htmlAlone.ts";
import { INTERACTION, VIEWPORT } from "./interaction.ts";
import { loadOnce, type LoadResult } from "./loadRun.ts";
import { machine } from "./machine.ts";
import { parseOptions, type Options } from "./options.ts";
import { DESKTOP_CONTEXT, runOnce, type RunResult } from "./pageRun.ts";
import { PHONE_PROFILE, phoneRuns, type PhoneRuns } from "./phoneProfile.ts";
import { prepareDataset, type NodeResult } from "./prepareDataset.ts";
import {
  printBudgets,
  printDesktopRealTable,
  printFloorTable,
  printPhoneTable,
} from "./printSpeed.ts";
import { desktopRealRuns, type RealRuns } from "./realDataset.ts";
import { printCsvTable, printNodeTable, printProfiles, printTables } from "./printTables.ts";
import { summarize, summarizePhone, summarizeReal } from "./summary.ts";
import { num } from "./table.ts";

/** `--node`: the Node rows alone, as a table and as JSON beside the browser report's. */
function nodeReport(options: Options, node: NodeResult[]): number {
  printNodeTable(node);
  const report = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage: os.loadavg() },
    options,
    node,
  };
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${options.out}`);
  return node.some((n) => !n.valid) ? 1 : 0;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options.nodeOnly) ensureBuild();
  mkdirSync(join(DIST, "bench"), { recursive: true });
  writeFileSync(join(DIST, FLOOR_FILE), FLOOR_HTML);
  const outDir = dirname(resolve(options.out));
  mkdirSync(outDir, { recursive: true });

  console.log(`Generating datasets (seed ${options.seed}) and timing validation in Node…`);
  const node: NodeResult[] = [];
  const datasets = new Map<string, Buffer>();
  for (const size of options.sizes) {
    const { text, node: result } = prepareDataset(size, options.seed);
    datasets.set(`/bench/${size}.json`, Buffer.from(text));
    node.push(result);
    console.log(
      `  ${num(size).padStart(7)} events: ${num(result.bytes / 1e6, 2)} MB, JSON.parse ${num(result.parseMs, 1)} ms, validateDataset ${num(result.validateMs, 1)} ms${result.valid ? "" : " INVALID"}`,
    );
    const f = result.filters;
    if (f !== null) {
      console.log(
        `           index ${num(f.buildMs, 1)} ms, facets ${num(f.facetsMs, 1)} ms (${num(f.facetMatches)} pass), query ${num(f.queryMs, 1)} ms (${num(f.queryMatches)} match)`,
      );
    }
    for (const problem of result.problems ?? []) console.log(`      ${problem}`);
  }
  const csvImport: CsvImportTiming[] = [];
  for (const rows of options.csvRows) {
    const timing = await timeCsvImport(rows);
    csvImport.push(timing);
    console.log(
      `  CSV import of ${num(rows)} rows: ${num(timing.importMs)} ms, preview ${num(timing.previewMs)} ms, ${num(timing.events)} events, ${num(timing.sources)} sources`,
    );
  }
  if (options.nodeOnly) return nodeReport(options, node);

  const loadBefore = os.loadavg();
  if ((loadBefore[0] ?? 0) > os.cpus().length) {
    console.log(
      `Warning: the machine is busy (load average ${loadBefore.map((l) => l.toFixed(1)).join(", ")} on ${os.cpus().length} CPUs); timings will be noisy.`,
    );
  }
  const choice = chooseBrowser();
  console.log(choice.description);
  // The benchmark datasets come from memory, so that a rebuild elsewhere (which empties
  // dist/) cannot pull them away mid-run.
  // The floor page too: it is written into dist/bench/ to be looked at, and served from here;
  // and the real dataset's page without its scripts (htmlAlone.ts), made from this build's.
  datasets.set(`/${FLOOR_FILE}`, Buffer.from(FLOOR_HTML));
  const alone = htmlAlone(readFileSync(join(DIST, "index.html"), "utf8"));
  writeFileSync(join(DIST, HTML_ALONE_FILE), alone);
  datasets.set(`/${HTML_ALONE_FILE}`, Buffer.from(alone));
  const { origin, close } = await startStaticServer({ root: DIST, files: datasets });
  const launch = () =>
    chromium.launch({
      ...(choice.executablePath === undefined ? {} : { executablePath: choice.executablePath }),
      headless: true,
      args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"],
    });
  // One uncounted load of each page first, so that no size pays for starting the
  // browser's processes.
  const warmUp = async (browser: Browser) => {
    const smallest = Math.min(...options.sizes);
    await runOnce(browser, origin, smallest, 0, null);
    await loadOnce(browser, floorUrl(origin, `/bench/${smallest}.json`), 0, {
      context: DESKTOP_CONTEXT,
    });
    return browser;
  };
  let browser = await warmUp(await launch());
  const chromiumVersion = browser.version();

  const connected = async () => {
    if (!browser.isConnected()) browser = await warmUp(await launch());
    return browser;
  };

  const results: Record<string, RunResult[]> = {};
  const floorResults: Record<string, LoadResult[]> = {};
  const profiles: Record<string, SelfTime> = {};
  let desktopReal: RealRuns | null = null;
  let phone: PhoneRuns | null = null;
  try {
    for (const size of options.sizes) {
      const runs: RunResult[] = [];
      const floorRuns: LoadResult[] = [];
      for (let run = 1; run <= options.runs; run++) {
        process.stdout.write(`  ${num(size).padStart(7)} events, run ${run}/${options.runs}: `);
        const result = await runOnce(await connected(), origin, size, run, null);
        runs.push(result);
        console.log(
          result.status === "ok"
            ? `ready ${num(result.readyMs)} ms, FCP ${num(result.fcpMs)} ms, frame p95 ${num(result.frames?.p95Ms, 1)} ms, max ${num(result.frames?.maxMs)} ms${result.interaction?.complete === false ? " (interaction cut short)" : ""}`
            : `${result.status}${result.error === undefined ? "" : `: ${result.error}`}`,
        );
        for (const message of result.consoleErrors.slice(0, 3))
          console.log(`      console: ${message}`);
        // The floor page right after, on the same file, measured the same way.
        const floor = await loadOnce(
          await connected(),
          floorUrl(origin, `/bench/${size}.json`),
          run,
          { context: DESKTOP_CONTEXT },
        );
        floorRuns.push(floor);
        console.log(
          floor.status === "ok"
            ? `          floor: ready ${num(floor.readyMs)} ms, FCP ${num(floor.fcpMs)} ms`
            : `          floor: ${floor.status}${floor.error === undefined ? "" : `: ${floor.error}`}`,
        );
      }
      results[size] = runs;
      floorResults[size] = floorRuns;
      if (options.profile) {
        process.stdout.write(`  ${num(size).padStart(7)} events, profiled run: `);
        const result = await runOnce(
          await connected(),
          origin,
          size,
          0,
          profilerFor(outDir, profiles),
        );
        console.log(result.status);
      }
    }
    if (options.runs > 0) desktopReal = await desktopRealRuns(connected, origin, options.runs);
    if (options.phoneRuns > 0) phone = await phoneRuns(connected, origin, options.phoneRuns);
  } finally {
    await browser.close().catch(() => undefined);
    await close();
  }

  const summaries = options.sizes.map((size) =>
    summarize(size, results[size] ?? [], floorResults[size] ?? []),
  );
  const desktopRealSummary = desktopReal === null ? null : summarizeReal(desktopReal);
  const phoneSummary = phone === null ? null : summarizePhone(phone);
  const budgets = budgetVerdicts(summaries, desktopRealSummary, phoneSummary);
  printTables(summaries, node, options.runs);
  printCsvTable(csvImport);
  printProfiles(profiles);
  printFloorTable(summaries);
  printDesktopRealTable(desktopRealSummary, options.runs);
  printPhoneTable(phoneSummary, options.phoneRuns);
  printBudgets(budgets);

  const report = {
    date: new Date().toISOString(),
    machine: {
      ...machine(),
      chromium: chromiumVersion,
      browser: choice.description,
      /** 1, 5 and 15 minute load averages before and after the browser runs. */
      loadAverage: { before: loadBefore, after: os.loadavg() },
    },
    options: {
      ...options,
      viewport: VIEWPORT,
      interaction: INTERACTION,
      phoneProfile: PHONE_PROFILE,
    },
    node,
    csvImport,
    browser: summaries.map((summary) => ({
      ...summary,
      runs: results[summary.events] ?? [],
      floorRuns: floorResults[summary.events] ?? [],
    })),
    desktopReal: desktopRealSummary === null ? null : { ...desktopRealSummary, runs: desktopReal },
    phone: phoneSummary === null ? null : { ...phoneSummary, runs: phone },
    budgets,
    ...(options.profile ? { profiles } : {}),
  };
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${options.out}`);

  const broken =
    node.some((n) => !n.valid) ||
    csvImport.some((t) => t.problems > 0 || t.events !== t.rows) ||
    [
      ...Object.values(results),
      ...Object.values(floorResults),
      desktopReal?.app ?? [],
      desktopReal?.floor ?? [],
      phone?.app ?? [],
      phone?.floor ?? [],
    ]
      .flat()
      .some((r) => r.status !== "ok");
  if (broken) console.error("Something broke (see the status column): exiting with 1.");
  return broken ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
