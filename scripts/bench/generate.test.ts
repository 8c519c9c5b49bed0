import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/data/validate.ts";
import { generateDataset } from "./generate.ts";
import { createRandom } from "./random.ts";

describe("generateDataset", () => {
  it.each([100, 5_000])("makes a valid format v1 dataset of %i events", (count) => {
    const input = generateDataset(count, 42);
    const result = validateDataset(JSON.parse(JSON.stringify(input)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(result.ok && result.dataset.events).toHaveLength(count);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = JSON.stringify(generateDataset(500, 7));
    expect(JSON.stringify(generateDataset(500, 7))).toBe(a);
    expect(JSON.stringify(generateDataset(500, 8))).not.toBe(a);
  });

  it("has the requested counts and a realistic mix", () => {
    const count = 5_000;
    const { events, sources, claims = [], people = [] } = generateDataset(count, 1);
    expect(events).toHaveLength(count);
    expect(new Set(events.map((e) => e.id)).size).toBe(count);
    expect(sources).toHaveLength(count / 5);
    expect(sources.every((s) => s.url?.startsWith("https://"))).toBe(true);
    expect(sources.some((s) => s.relays !== undefined)).toBe(true);
    expect(people.length).toBeGreaterThan(0);
    expect(claims).toHaveLength(3);
    expect(claims.every((c) => (c.history?.length ?? 0) >= 2)).toBe(true);

    const share = (test: (e: (typeof events)[number]) => boolean) =>
      events.filter(test).length / count;
    expect(share((e) => e.annotations !== undefined)).toBeCloseTo(0.3, 1);
    expect(share((e) => e.altDates !== undefined)).toBeCloseTo(0.05, 1);
    // Labels take both paths: a short, or a title cut to fit (many are over 60 characters).
    expect(share((e) => e.short !== undefined)).toBeCloseTo(0.5, 1);
    expect(events.every((e) => (e.short?.length ?? 0) <= 60)).toBe(true);
    expect(share((e) => e.short === undefined && e.title.length > 60)).toBeGreaterThan(0.05);
    expect(events.filter((e) => e.tags?.includes("key")).length).toBe(5);
    expect(generateDataset(1_000, 1).events.filter((e) => e.tags?.includes("key"))).toHaveLength(1);

    const dates = events.map((e) => e.date);
    expect(dates.some((d) => /^\d{4}$/.test(d))).toBe(true); // year
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true); // month
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true); // day
    expect(dates.some((d) => d.includes("T"))).toBe(true); // minute
    expect(dates.some((d) => d.endsWith("~"))).toBe(true);
    expect(dates.some((d) => d.endsWith("?"))).toBe(true);
    expect(dates.some((d) => /^\d.*\/\d/.test(d))).toBe(true); // interval
    expect(dates.some((d) => d.startsWith("../") || d.endsWith("/.."))).toBe(true); // open end
    expect(new Set(events.map((e) => e.kind)).size).toBe(8);
    const years = new Set(dates.map((d) => d.replace(/^\.\.\//, "").slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  it("caps key events at 20", () => {
    const { events } = generateDataset(30_000, 3);
    expect(events.filter((e) => e.tags?.includes("key"))).toHaveLength(20);
  });
});

describe("createRandom", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = createRandom(5);
    const b = createRandom(5);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
