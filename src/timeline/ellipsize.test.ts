import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ellipsize } from "./ellipsize.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("ellipsize", () => {
  it("leaves text that fits as it is", () => {
    expect(ellipsize("Dinner in Soho", 14)).toBe("Dinner in Soho");
    expect(ellipsize("", 5)).toBe("");
  });

  it("cuts at the last word that fits, ellipsis included in the length", () => {
    expect(ellipsize("Dinner in Soho, London", 15)).toBe("Dinner in…");
    // The space right after the last word that fits counts: that word stays, and the
    // comma before the space is not left dangling before the ellipsis.
    expect(ellipsize("Dinner in Soho, London", 16)).toBe("Dinner in Soho…");
    expect(ellipsize("Dinner in Soho", 10)).toBe("Dinner in…");
  });

  it("cuts inside a word when the last space would throw away more than half", () => {
    expect(ellipsize("A helicopterrideoverlondon", 12)).toBe("A helicopte…");
  });

  it("never splits a surrogate pair", () => {
    // "🎬" is two UTF-16 code units; a cut between them would leave half an emoji.
    expect(ellipsize("ab🎬🎬🎬", 4)).toBe("ab…");
    expect(ellipsize("ab🎬🎬🎬", 5)).toBe("ab🎬…");
  });

  it("gives only the ellipsis, or nothing, when there is no room", () => {
    expect(ellipsize("Dinner", 1)).toBe("…");
    expect(ellipsize("Dinner", 0)).toBe("");
  });

  it("keeps any text within the limit, as a prefix, without a lone surrogate (property)", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "b", " ", ",", "é", "🎬", "日"),
      maxLength: 90,
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 80 }), (value, max) => {
        const result = ellipsize(value, max);
        expect(result.length).toBeLessThanOrEqual(max);
        expect(LONE_SURROGATE.test(result)).toBe(false);
        if (value.length <= max) {
          expect(result).toBe(value);
        } else if (max > 0) {
          expect(result.endsWith("…")).toBe(true);
          expect(value.startsWith(result.slice(0, -1))).toBe(true);
        }
      }),
      propertyOptions(SEED, 1000),
    );
  });
});
