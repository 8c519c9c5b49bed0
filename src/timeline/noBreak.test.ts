import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noBreakRuns } from "./noBreak.ts";
import { propertyOptions } from "../test/property.ts";

const kept = (text: string) =>
  noBreakRuns(text)
    .filter((run) => run.keep)
    .map((run) => run.text);

describe("noBreakRuns", () => {
  it("keeps a censored word whole, with what follows it", () => {
    expect(kept("“I just saw the movie. It kicks a--”")).toEqual(["a--”"]);
    expect(kept("what the f—k, really")).toEqual([]);
    expect(kept("what the f——k, really")).toEqual(["f——k,"]);
    expect(kept("a word cut off-")).toEqual(["off-"]);
  });

  it("leaves ordinary hyphenated words and spaced dashes alone", () => {
    expect(kept("a well-known on-record remark")).toEqual([]);
    expect(kept("then - later - gone")).toEqual([]);
    expect(noBreakRuns("plain text")).toEqual([{ text: "plain text", keep: false }]);
  });

  it("never changes the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(
          noBreakRuns(text)
            .map((run) => run.text)
            .join(""),
        ).toBe(text);
      }),
      propertyOptions(20250213),
    );
  });
});
