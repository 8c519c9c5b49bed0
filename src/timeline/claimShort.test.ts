import { describe, expect, it } from "vitest";
import { shortClaim, type ClaimPart } from "./claimShort.ts";

const NAMES = ["Tom Cruise", "Ana de Armas", "Doug Liman"];
const shown = (parts: ClaimPart[]) =>
  parts
    .filter((p) => !p.hidden)
    .map((p) => p.text)
    .join("");
const whole = (parts: ClaimPart[]) => parts.map((p) => p.text).join("");

describe("shortClaim", () => {
  it("hides a subject made of names", () => {
    const text = "Tom Cruise and Ana de Armas are in a romantic relationship.";
    const parts = shortClaim(text, NAMES);
    expect(shown(parts)).toBe("in a romantic relationship.");
    expect(whole(parts)).toBe(text);
  });

  it("hides 'between A and B' and keeps the rest", () => {
    const text = "The reported romance between Tom Cruise and Ana de Armas has ended.";
    const parts = shortClaim(text, NAMES);
    expect(shown(parts)).toBe("The reported romance has ended.");
    expect(whole(parts)).toBe(text);
  });

  it("keeps names that are not the subject", () => {
    const text =
      "Tom Cruise and Ana de Armas are working together with Doug Liman and Christopher McQuarrie.";
    expect(shown(shortClaim(text, NAMES))).toBe(
      "working together with Doug Liman and Christopher McQuarrie.",
    );
  });

  it("shows the whole sentence when the names are all of it, or there are none", () => {
    expect(shortClaim("Tom Cruise is here.", NAMES)).toEqual([
      { text: "Tom Cruise is here.", hidden: false },
    ]);
    expect(shortClaim("A sentence.", [])).toEqual([{ text: "A sentence.", hidden: false }]);
  });

  it("treats names as text, not patterns", () => {
    const text = "A.B. (C) is seen with X.";
    expect(whole(shortClaim(text, ["A.B. (C)", "X"]))).toBe(text);
    expect(shown(shortClaim("AxB is here and there.", ["A.B"]))).toBe("AxB is here and there.");
  });
});
