// parseEdtf on any text at all: it answers with a date or a one-line error, never throws, and
// never reaches the catch-all message that would mean a bug in the parser.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "./edtf.ts";
import { PROPERTY_RUNS, validText } from "../test/edtfText.ts";

describe("parseEdtf never throws", () => {
  function expectWellFormed(text: string): void {
    const result = parseEdtf(text);
    if (result.ok) {
      expect(result.value.text).toBe(text);
      expect(Number.isFinite(result.value.start)).toBe(true);
      expect(Number.isFinite(result.value.end)).toBe(true);
      expect(result.value.start).toBeLessThan(result.value.end);
    } else {
      expect(typeof result.error).toBe("string");
      expect(result.error.length).toBeGreaterThan(0);
      expect(result.error).not.toMatch(/[\n\r]/);
      // That message is the safety net for bugs in the parser; it must never be reached.
      expect(result.error).not.toMatch(/could not be read as a date$/);
    }
  }

  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string(), expectWellFormed), PROPERTY_RUNS);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), expectWellFormed),
      PROPERTY_RUNS,
    );
  });

  it("on strings made of EDTF characters", () => {
    const unit = fc.constantFrom(..."0123456789-/:.TZ+?~%X.Y[]{},S E".split(""));
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), expectWellFormed), PROPERTY_RUNS);
  });

  it("on mutated valid dates", () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("insert", "delete", "replace"),
      char: fc.oneof(
        fc.constantFrom(..."0123456789-/:TZ+?~%X.".split("")),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      ),
    });
    const mutated = fc
      .tuple(validText, fc.array(edit, { minLength: 1, maxLength: 4 }))
      .map(([text, edits]) =>
        edits.reduce((current, { at, kind, char }) => {
          const i = at % (current.length + 1);
          const rest = current.slice(kind === "insert" ? i : i + 1);
          return current.slice(0, i) + (kind === "delete" ? "" : char) + rest;
        }, text),
      );
    fc.assert(fc.property(mutated, expectWellFormed), PROPERTY_RUNS);
  });
});
