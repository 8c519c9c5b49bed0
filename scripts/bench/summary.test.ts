import { describe, expect, it } from "vitest";
import type { LoadResult } from "./loadRun.ts";
import type { MainThreadTime } from "./mainThread.ts";
import type { RunResult } from "./pageRun.ts";
import type { PhoneRun } from "./phoneProfile.ts";
import { frameStats } from "./statistics.ts";
import { ratio, summarize, summarizeLoads, summarizePhone } from "./summary.ts";

const thread = (k: number): MainThreadTime => ({
  taskMs: 100 * k,
  scriptMs: 50 * k,
  styleMs: 10 * k,
  layoutMs: 5 * k,
  styleCount: k,
  layoutCount: k,
});

function run(run: number, readyMs: number, status: RunResult["status"] = "ok"): RunResult {
  return {
    run,
    status,
    consoleErrors: [],
    readyMs,
    datasetLoadedMs: readyMs / 2,
    longestTaskBeforeReadyMs: 80,
    domNodes: 1000 + run,
    heapBytes: 3 * 1024 * 1024 * run,
    frames: frameStats([0, 16, 32, 100]),
    zoomFrames: frameStats([0, 16, 32]),
    panFrames: frameStats([32, 100]),
    interaction: {
      wheelEvents: 125,
      dragMoves: 125,
      zoomMs: 2000 + run,
      panMs: 2100,
      complete: true,
    },
    mainThread: { load: thread(run), interaction: thread(run + 1) },
    fcpMs: readyMs / 4,
    lcpMs: readyMs / 2,
    lcpElement: "p.dek-text",
  };
}

function load(run: number, readyMs: number, status: LoadResult["status"] = "ok"): LoadResult {
  return { run, status, consoleErrors: [], readyMs, fcpMs: readyMs + 10, lcpMs: null };
}

describe("summarize", () => {
  it("takes the median of each number over the runs", () => {
    const summary = summarize(1000, [run(1, 300), run(2, 100), run(3, 200)]);
    expect(summary).toMatchObject({
      events: 1000,
      status: "ok",
      readyMs: 200,
      datasetLoadedMs: 100,
      longestTaskBeforeReadyMs: 80,
      frames: { medianMs: 16, p95Ms: 68, maxMs: 68, over50: 1 },
      zoomP95Ms: 16,
      panP95Ms: 68,
      zoomHandledMs: 2002,
      panHandledMs: 2100,
      heapMB: 6,
      domNodes: 1002,
    });
    expect(summary.mainThread.load).toEqual({
      taskMs: 200,
      scriptMs: 100,
      styleMs: 20,
      layoutMs: 10,
    });
    expect(summary.mainThread.interaction.taskMs).toBe(300);
  });

  it("leaves failed runs out of the numbers and says how many went well", () => {
    const summary = summarize(100, [run(1, 100), run(2, 5000, "timeout"), run(3, 300)]);
    expect(summary.status).toBe("2/3 ok");
    expect(summary.readyMs).toBe(200);
  });

  it("names the first failure when no run went well, with no numbers", () => {
    const failed: RunResult[] = [
      { run: 1, status: "timeout", consoleErrors: [] },
      { run: 2, status: "error", consoleErrors: [] },
    ];
    const summary = summarize(100_000, failed);
    expect(summary.status).toBe("timeout");
    expect(summary.readyMs).toBeNull();
    expect(summary.heapMB).toBeNull();
    expect(summary.frames.over50).toBeNull();
    expect(summary.mainThread.load.taskMs).toBeNull();
  });
});

describe("the floor and the ratios", () => {
  it("divides the app's median ready by the floor's, to two decimals", () => {
    expect(ratio(300, 100)).toBe(3);
    expect(ratio(250, 150)).toBe(1.67);
    expect(ratio(null, 100)).toBeNull();
    expect(ratio(100, null)).toBeNull();
    expect(ratio(100, 0)).toBeNull();
  });

  it("summarizes the floor's runs beside the app's, with FCP and LCP medians", () => {
    const summary = summarize(
      1000,
      [run(1, 300), run(2, 100), run(3, 200)],
      [load(1, 90), load(2, 80), load(3, 5000, "timeout")],
    );
    expect(summary).toMatchObject({ readyMs: 200, fcpMs: 50, lcpMs: 100 });
    expect(summary.floor).toEqual({ status: "2/3 ok", readyMs: 85, fcpMs: 95, lcpMs: null });
    expect(summary.readyOverFloor).toBe(2.35);
  });

  it("has no floor and no ratio when the floor was not measured", () => {
    const summary = summarize(100, [run(1, 100)]);
    expect(summary.floor).toBeNull();
    expect(summary.readyOverFloor).toBeNull();
  });

  it("summarizes loads that all failed as the first failure, with no numbers", () => {
    expect(summarizeLoads([load(1, 1, "error"), load(2, 1, "timeout")])).toEqual({
      status: "error",
      readyMs: null,
      fcpMs: null,
      lcpMs: null,
    });
  });

  it("summarizes the phone profile: the app with its tap, the floor, the HTML alone, the ratio", () => {
    const app: PhoneRun[] = [
      { ...load(1, 1200), tappedEvent: "a", tapToFrameMs: 150, tapInputDelayMs: 4 },
      { ...load(2, 1400), tappedEvent: "a", tapToFrameMs: 250, tapInputDelayMs: 8 },
      { ...load(3, 1000), tappedEvent: "a", tapToFrameMs: 180, tapInputDelayMs: 6 },
    ];
    const html: LoadResult[] = [1, 2, 3].map((r) => ({
      run: r,
      status: "ok",
      consoleErrors: [],
      fcpMs: 300 + r,
      lcpMs: 320,
    }));
    const phone = summarizePhone({
      app,
      floor: [load(1, 400), load(2, 600), load(3, 500)],
      html,
    });
    expect(phone.app).toEqual({
      status: "ok",
      readyMs: 1200,
      fcpMs: 1210,
      lcpMs: null,
      tapToFrameMs: 180,
      tapInputDelayMs: 6,
    });
    expect(phone.floor.readyMs).toBe(500);
    expect(phone.html).toEqual({ status: "ok", readyMs: null, fcpMs: 302, lcpMs: 320 });
    expect(phone.readyOverFloor).toBe(2.4);
  });
});
