import { describe, expect, it } from "vitest";
import { countOf } from "./countOf.ts";

describe("countOf", () => {
  it("agrees the noun with the number", () => {
    expect(countOf(0, "event", "events")).toBe("0 events");
    expect(countOf(1, "event", "events")).toBe("1 event");
    expect(countOf(2, "source", "sources")).toBe("2 sources");
    expect(countOf(1234, "event", "events")).toBe("1,234 events");
  });
});
