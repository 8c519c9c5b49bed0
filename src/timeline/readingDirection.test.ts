import { describe, expect, it } from "vitest";
import { arrowMove, timeStep } from "./readingDirection.ts";

describe("timeStep", () => {
  it("moves on in time towards the right when the interface reads left to right", () => {
    expect(timeStep(1, "ltr")).toBe(1);
    expect(timeStep(-1, "ltr")).toBe(-1);
  });

  it("moves back in time towards the right when it reads right to left", () => {
    expect(timeStep(1, "rtl")).toBe(-1);
    expect(timeStep(-1, "rtl")).toBe(1);
  });
});

describe("arrowMove", () => {
  it("reads the horizontal arrows as visual moves and nothing else", () => {
    expect(arrowMove("ArrowRight")).toBe(1);
    expect(arrowMove("ArrowLeft")).toBe(-1);
    expect(arrowMove("ArrowUp")).toBeNull();
    expect(arrowMove("Home")).toBeNull();
  });
});
