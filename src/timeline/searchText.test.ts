import { describe, expect, it } from "vitest";
import { foldText, queryTerms } from "./searchText.ts";

describe("foldText and queryTerms", () => {
  it("lower-cases and strips accents", () => {
    expect(foldText("Ána DE Ármas, Zoë, Ça")).toBe("ana de armas, zoe, ca");
    expect(queryTerms("  Café  café\tNoël ")).toEqual(["cafe", "noel"]);
    expect(queryTerms("   ")).toEqual([]);
  });

  it("strips marks of other scripts too, and leaves punctuation alone", () => {
    expect(foldText("Tiếng Việt")).toBe("tieng viet");
    expect(foldText("שָׁלוֹם")).toBe("שלום");
    expect(foldText("Ἀθῆναι")).toBe("αθηναι");
    expect(foldText("a\u{11000}b\u{1D167}")).toBe("ab");
    expect(foldText("“Just friends” — €5 ™")).toBe("“just friends” — €5 ™");
  });

  it("removes every combining mark of the Basic Multilingual Plane", () => {
    const mark = /\p{M}/u;
    const missed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (mark.test(char) && foldText(`a${char}`) !== "a") missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
