// The tables `npm run bench` prints: the browser runs, the Node timings and where the
// page's main thread spent its time, the spreadsheet import, and the profiled functions.
import type { CsvImportTiming } from "./csvImport.ts";
import type { SelfTime } from "./cpuProfile.ts";
import { TIME_KEYS } from "./mainThread.ts";
import type { NodeResult } from "./prepareDataset.ts";
import type { SizeSummary } from "./summary.ts";
import { formatTable, num } from "./table.ts";

const NODE_NOTE =
  "\nparse / validate: JSON.parse and validateDataset. index: buildSearchIndex. facets: " +
  "applyFilters + facetCounts with kinds, people, a claim, stances and outlets selected. " +
  "query: the same two with a three-term query on a fresh index.";

/** The browser table, then the Node and main-thread table. */
export function printTables(summaries: SizeSummary[], node: NodeResult[], runs: number): void {
  const browserRows = summaries.map((s) => {
    const failed = s.status !== "ok" && s.readyMs === null;
    return [
      num(s.events),
      s.status,
      failed ? s.status : num(s.readyMs),
      num(s.datasetLoadedMs),
      num(s.longestTaskBeforeReadyMs),
      num(s.frames.medianMs, 1),
      num(s.frames.p95Ms, 1),
      num(s.frames.maxMs),
      num(s.frames.over50),
      num(s.zoomP95Ms, 1),
      num(s.panP95Ms, 1),
      s.zoomHandledMs === null
        ? "–"
        : `${num(s.zoomHandledMs / 1000, 1)} / ${num((s.panHandledMs ?? 0) / 1000, 1)}`,
      num(s.heapMB, 1),
      num(s.domNodes),
    ];
  });
  console.log(`\nIn the browser (median of ${runs} run${runs === 1 ? "" : "s"} per size):\n`);
  console.log(
    formatTable(
      [
        "events",
        "status",
        "ready ms",
        "file in ms",
        "long task",
        "frame p50",
        "p95",
        "max",
        ">50ms",
        "zoom p95",
        "pan p95",
        "2s input took",
        "heap MB",
        "DOM nodes",
      ],
      browserRows,
    ),
  );
  console.log(
    "\nready: navigation start to data-timeline-ready. file in: dataset downloaded (responseEnd). " +
      "long task: longest main-thread task before ready, ms. frame p50/p95/max/>50ms: " +
      "requestAnimationFrame intervals, ms, over the scripted 2 s ctrl+wheel zoom and 2 s drag " +
      "pan (zoom p95, pan p95: each phase alone). 2s input took: seconds until the page had " +
      "handled the 2 s of wheel / drag input. heap: usedJSHeapSize after a forced GC at ready.",
  );

  const ms = (v: number | null | undefined) => num(v);
  const threadRows = summaries.map((s) => {
    const n = node.find((r) => r.events === s.events);
    const { load, interaction } = s.mainThread;
    return [
      num(s.events),
      n === undefined ? "–" : num(n.bytes / 1e6, 2),
      num(n?.parseMs, 1),
      n === undefined ? "–" : n.valid ? num(n.validateMs, 1) : "INVALID",
      num(n?.filters?.buildMs, 1),
      num(n?.filters?.facetsMs, 1),
      num(n?.filters?.queryMs, 1),
      ...TIME_KEYS.map((key) => ms(load[key])),
      ...TIME_KEYS.map((key) => ms(interaction[key])),
    ];
  });
  console.log("\nNode validation, and where the page's main thread spends its time:\n");
  console.log(
    formatTable(
      [
        "events",
        "file MB",
        "parse ms",
        "validate ms",
        "index ms",
        "facets ms",
        "query ms",
        "load: task",
        "script",
        "style",
        "layout",
        "interact: task",
        "script",
        "style",
        "layout",
      ],
      threadRows,
    ),
  );
  console.log(
    `${NODE_NOTE} All in Node, median of 3.` +
      "\nload / interact: " +
      "renderer main-thread CPU ms (CDP Performance metrics, thread time) from navigation to " +
      "ready, and over the zoom + pan; task covers everything, script / style / layout are " +
      "parts of it. Frame intervals far above these mean the frames waited on something else " +
      "(raster, compositing, other processes on a busy machine).",
  );
}

/** The spreadsheet import (nothing when it was skipped). */
export function printCsvTable(timings: readonly CsvImportTiming[]): void {
  if (timings.length === 0) return;
  console.log("\nSpreadsheet import in Node (one run each):\n");
  console.log(
    formatTable(
      ["rows", "CSV MB", "import ms", "JSON out ms", "preview ms", "events", "sources", "problems"],
      timings.map((t) => [
        num(t.rows),
        num(t.megabytes, 2),
        num(t.importMs),
        num(t.jsonMs),
        num(t.previewMs),
        num(t.events),
        num(t.sources),
        num(t.problems),
      ]),
    ),
  );
  console.log(
    "\nimport: csvToDataset on a sheet with one distinct source per row (scripts/bench/csvRows.ts). " +
      "JSON out: the command line's formatted output. preview: what the preview page runs on the " +
      "dropped file (conversion, validation, JSON).",
  );
}

/** `--node`: the Node rows alone. */
export function printNodeTable(node: readonly NodeResult[]): void {
  console.log("\nIn Node (median of 3 runs per size):\n");
  console.log(
    formatTable(
      ["events", "file MB", "parse ms", "validate ms", "index ms", "facets ms", "query ms"],
      node.map((n) => [
        num(n.events),
        num(n.bytes / 1e6, 2),
        num(n.parseMs, 1),
        n.valid ? num(n.validateMs, 1) : "INVALID",
        num(n.filters?.buildMs, 1),
        num(n.filters?.facetsMs, 1),
        num(n.filters?.queryMs, 1),
      ]),
    ),
  );
  console.log(NODE_NOTE);
}

/** `--profile`: the functions with the most self time, per profiled phase. */
export function printProfiles(profiles: Readonly<Record<string, SelfTime>>): void {
  for (const [name, top] of Object.entries(profiles)) {
    console.log(`\nTop self time, ${name} (profiled run, sampling every 250 µs):`);
    console.log(
      formatTable(
        ["ms", "share", "function (original source)"],
        top.map((t) => [num(t.ms, 1), `${(t.share * 100).toFixed(1)} %`, t.fn]),
        [2],
      ).replace(/^/gm, "  "),
    );
  }
}
