import { describe, expect, it } from "vitest";
import { csvToDataset } from "../../src/data/convert/csv.ts";
import { csvRows } from "./csvRows.ts";

describe("csvRows", () => {
  // Counts only (the benchmark times 50,000 rows): 50,000 rows ran for 19 minutes when
  // finding a repeated source scanned every source and ids made from titles counted up one
  // by one. Quadratic work at 20,000 rows would still take minutes, far past the test
  // timeout, at a fifth of the linear cost.
  it("imports 20,000 rows into 20,000 events with 20,000 sources", () => {
    const rows = 20_000;
    const result = csvToDataset(csvRows(rows), { today: "2025-11-13" });
    expect(result.problems).toEqual([]);
    expect(result.dataset.events).toHaveLength(rows);
    expect(new Set(result.dataset.events.map((e) => e.id)).size).toBe(rows);
    expect(result.dataset.sources).toHaveLength(rows);
    expect(new Set(result.dataset.sources.map((s) => s.id)).size).toBe(rows);
  });
});
