import { describe, expect, it } from "vitest";
import { reportEvent } from "../test/reportEvent.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import type { TimelineEvent } from "../data/model.ts";
import {
  bucketKeyOf,
  groupByMonth as groupIn,
  hiddenNameRest as restIn,
  monthSections as sectionsIn,
  overviewBuckets as bucketsIn,
  sectionKeyOf,
  type MonthGroup,
  type OverviewBucket,
} from "./monthGroups.ts";

const { calendar } = ENGLISH.dates;
const groupByMonth = (events: TimelineEvent[]) => groupIn(events, calendar);
const monthSections = (groups: MonthGroup[]) => sectionsIn(groups, ENGLISH);
const overviewBuckets = (groups: MonthGroup[], max?: number) => bucketsIn(groups, calendar, max);
const hiddenNameRest = (bucket: OverviewBucket) => restIn(bucket, ENGLISH);
const countEvents = (n: number) => ENGLISH.count("count.events", n);

const event = reportEvent;

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

describe("monthSections", () => {
  it("puts each run of empty months between busy ones as one silence", () => {
    const groups = groupByMonth([
      event("a", "2025-07-27"),
      event("b", "2025-10-13"),
      event("c", "2025-11-02"),
      event("d", "2026-03-01"),
    ]);
    expect(monthSections(groups).map((s) => [s.kind, s.key, s.label])).toEqual([
      ["month", "2025-07", "July 2025"],
      ["gap", "2025-08", "Nothing in August or September 2025"],
      ["month", "2025-10", "October 2025"],
      ["month", "2025-11", "November 2025"],
      ["gap", "2025-12", "Nothing from December 2025 to February 2026"],
      ["month", "2026-03", "March 2026"],
    ]);
  });

  it("names a single empty month and has no silence without events", () => {
    const groups = groupByMonth([event("a", "2025-01-02"), event("b", "2025-03-01")]);
    expect(monthSections(groups)[1]).toMatchObject({
      kind: "gap",
      keys: ["2025-02"],
      label: "Nothing in February 2025",
    });
    expect(monthSections([])).toEqual([]);
  });

  it("maps strip buckets to sections and back", () => {
    const groups = groupByMonth([event("a", "2025-07-27"), event("b", "2025-10-13")]);
    const sections = monthSections(groups);
    const buckets = overviewBuckets(groups);
    expect(sectionKeyOf(sections, "2025-09")).toBe("2025-08");
    expect(sectionKeyOf(sections, "2025-10")).toBe("2025-10");
    expect(sectionKeyOf(sections, "2024-01")).toBeNull();
    expect(bucketKeyOf(buckets, "2025-08")).toBe("2025-08");
    const yearly = overviewBuckets(groups, 2);
    expect(bucketKeyOf(yearly, "2025-10")).toBe("2025");
    expect(sectionKeyOf(sections, "2025")).toBe("2025-07");
  });
});

describe("strip button names", () => {
  it("contain the visible label and count in the right grammatical number", () => {
    expect(countEvents(1)).toBe("1 event");
    expect(countEvents(0)).toBe("0 events");
    expect(countEvents(1204)).toBe("1,204 events");
    const groups = groupByMonth([event("a", "2025-07-27"), event("b", "2025-10-13")]);
    const names = overviewBuckets(groups).map((b) => `${b.stripLabel}${hiddenNameRest(b)}`);
    expect(names).toEqual([
      "Jul 2025: 1 event",
      "Aug 2025: 0 events",
      "Sept 2025: 0 events",
      "Oct 2025: 1 event",
    ]);
    expect(overviewBuckets(groups).map((b) => b.label)).toContain("August 2025");
    const yearly = overviewBuckets(groups, 2);
    expect(yearly.map((b) => `${b.stripLabel}${hiddenNameRest(b)}`)).toEqual(["2025: 2 events"]);
  });
});
