// The speed tables `npm run bench` prints after the others: the app against the floor page
// per size (ready, ratio, paints), the real dataset on the desktop and under the phone
// profile, and the budgets met or not.
import type { Verdict } from "./budgets.ts";
import type { PhoneSummary, RealSummary, SizeSummary } from "./summary.ts";
import { formatTable, num } from "./table.ts";

const times = (v: number | null) => (v === null ? "–" : `${num(v, 2)}×`);

/** The app and the floor page, per size: ready, ready/floor, FCP and LCP. */
export function printFloorTable(summaries: readonly SizeSummary[]): void {
  if (summaries.every((s) => s.floor === null)) return;
  console.log("\nThe app against the floor page (same file, same run, medians):\n");
  console.log(
    formatTable(
      [
        "events",
        "ready ms",
        "floor ready",
        "ready/floor",
        "FCP ms",
        "LCP ms",
        "floor FCP",
        "floor status",
      ],
      summaries.map((s) => [
        num(s.events),
        num(s.readyMs),
        num(s.floor?.readyMs),
        times(s.readyOverFloor),
        num(s.fcpMs),
        num(s.lcpMs),
        num(s.floor?.fcpMs),
        s.floor?.status ?? "–",
      ]),
    ),
  );
  console.log(
    "\nfloor: bench/floor.html, which downloads the same file, JSON.parses it and draws one " +
      "canvas dot per event, then sets data-timeline-ready; measured like the app (same probe, " +
      "navigation start as origin). FCP / LCP: first and largest contentful paint, read after " +
      "ready (a canvas is no LCP candidate, so the floor has none).",
  );
}

/** The real dataset on the desktop: the app at `/` (prerendered) and the floor. */
export function printDesktopRealTable(desktop: RealSummary | null, runs: number): void {
  if (desktop === null) return;
  console.log(
    `\nDesktop, real dataset (the prerendered page at /; median of ${runs} run${runs === 1 ? "" : "s"}):\n`,
  );
  console.log(formatTable(REAL_HEADERS, realRows(desktop)));
  console.log(`\n${HTML_ALONE_NOTE}`);
}

/** The phone profile on the real dataset: the app and the floor. */
export function printPhoneTable(phone: PhoneSummary | null, runs: number): void {
  if (phone === null) return;
  console.log(
    `\nPhone profile, real dataset (390×844 touch, DPR 3, CPU 4× slower; median of ${runs} run${runs === 1 ? "" : "s"}):\n`,
  );
  const [app = [], floor = [], html = []] = realRows(phone);
  console.log(
    formatTable(
      [...REAL_HEADERS, "tap → frame ms"],
      [
        [...app, num(phone.app.tapToFrameMs)],
        [...floor, ""],
        [...html, ""],
      ],
    ),
  );
  console.log(
    "\ntap → frame: from the tap on the first card reaching the page (pointerup) to the end of " +
      `the first frame showing it unfolded (median input delay before that: ${num(phone.app.tapInputDelayMs)} ms). ${HTML_ALONE_NOTE}`,
  );
}

const REAL_HEADERS = ["page", "status", "FCP ms", "LCP ms", "ready ms", "ready/floor"];

function realRows({ app, floor, html, readyOverFloor }: RealSummary): string[][] {
  return [
    ["app /", app.status, num(app.fcpMs), num(app.lcpMs), num(app.readyMs), times(readyOverFloor)],
    ["floor", floor.status, num(floor.fcpMs), num(floor.lcpMs), num(floor.readyMs), ""],
    ["HTML alone", html.status, num(html.fcpMs), num(html.lcpMs), "–", ""],
  ];
}

/** What the HTML-alone row is, printed under both real-dataset tables. */
const HTML_ALONE_NOTE =
  "HTML alone: the same prerendered page with its scripts and module preloads taken out " +
  "(bench/html-alone.html): the first paint of that HTML and CSS with no script at all.";

const amount = (v: number | null, unit: Verdict["unit"]) =>
  v === null ? "–" : unit === "×" ? times(v) : `${num(v)} ms`;

/** Each budget, its limit, the median measured and whether it is met. */
export function printBudgets(verdicts: readonly Verdict[]): void {
  if (verdicts.length === 0) return;
  console.log("\nBudgets (issue #15; medians; a benchmark never fails on them):\n");
  console.log(
    formatTable(
      ["budget", "limit", "measured", "verdict"],
      verdicts.map((v) => [
        v.budget,
        `≤ ${amount(v.limit, v.unit)}`,
        amount(v.measured, v.unit),
        v.met === null ? "not measured" : v.met ? "met" : "NOT MET",
      ]),
      [3],
    ),
  );
}
