import { describe, expect, it } from "vitest";
import { topSelfTime, type CpuProfile } from "./cpuProfile.ts";

const frame = (functionName: string) => ({ functionName, url: "", lineNumber: 0, columnNumber: 0 });

describe("topSelfTime", () => {
  // Each sample's time is the delta that follows it; idle time counts for nothing.
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame("(idle)") },
      { id: 2, callFrame: frame("layoutTimeline") },
      { id: 3, callFrame: frame("") },
    ],
    samples: [2, 1, 3, 2],
    timeDeltas: [0, 3000, 9000, 1000, 1000],
  };

  it("sums self time by function, largest first, with its share of the busy time", () => {
    expect(topSelfTime(profile)).toEqual([
      { fn: "layoutTimeline", ms: 4, share: 0.8 },
      { fn: "(anonymous)", ms: 1, share: 0.2 },
    ]);
  });

  it("keeps the first `limit` functions", () => {
    expect(topSelfTime(profile, 1)).toHaveLength(1);
  });

  it("is empty for a profile without samples", () => {
    expect(topSelfTime({ nodes: profile.nodes })).toEqual([]);
  });
});
