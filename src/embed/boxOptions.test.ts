import { describe, expect, it } from "vitest";
import { DEFAULT_BOX_HEIGHT, readBoxHeight, readControls } from "./boxOptions.ts";

describe("readBoxHeight", () => {
  it("reads pixels, with or without px, and auto", () => {
    expect(readBoxHeight("600")).toBe(600);
    expect(readBoxHeight(" 450px ")).toBe(450);
    expect(readBoxHeight("AUTO")).toBe("auto");
  });
  it("clamps to a box that can hold one card, and not more than a box", () => {
    expect(readBoxHeight("100")).toBe(320);
    expect(readBoxHeight("99999")).toBe(2000);
  });
  it("falls back on nothing or nonsense", () => {
    expect(readBoxHeight(null)).toBe(DEFAULT_BOX_HEIGHT);
    expect(readBoxHeight("60vh")).toBe(DEFAULT_BOX_HEIGHT);
    expect(readBoxHeight("-5", "auto")).toBe("auto");
    expect(readBoxHeight(undefined, "auto")).toBe("auto");
  });
});

describe("readControls", () => {
  it("is off unless search is asked for", () => {
    expect(readControls(null)).toEqual({ search: false });
    expect(readControls("")).toEqual({ search: false });
    expect(readControls("Search")).toEqual({ search: true });
    expect(readControls("zoom, search")).toEqual({ search: true });
  });
});
