import { describe, expect, it } from "vitest";
import { minimalDataset } from "../data/fixtures/minimal.ts";
import { validateDataset } from "../data/validate.ts";
import { parseEdtf } from "../data/edtf.ts";
import type { Claim, TimelineEvent } from "../data/model.ts";
import {
  currentStatusSince,
  relatedByClaim,
  stanceTickPaths,
  stanceTicks,
  statusSegments,
} from "./claimTrack.ts";
import { stanceOn } from "./stanceOf.ts";

function parseEdtfOrThrow(text: string) {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("statusSegments", () => {
  it("runs each status from its date to the next one, the last until the given end", () => {
    const result = validateDataset(minimalDataset());
    if (!result.ok) throw new Error("fixture must be valid");
    const claim = result.dataset.claims[0]!;
    const until = Date.UTC(2025, 11, 31);
    expect(statusSegments(claim, until)).toEqual([
      { status: "unverified", start: Date.UTC(2025, 1, 13), end: Date.UTC(2025, 1, 20) },
      { status: "disputed", start: Date.UTC(2025, 1, 20), end: until },
    ]);
  });

  it("never draws a segment backwards", () => {
    const result = validateDataset(minimalDataset());
    if (!result.ok) throw new Error("fixture must be valid");
    const claim = result.dataset.claims[0]!;
    for (const segment of statusSegments(claim, 0))
      expect(segment.end).toBeGreaterThanOrEqual(segment.start);
  });
});

describe("repeated statuses", () => {
  const result = validateDataset(minimalDataset());
  if (!result.ok) throw new Error("fixture must be valid");
  const [first, second] = result.dataset.claims[0]!.history;
  const restated = { ...second!, date: { ...second!.date, start: Date.UTC(2025, 5, 1) } };
  const claim: Claim = {
    id: "c",
    text: "t",
    status: "disputed",
    history: [first!, second!, restated],
  };

  it("merge into one segment", () => {
    expect(statusSegments(claim, Date.UTC(2025, 11, 31)).map((s) => s.status)).toEqual([
      "unverified",
      "disputed",
    ]);
  });

  it("date the current status from where it began", () => {
    expect(currentStatusSince(claim)?.date.start).toBe(Date.UTC(2025, 1, 20));
  });
});

describe("stanceTicks", () => {
  it("merges events of one stance in one pixel bin and drops what is out of view", () => {
    const ticks = stanceTicks(
      [
        { t: -5, stance: "context" },
        { t: 10, stance: "supports" },
        { t: 11, stance: "supports" },
        { t: 11, stance: "disputes" },
        { t: 500, stance: "context" },
        { t: 2000, stance: "context" },
      ],
      [0, 1000],
      100,
    );
    expect(ticks).toEqual([
      { x: 2, stance: "supports", count: 2 },
      { x: 2, stance: "disputes", count: 1 },
      { x: 50, stance: "context", count: 1 },
    ]);
  });

  it("never draws more ticks than bins × stances", () => {
    const related = Array.from({ length: 100_000 }, (_, i) => ({
      t: i,
      stance: "supports" as const,
    }));
    expect(stanceTicks(related, [0, 100_000], 400).length).toBeLessThanOrEqual(100);
  });
});

describe("stanceTickPaths", () => {
  it("draws each stance's ticks as one path, one shape per tick", () => {
    const paths = stanceTickPaths(
      [
        { x: 2, stance: "supports", count: 2 },
        { x: 10, stance: "supports", count: 1 },
        { x: 2, stance: "disputes", count: 1 },
        { x: 50, stance: "context", count: 1 },
      ],
      20,
    );
    expect(paths.supports).toBe("M2 15l5 9h-10zM10 15l5 9h-10z");
    expect(paths.disputes).toBe("M2 25l5 -9h-10z");
    expect(paths.context.match(/M/g)).toHaveLength(1);
    expect(paths.context).toContain("M46.5 20");
  });

  it("draws nothing for no ticks", () => {
    expect(stanceTickPaths([], 20)).toEqual({ supports: "", disputes: "", context: "" });
  });
});

describe("relatedByClaim", () => {
  const day = (d: string) => parseEdtfOrThrow(d);
  const event = (id: string, when: string, claims: TimelineEvent["claims"]): TimelineEvent => ({
    id,
    index: 0,
    title: id,
    summary: id,
    date: day(when),
    altDates: [],
    kind: "report",
    people: [],
    claims,
    annotations: [],
    sources: ["s"],
    tags: [],
  });

  it("gives each claim the stances of the events linked to it, in time order", () => {
    const events = [
      event("b", "2025-03-01", [{ claim: "romance", stance: "disputes" }]),
      event("a", "2025-02-01", [
        { claim: "romance", stance: "supports" },
        { claim: "split", stance: "context" },
      ]),
      event("c", "2025-04-01", []),
    ];
    const related = relatedByClaim(events, ["romance", "split", "quiet"]);
    expect(related.get("romance")?.map((r) => r.stance)).toEqual(["supports", "disputes"]);
    expect(related.get("split")?.map((r) => r.stance)).toEqual(["context"]);
    expect(related.get("quiet")).toEqual([]);
  });

  it("agrees with stanceOn: a claim linked twice counts once, with its first stance", () => {
    const twice = event("x", "2025-02-01", [
      { claim: "romance", stance: "supports" },
      { claim: "romance", stance: "disputes" },
    ]);
    expect(relatedByClaim([twice], ["romance"]).get("romance")).toEqual([
      { t: (twice.date.start + twice.date.end) / 2, stance: stanceOn(twice, "romance") },
    ]);
  });
});
