import { describe, expect, it } from "vitest";
import { splitDek } from "./dek.ts";

describe("splitDek", () => {
  it("keeps the first sentence and the rest apart, losing nothing", () => {
    const summary = "A sourced record of the rumors. Neither actor confirmed it. More later.";
    const { first, rest } = splitDek(summary);
    expect(first).toBe("A sourced record of the rumors.");
    expect(rest).toBe("Neither actor confirmed it. More later.");
    expect(`${first} ${rest}`).toBe(summary);
  });

  it("has no rest for a single sentence", () => {
    expect(splitDek("Just one sentence here.")).toEqual({
      first: "Just one sentence here.",
      rest: "",
    });
  });

  it("never loses text, whatever the punctuation", () => {
    for (const summary of ["Seen with Mr. Smith. Then gone!", "¿Qué? Sí. No", "a.b.c", "…"]) {
      const { first, rest } = splitDek(summary);
      expect(`${first} ${rest}`.trim().replace(/\s+/g, "")).toBe(summary.replace(/\s+/g, ""));
    }
  });

  it("survives a bad language tag and empty text", () => {
    expect(splitDek("One. Two.", "not a tag!!").first.length).toBeGreaterThan(0);
    expect(splitDek("")).toEqual({ first: "", rest: "" });
  });
});
