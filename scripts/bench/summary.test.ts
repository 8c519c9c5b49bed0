import { describe, expect, it } from "vitest";
import type { MainThreadTime } from "./mainThread.ts";
import type { RunResult } from "./pageRun.ts";
import { frameStats } from "./statistics.ts";
import { summarize } from "./summary.ts";

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
  };
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
