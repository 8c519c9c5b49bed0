import fc from "fast-check";
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

  it("hides a pair of names in the dataset's language and keeps its verb", () => {
    const romance = "Tom Cruise y Ana de Armas mantienen una relación sentimental.";
    expect(shown(shortClaim(romance, NAMES))).toBe("mantienen una relación sentimental.");
    expect(whole(shortClaim(romance, NAMES))).toBe(romance);
    expect(shown(shortClaim("Tom Cruise e Ana de Armas trabalham juntos em Deeper.", NAMES))).toBe(
      "trabalham juntos em Deeper.",
    );
    expect(
      shown(shortClaim("La relation entre Tom Cruise et Ana de Armas est finie.", NAMES)),
    ).toBe("La relation est finie.");
  });

  it("keeps a lone name, or a pair followed by another name, in other languages", () => {
    const alone = "Ana de Armas confirma sus proyectos con Cruise.";
    expect(shown(shortClaim(alone, NAMES))).toBe(alone);
    const named = "Tom Cruise y Ana de Armas Deeper comparten rodaje.";
    expect(shown(shortClaim(named, NAMES))).toBe(named);
  });

  it("never loses or reorders a character of the claim", () => {
    const token = fc.constantFrom(
      ...NAMES,
      " and ",
      " y ",
      " e ",
      ", ",
      " & ",
      " are ",
      " between ",
      " entre ",
      " mantienen",
      " ",
      ".",
      "Deeper",
      "relación",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join("");
        const parts = shortClaim(text, NAMES);
        expect(whole(parts)).toBe(text);
        if (text.trim() !== "") expect(shown(parts).trim()).not.toBe("");
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });
});
