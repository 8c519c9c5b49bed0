import { describe, expect, it, vi } from "vitest";
import type { NodeResult } from "./prepareDataset.ts";
import { printCsvTable, printNodeTable, printTables } from "./printTables.ts";
import type { SizeSummary } from "./summary.ts";
import { summary } from "./summaryFixture.ts";

function printed(print: () => void): string {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    print();
    return log.mock.calls.map((args) => args.join(" ")).join("\n");
  } finally {
    log.mockRestore();
  }
}

const node: NodeResult = {
  events: 1000,
  bytes: 1_234_567,
  generateMs: 30,
  parseMs: 12.25,
  validateMs: 34.4,
  filters: { buildMs: 1, facetsMs: 2.25, queryMs: 3.33, facetMatches: 10, queryMatches: 5 },
  valid: true,
};

describe("printTables", () => {
  it("prints one row per size in the browser table and in the Node and main-thread table", () => {
    const text = printed(() => printTables([summary], [node], 3));
    expect(text).toContain("In the browser (median of 3 runs per size):");
    expect(text).toContain(
      [
        "events  status  ready ms  file in ms  long task  frame p50   p95  max  >50ms  zoom p95  pan p95  2s input took  heap MB  DOM nodes",
        "------  ------  --------  ----------  ---------  ---------  ----  ---  -----  --------  -------  -------------  -------  ---------",
        "1,000       ok       249         100        155       16.7  28.0   41      0      24.0     21.0      2.0 / 2.1     23.5      2,002",
      ].join("\n"),
    );
    expect(text).toContain(
      [
        "events  file MB  parse ms  validate ms  index ms  facets ms  query ms  load: task  script  style  layout  interact: task  script  style  layout",
        "------  -------  --------  -----------  --------  ---------  --------  ----------  ------  -----  ------  --------------  ------  -----  ------",
        "1,000      1.23      12.3         34.4       1.0        2.3       3.3         200     100     20      10             300     150     30      15",
      ].join("\n"),
    );
  });

  it("marks an invalid dataset and a size whose runs all failed", () => {
    const failed: SizeSummary = {
      ...summary,
      status: "timeout",
      readyMs: null,
      zoomHandledMs: null,
    };
    const text = printed(() => printTables([failed], [{ ...node, valid: false }], 1));
    expect(text).toContain("median of 1 run per size");
    expect(text).toMatch(/^1,000 +timeout +timeout /m);
    expect(text).toMatch(/^1,000 +1\.23 +12\.3 +INVALID /m);
  });
});

describe("printNodeTable", () => {
  it("prints the Node columns alone", () => {
    const text = printed(() => printNodeTable([node]));
    expect(text).toContain(
      [
        "events  file MB  parse ms  validate ms  index ms  facets ms  query ms",
        "------  -------  --------  -----------  --------  ---------  --------",
        "1,000      1.23      12.3         34.4       1.0        2.3       3.3",
      ].join("\n"),
    );
  });
});

describe("printCsvTable", () => {
  it("prints the import timings, and nothing when the import was skipped", () => {
    const timing = {
      rows: 50_000,
      megabytes: 12.345,
      importMs: 1234,
      previewMs: 2345,
      jsonMs: 345,
      events: 50_000,
      sources: 50_000,
      problems: 0,
    };
    expect(printed(() => printCsvTable([timing]))).toContain(
      [
        "rows    CSV MB  import ms  JSON out ms  preview ms  events  sources  problems",
        "------  ------  ---------  -----------  ----------  ------  -------  --------",
        "50,000   12.35      1,234          345       2,345  50,000   50,000         0",
      ].join("\n"),
    );
    expect(printed(() => printCsvTable([]))).toBe("");
  });
});
