import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { TimelineEvent } from "../data/model.ts";
import { groupByMonth } from "./monthGroups.ts";

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
