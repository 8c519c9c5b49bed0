import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { TimelineEvent } from "../data/model.ts";
import { groupByMonth, overviewBuckets } from "./monthGroups.ts";

function event(id: string, when: string): TimelineEvent {
  const parsed = parseEdtf(when);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    id,
    index: 0,
    title: id,
    summary: id,
    date: parsed.value,
    altDates: [],
    kind: "report",
    people: [],
    claims: [],
    annotations: [],
    sources: ["s"],
    tags: [],
  };
}

describe("groupByMonth", () => {
  it("groups consecutive events by the UTC month they start in", () => {
    const groups = groupByMonth([
      event("a", "2025-02-13"),
      event("b", "../2025-02-20"),
      event("c", "2025-03~"),
      event("d", "2026-01-01T00:30+01:00"),
    ]);
    expect(groups.map((g) => [g.key, g.label, g.shortLabel, g.events.map((e) => e.id)])).toEqual([
      ["2025-02", "February 2025", "Feb 2025", ["a", "b"]],
      ["2025-03", "March 2025", "Mar", ["c"]],
      // 00:30 at +01:00 is still 31 December in UTC.
      ["2025-12", "December 2025", "Dec", ["d"]],
    ]);
  });

  it("returns nothing for no events", () => {
    expect(groupByMonth([])).toEqual([]);
  });
});

describe("overviewBuckets", () => {
  it("includes the empty months between busy ones", () => {
    const groups = groupByMonth([
      event("a", "2025-11-02"),
      event("b", "2026-02-10"),
      event("c", "2026-02-11"),
    ]);
    expect(
      overviewBuckets(groups).map((b) => [b.key, b.shortLabel, b.count, b.group !== null]),
    ).toEqual([
      ["2025-11", "Nov 2025", 1, true],
      ["2025-12", "Dec", 0, false],
      ["2026-01", "Jan 2026", 0, false],
      ["2026-02", "Feb", 2, true],
    ]);
  });

  it("counts whole years for very long spans", () => {
    const groups = groupByMonth([
      event("a", "2001-03-01"),
      event("b", "2001-05-01"),
      event("c", "2010-01-01"),
    ]);
    const buckets = overviewBuckets(groups, 24);
    expect(buckets).toHaveLength(10);
    expect(buckets[0]).toMatchObject({ key: "2001", count: 2, group: { key: "2001-03" } });
    expect(buckets[1]).toMatchObject({ key: "2002", count: 0, group: null });
  });
});
