import { describe, expect, it } from "vitest";
import { parseLastVisit } from "./lastVisitStorage.ts";

describe("lastVisitStorage", () => {
  it("reads back what it writes", () => {
    const visit = { previous: { at: 1, seen: 2 }, current: { at: 3, seen: 4 } };
    expect(parseLastVisit(JSON.parse(JSON.stringify(visit)))).toEqual(visit);
    expect(parseLastVisit({ previous: null, current: { at: 3, seen: 4 } })).toEqual({
      previous: null,
      current: { at: 3, seen: 4 },
    });
  });

  it("forgets anything of another shape", () => {
    for (const value of [
      null,
      "x",
      {},
      { current: { at: "1", seen: 2 } },
      { previous: { at: 1 }, current: { at: 3, seen: 4 } },
      { previous: null, current: { at: Infinity, seen: 4 } },
    ]) {
      expect(parseLastVisit(value)).toBeNull();
    }
  });
});
