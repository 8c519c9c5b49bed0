import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CALLOUT_INNER_PX } from "./calloutSize.ts";
import { calloutTitleLines } from "./calloutTitleLines.ts";

const CHAR_PX = 6.1;

describe("calloutTitleLines", () => {
  it("gives a short heading one line and a long one two", () => {
    expect(calloutTitleLines("16 Oct The Sun reports a split", CHAR_PX)).toBe(1);
    expect(calloutTitleLines("13 Feb Photographed after dinner in Soho", CHAR_PX)).toBe(2);
    expect(calloutTitleLines("aprox. 27 jul De la mano en Vermont", CHAR_PX)).toBe(2);
    // 234 px in bold system-ui against 230 px of room: a close call goes to two lines.
    expect(calloutTitleLines("c. 27 Jul Holding hands in Vermont", CHAR_PX)).toBe(2);
  });

  it("never gives one line to a heading that is wider than the callout", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.double({ min: 4, max: 12 }), (text, px) => {
        if (text.length * px > CALLOUT_INNER_PX) expect(calloutTitleLines(text, px)).toBe(2);
      }),
      { seed: 20261201 },
    );
  });

  it("gives a wider font fewer characters a line", () => {
    const heading = "c. 27 Jul Holding hands in Vermont";
    expect(calloutTitleLines(heading, 4.5)).toBe(1);
    expect(calloutTitleLines(heading, 8)).toBe(2);
  });
});
