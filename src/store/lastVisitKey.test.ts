import { afterEach, describe, expect, it, vi } from "vitest";
import { lastVisitKey, remembersAnyVisit } from "./lastVisitKey.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A window whose localStorage holds `items` (as Storage does, its keys are its own). */
const withStorage = (items: Record<string, string>) =>
  vi.stubGlobal("window", { localStorage: { ...items } });

describe("lastVisitKey", () => {
  it("keys each dataset URL apart, under a versioned prefix", () => {
    expect(lastVisitKey("https://example.org/data/a.json")).toBe(
      "rumor-timeline:last-visit:v1:https://example.org/data/a.json",
    );
  });
});

describe("remembersAnyVisit", () => {
  it("is true once any dataset's visit is remembered", () => {
    withStorage({ other: "1", [lastVisitKey("https://example.org/b.json")]: "{}" });
    expect(remembersAnyVisit()).toBe(true);
  });

  it("is false on a first visit, with other keys or an older version's only", () => {
    withStorage({});
    expect(remembersAnyVisit()).toBe(false);
    withStorage({ theme: "dark", "rumor-timeline:last-visit:v0:https://example.org/a.json": "{}" });
    expect(remembersAnyVisit()).toBe(false);
  });

  it("is false where storage refuses access", () => {
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new DOMException("Storage is disabled", "SecurityError");
      },
    });
    expect(remembersAnyVisit()).toBe(false);
  });
});
