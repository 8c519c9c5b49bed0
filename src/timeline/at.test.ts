import { describe, expect, it } from "vitest";
import { at, atF64, atU8 } from "./at.ts";

describe("at", () => {
  it("reads an index in range, and throws with the index and length outside it", () => {
    expect(at([10, 20], 1)).toBe(20);
    expect(atU8(Uint8Array.of(0, 7), 0)).toBe(0);
    expect(() => at([10, 20], 2)).toThrow(/index 2 is out of range \(length 2\)/);
    expect(() => atF64(new Float64Array(3), -1)).toThrow(RangeError);
  });
});
