import { describe, expect, it } from "vitest";
import { parseOptions } from "./options.ts";

describe("parseOptions", () => {
  it("has the defaults the README gives", () => {
    expect(parseOptions([])).toEqual({
      sizes: [100, 1000, 10000, 100000],
      runs: 3,
      out: "bench-results/bench.json",
      seed: 20250213,
      profile: false,
      nodeOnly: false,
      csvRows: [50000],
      phoneRuns: 3,
    });
  });

  it("reads sizes with underscores, and --csv-rows 0 skips the import", () => {
    const options = parseOptions(["--sizes", "10, 1_000", "--csv-rows", "0", "--node"]);
    expect(options.sizes).toEqual([10, 1000]);
    expect(options.csvRows).toEqual([]);
    expect(options.nodeOnly).toBe(true);
  });

  it("runs the phone profile as often as the sizes unless told, and --phone-runs 0 skips it", () => {
    expect(parseOptions(["--runs", "5"]).phoneRuns).toBe(5);
    expect(parseOptions(["--runs", "5", "--phone-runs", "0"]).phoneRuns).toBe(0);
  });

  it("refuses counts that are not positive integers", () => {
    expect(() => parseOptions(["--sizes", "0"])).toThrow(/--sizes/);
    expect(() => parseOptions(["--runs", "1.5"])).toThrow(/--runs/);
    expect(() => parseOptions(["--seed", "x"])).toThrow(/--seed/);
    expect(() => parseOptions(["--csv-rows", "-1"])).toThrow(/--csv-rows/);
    expect(() => parseOptions(["--phone-runs", "-1"])).toThrow(/--phone-runs/);
  });
});
