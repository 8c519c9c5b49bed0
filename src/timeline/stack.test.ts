import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stackLane, type Item, type Stack, type StackOptions } from "./stack.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const options: StackOptions = { maxRows: 3, gapPx: 2, pointWidthPx: 8 };

function rowsOf(stack: Stack): Record<string, number> {
  return Object.fromEntries(stack.placed.map((p) => [p.id, p.row]));
}

function clusteredIds(stack: Stack): string[] {
  return stack.clusters.flatMap((cluster) => cluster.ids);
}

const itemsArb = fc
  .array(
    fc.record({
      x0: fc.integer({ min: -400, max: 400 }),
      // Many points (zero length) and some long spans.
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 }), fc.integer({ max: 300 })),
    }),
    { maxLength: 60 },
  )
  .map((specs) =>
    specs.map(({ x0, length }, i): Item => ({ id: `e${i}`, x0, x1: x0 + Math.abs(length) })),
  );

const optionsArb = fc.record(
  {
    maxRows: fc.integer({ min: 1, max: 6 }),
    gapPx: fc.integer({ min: 0, max: 8 }),
    pointWidthPx: fc.integer({ min: 1, max: 12 }),
    clusterWidthPx: fc.integer({ min: 1, max: 120 }),
  },
  { requiredKeys: ["maxRows", "gapPx", "pointWidthPx"] },
);

describe("stackLane", () => {
  it("puts marks that do not overlap in the same row", () => {
    const items = [
      { id: "a", x0: 0, x1: 10 },
      { id: "b", x0: 20, x1: 30 },
      { id: "c", x0: 40, x1: 40 },
    ];
    expect(stackLane(items, options)).toEqual({
      placed: [
        { id: "a", row: 0 },
        { id: "b", row: 0 },
        { id: "c", row: 0 },
      ],
      clusters: [],
      rows: 1,
    });
  });

  it("stacks overlapping marks into the first row that has room", () => {
    const items = [
      { id: "a", x0: 0, x1: 100 },
      { id: "b", x0: 10, x1: 20 },
      { id: "c", x0: 21, x1: 30 },
      { id: "d", x0: 23, x1: 40 },
    ];
    const stack = stackLane(items, { ...options, gapPx: 1 });
    expect(rowsOf(stack)).toEqual({ a: 0, b: 1, c: 1, d: 2 });
    expect(stack.rows).toBe(3);
  });

  it("keeps room for a point's width and the gap", () => {
    const items = [
      { id: "a", x0: 0, x1: 0 },
      { id: "b", x0: 9, x1: 9 },
      { id: "c", x0: 19, x1: 19 },
    ];
    // a covers -4..4, b 5..13 (only 1 px clear), c 15..23.
    expect(rowsOf(stackLane(items, options))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it("gathers a pile deeper than the rows into one counted cluster", () => {
    const pile = ["a", "b", "c", "d"].map((id, i) => ({ id, x0: i, x1: i + 50 }));
    const stack = stackLane([{ id: "before", x0: -30, x1: -20 }, ...pile], options);
    expect(rowsOf(stack)).toEqual({ before: 0 });
    expect(stack.clusters).toEqual([
      { ids: ["a", "b", "c", "d"], x0: 0, x1: 53, row: 0, count: 4 },
    ]);
    // The cluster takes the first free row: a lane of nothing but clusters stays one row high.
    expect(stack.rows).toBe(1);
  });

  it("leaves marks beside a pile in rows, and closes the cluster once the pile has passed", () => {
    const lane = [
      { id: "left", x0: -20, x1: 1 },
      ...["a", "b", "c"].map((id, i) => ({ id, x0: i, x1: i + 10 })),
      { id: "right", x0: 100, x1: 110 },
    ];
    const stack = stackLane(lane, { maxRows: 2, gapPx: 0, pointWidthPx: 4 });
    expect(rowsOf(stack)).toEqual({ left: 0, right: 0 });
    // "left" touches only "a", where two marks fit in two rows, so it is not piled.
    expect(stack.clusters).toEqual([{ ids: ["a", "b", "c"], x0: 0, x1: 12, row: 1, count: 3 }]);
  });

  it("puts a cluster in a higher row when a mark still holds the last one", () => {
    const lane = [
      { id: "early", x0: 0, x1: 10 },
      { id: "long", x0: 5, x1: 25 },
      { id: "p", x0: 20, x1: 40 },
      { id: "q", x0: 35, x1: 40 },
      { id: "r", x0: 36, x1: 40 },
    ];
    const stack = stackLane(lane, { maxRows: 2, gapPx: 0, pointWidthPx: 1 });
    expect(rowsOf(stack)).toEqual({ early: 0, long: 1 });
    expect(stack.clusters).toEqual([{ ids: ["p", "q", "r"], x0: 20, x1: 40, row: 0, count: 3 }]);
  });

  it("sorts by left edge, keeping input order for ties", () => {
    const items = [
      { id: "late", x0: 50, x1: 60 },
      { id: "first", x0: 0, x1: 60 },
      { id: "second", x0: 0, x1: 60 },
    ];
    expect(stackLane(items, options).placed.map((p) => p.id)).toEqual(["first", "second", "late"]);
  });

  it("splits a long pile into clusters side by side, counting every mark once", () => {
    // 1,000 points one pixel apart: one pile 1,000 px long.
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, x0: i, x1: i }));
    const whole = stackLane(items, options);
    expect(whole.clusters).toHaveLength(1);
    const split = stackLane(items, { ...options, clusterWidthPx: 50 });
    expect(split.clusters.length).toBeGreaterThanOrEqual(15);
    expect(split.clusters.reduce((sum, c) => sum + c.count, 0) + split.placed.length).toBe(1000);
    for (const cluster of split.clusters) expect(cluster.x1 - cluster.x0).toBeLessThanOrEqual(50);
    split.clusters.slice(1).forEach((cluster, i) => {
      // Side by side in one row: each starts with the first mark past the one before.
      const previous = split.clusters[i]!;
      expect(cluster.row).toBe(previous.row);
      expect(cluster.x0).toBeGreaterThanOrEqual(previous.x1 + options.gapPx);
      expect(cluster.x0).toBeLessThanOrEqual(previous.x1 + options.gapPx + 1);
    });
  });

  it("returns nothing for nothing", () => {
    expect(stackLane([], options)).toEqual({ placed: [], clusters: [], rows: 0 });
  });

  it("never lets two marks in a row overlap, and accounts for every mark once", () => {
    fc.assert(
      fc.property(itemsArb, optionsArb, (items, opts) => {
        const stack = stackLane(items, opts);
        const half = opts.pointWidthPx / 2;
        const byId = new Map(items.map((item) => [item.id, item]));
        const extent = (id: string): [number, number] => {
          const item = byId.get(id);
          if (!item) throw new Error(`unknown id ${id}`);
          const centre = (item.x0 + item.x1) / 2;
          return [Math.min(item.x0, centre - half), Math.max(item.x1, centre + half)];
        };
        const byRow = new Map<number, [number, number][]>();
        for (const { id, row } of stack.placed) {
          byRow.set(row, [...(byRow.get(row) ?? []), extent(id)]);
        }
        for (const cluster of stack.clusters) {
          byRow.set(cluster.row, [...(byRow.get(cluster.row) ?? []), [cluster.x0, cluster.x1]]);
          expect(cluster.count).toBe(cluster.ids.length);
          expect(cluster.row).toBeLessThan(opts.maxRows);
        }
        for (const extents of byRow.values()) {
          extents.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < extents.length; i++) {
            expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1] + opts.gapPx);
          }
        }
        const ids = [...stack.placed.map((p) => p.id), ...clusteredIds(stack)].sort();
        expect(ids).toEqual(items.map((item) => item.id).sort());
        expect(stack.rows).toBeLessThanOrEqual(opts.maxRows);
        for (const { row } of stack.placed) expect(row).toBeLessThan(stack.rows);
      }),
      propertyOptions(SEED, 1000),
    );
  });

  it("never clusters more marks when zoomed in", () => {
    const zoom = fc.double({ min: 1, max: 8, noNaN: true });
    fc.assert(
      fc.property(itemsArb, optionsArb, zoom, (items, opts, k) => {
        const zoomed = items.map((item) => ({ ...item, x0: item.x0 * k, x1: item.x1 * k }));
        const before = clusteredIds(stackLane(items, opts)).length;
        const after = clusteredIds(stackLane(zoomed, opts)).length;
        expect(after).toBeLessThanOrEqual(before);
      }),
      propertyOptions(SEED, 2000),
    );
  });

  it("packs 100,000 marks", () => {
    const items = Array.from({ length: 100_000 }, (_, i) => {
      const x0 = (i * 7919) % 20_000;
      return { id: `e${i}`, x0, x1: x0 + (i % 5 === 0 ? 40 : 0) };
    });
    const stack = stackLane(items, { maxRows: 6, gapPx: 2, pointWidthPx: 8 });
    expect(stack.placed.length + clusteredIds(stack).length).toBe(100_000);
  });
});
