import { describe, expect, it } from "vitest";
import { leaveVisit, markAllSeen, openVisit, SAME_VISIT_MS } from "./lastVisit.ts";

const seen = (at: number) => ({ at, seen: at + 1 });
const DAY = 86_400_000;

describe("last visit", () => {
  it("a first visit has nothing to compare with", () => {
    expect(openVisit(null, seen(1000))).toEqual({ previous: null, current: seen(1000) });
  });

  it("a visit after a day compares with what the last one had seen when the reader left", () => {
    const first = leaveVisit(openVisit(null, seen(0)), seen(600_000));
    expect(openVisit(first, seen(DAY))).toEqual({ previous: seen(600_000), current: seen(DAY) });
  });

  it("a reload or a return within half an hour of leaving is the same visit: the note stays", () => {
    const second = openVisit(leaveVisit(openVisit(null, seen(0)), seen(60_000)), seen(DAY));
    const left = leaveVisit(second, seen(DAY + 1000));
    const reloaded = openVisit(left, seen(DAY + 1000 + SAME_VISIT_MS));
    expect(reloaded.previous).toEqual(second.previous);
    expect(openVisit(left, seen(DAY + 1001 + SAME_VISIT_MS)).previous).toEqual(seen(DAY + 1000));
  });

  it("a clock set back starts a new visit", () => {
    expect(openVisit(openVisit(null, seen(DAY)), seen(DAY - 1000)).previous).toEqual(seen(DAY));
  });

  it("marking all as seen leaves nothing to compare with, even after a reload", () => {
    const marked = markAllSeen(seen(DAY));
    expect(marked.previous).toBeNull();
    expect(openVisit(marked, seen(DAY + 1000)).previous).toBeNull();
  });
});
