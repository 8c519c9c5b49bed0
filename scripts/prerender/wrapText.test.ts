import { describe, expect, it } from "vitest";
import { fitLine, withEllipsis, wrapText } from "./wrapText.ts";

/** A monospace measure: every character 10 wide, so widths are easy to reason about. */
const mono = (text: string) => [...text].length * 10;

describe("wrapText", () => {
  it("breaks at spaces into lines that fit", () => {
    expect(wrapText("one two three four", 90, 3, mono)).toEqual(["one two", "three", "four"]);
  });

  it("ends the last line with an ellipsis that fits when text is left over", () => {
    const lines = wrapText("one two three four five six", 90, 2, mono);
    expect(lines).toEqual(["one two", "three…"]);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(90);
  });

  it("cuts a word wider than the line, and never splits a character", () => {
    expect(wrapText("abcdefghijkl", 50, 3, mono)).toEqual(["abcde", "fghij", "kl"]);
    // The family emoji is five code points, one character: cut before or after, never inside.
    expect(wrapText("ab👩‍👩‍👧cd", 80, 1, mono)).toEqual(["ab👩‍👩‍👧…"]);
  });

  it("measures by width, not by count", () => {
    const wide = (text: string) => [...text].reduce((sum, c) => sum + (c === "W" ? 30 : 5), 0);
    expect(wrapText("WWW iii iii", 110, 2, wide)).toEqual(["WWW iii", "iii"]);
  });
});

describe("fitLine and withEllipsis", () => {
  it("keeps a line that fits and cuts one that does not, at a word when it can", () => {
    expect(fitLine("  a  short line ", 200, mono)).toBe("a short line");
    expect(fitLine("Photographed after dinner in Soho", 200, mono)).toBe("Photographed after…");
    expect(withEllipsis("Soho, London", 60, mono)).toBe("Soho…");
  });
});
