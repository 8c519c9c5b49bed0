import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stepTarget, storyPosition } from "./storyStep.ts";
import { propertyOptions } from "../test/property.ts";

const ids = ["a", "b", "c"];

describe("stepTarget", () => {
  it("moves one event either way", () => {
    expect(stepTarget(ids, "b", 1)).toBe("c");
    expect(stepTarget(ids, "b", -1)).toBe("a");
  });

  it("stops at both ends instead of wrapping around", () => {
    expect(stepTarget(ids, "c", 1)).toBeUndefined();
    expect(stepTarget(ids, "a", -1)).toBeUndefined();
  });

  it("starts at the first event when nothing is selected", () => {
    expect(stepTarget(ids, null, 1)).toBe("a");
    expect(stepTarget(ids, null, -1)).toBeUndefined();
    expect(stepTarget(ids, "filtered-out", 1)).toBe("a");
  });

  it("has nowhere to go without events", () => {
    expect(stepTarget([], null, 1)).toBeUndefined();
  });

  it("visits every event once, in order, by pressing Next from the start", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 30 }), (list) => {
        const seen: string[] = [];
        let at: string | null = null;
        for (let next = stepTarget(list, at, 1); next !== undefined;) {
          seen.push(next);
          at = next;
          next = stepTarget(list, at, 1);
        }
        expect(seen).toEqual(list);
      }),
      propertyOptions(20250213),
    );
  });
});

describe("storyPosition", () => {
  it("counts from one", () => {
    expect(storyPosition(ids, "a")).toBe(1);
    expect(storyPosition(ids, "c")).toBe(3);
  });

  it("is null when nothing shown is selected", () => {
    expect(storyPosition(ids, null)).toBeNull();
    expect(storyPosition(ids, "x")).toBeNull();
  });
});
