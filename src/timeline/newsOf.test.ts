import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propertyOptions } from "../test/property.ts";
import { newsOf, newsOfGroup } from "./newsOf.ts";
import type { SinceLastVisit } from "./sinceLastVisit.ts";

const news = (newIds: string[], updatedIds: string[]): SinceLastVisit => ({
  newIds: new Set(newIds),
  updatedIds: new Set(updatedIds),
  corrections: [],
  statusChanges: [],
});

describe("newsOf", () => {
  it("says new, updated or nothing for one event", () => {
    const since = news(["a"], ["b"]);
    expect(newsOf(since, "a")).toBe("new");
    expect(newsOf(since, "b")).toBe("updated");
    expect(newsOf(since, "c")).toBeNull();
    expect(newsOf(null, "a")).toBeNull();
  });
});

describe("newsOfGroup", () => {
  it("is new when any member is new, whatever comes before it", () => {
    expect(newsOfGroup(news(["c"], ["b"]), ["a", "b", "c"])).toBe("new");
  });

  it("is updated when a member is updated and none is new", () => {
    expect(newsOfGroup(news(["x"], ["b"]), ["a", "b", "c"])).toBe("updated");
  });

  it("is nothing for a group with no news, an empty group or no visit", () => {
    expect(newsOfGroup(news(["x"], ["y"]), ["a", "b"])).toBeNull();
    expect(newsOfGroup(news(["a"], []), [])).toBeNull();
    expect(newsOfGroup(null, ["a"])).toBeNull();
  });

  it("agrees with its members one by one (property)", () => {
    const ids = fc.constantFrom("a", "b", "c", "d", "e");
    fc.assert(
      fc.property(fc.array(ids), fc.array(ids), fc.array(ids), (fresh, changed, group) => {
        const since = news(fresh, changed);
        const kinds = group.map((id) => newsOf(since, id));
        const expected = kinds.includes("new")
          ? "new"
          : kinds.includes("updated")
            ? "updated"
            : null;
        expect(newsOfGroup(since, group)).toBe(expected);
      }),
      propertyOptions(20251201),
    );
  });
});
