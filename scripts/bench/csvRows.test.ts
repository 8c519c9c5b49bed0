import { describe, expect, it } from "vitest";
import { csvToDataset } from "../../src/data/convert/csv.ts";
import { csvRows } from "./csvRows.ts";

describe("csvRows", () => {
  // Counts only (the benchmark prints the time): this ran for 19 minutes when finding a
  // repeated source scanned every source and ids made from titles counted up one by one.
  it("imports 50,000 rows into 50,000 events with 50,000 sources", () => {
    const result = csvToDataset(csvRows(50_000), { today: "2025-11-13" });
    expect(result.problems).toEqual([]);
    expect(result.dataset.events).toHaveLength(50_000);
    expect(new Set(result.dataset.events.map((e) => e.id)).size).toBe(50_000);
    expect(result.dataset.sources).toHaveLength(50_000);
    expect(new Set(result.dataset.sources.map((s) => s.id)).size).toBe(50_000);
  }, 30_000);
});
