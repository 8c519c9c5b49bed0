import { describe, expect, it } from "vitest";
import { budgetVerdicts, type Verdict } from "./budgets.ts";
import { summary } from "./summaryFixture.ts";
import type { PhoneSummary, RealSummary, SizeSummary } from "./summary.ts";

const size = (
  events: number,
  readyOverFloor: number | null,
  fcpMs: number | null,
  floorReadyMs: number | null,
): SizeSummary => ({
  ...summary,
  events,
  readyOverFloor,
  fcpMs,
  floor: { status: "ok", readyMs: floorReadyMs, fcpMs: null, lcpMs: null },
});

const phone: PhoneSummary = {
  app: {
    status: "ok",
    readyMs: 1500,
    fcpMs: 700,
    lcpMs: 900,
    tapToFrameMs: 201,
    tapInputDelayMs: 3,
  },
  floor: { status: "ok", readyMs: 650, fcpMs: 660, lcpMs: null },
  html: { status: "ok", readyMs: null, fcpMs: 640, lcpMs: 640 },
  readyOverFloor: 2.31,
};

const desktop: RealSummary = {
  app: { status: "ok", readyMs: 800, fcpMs: 150, lcpMs: 150 },
  floor: { status: "ok", readyMs: 150, fcpMs: 170, lcpMs: null },
  html: { status: "ok", readyMs: null, fcpMs: 140, lcpMs: 140 },
  readyOverFloor: 5.33,
};

const byName = (verdicts: Verdict[]) => Object.fromEntries(verdicts.map((v) => [v.budget, v]));

describe("budgetVerdicts", () => {
  it("judges ready/floor at 1,000 (2×), 10,000 and 100,000 events (1.5×), limits included", () => {
    const verdicts = byName(
      budgetVerdicts(
        [size(1000, 2, 50, 100), size(10_000, 1.51, 50, 100), size(100_000, 1.2, 50, 100)],
        null,
        null,
      ),
    );
    expect(verdicts["ready / floor ready, 1,000 events"]).toEqual({
      budget: "ready / floor ready, 1,000 events",
      measured: 2,
      limit: 2,
      unit: "×",
      met: true,
    });
    expect(verdicts["ready / floor ready, 10,000 events"]?.met).toBe(false);
    expect(verdicts["ready / floor ready, 100,000 events"]?.met).toBe(true);
  });

  it("holds the real dataset's FCP to the floor's ready on the same file, not a synthetic size's", () => {
    const verdicts = budgetVerdicts(
      [size(100, 3, 120, 200), size(1000, null, 300, null)],
      desktop,
      null,
    );
    expect(verdicts.map((v) => [v.budget, v.met])).toEqual([
      ["ready / floor ready, 1,000 events", null],
      ["ready / floor ready, 10,000 events", null],
      ["ready / floor ready, 100,000 events", null],
      ["FCP ≤ floor ready, real dataset", true],
    ]);
    expect(verdicts[3]).toMatchObject({ measured: 150, limit: 150, unit: "ms" });
  });

  it("adds the phone's three budgets when the profile ran", () => {
    const verdicts = byName(budgetVerdicts([], null, phone));
    expect(verdicts["phone: FCP ≤ floor ready, real dataset"]).toMatchObject({
      measured: 700,
      limit: 650,
      met: false,
    });
    expect(verdicts["phone: ready, real dataset"]).toMatchObject({ limit: 1500, met: true });
    expect(verdicts["phone: tap → expanded card"]).toMatchObject({ limit: 200, met: false });
    expect(budgetVerdicts([], null, null)).toHaveLength(3);
  });
});
