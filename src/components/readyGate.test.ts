import { describe, expect, it, vi } from "vitest";
import { createReadyGate } from "./readyGate.ts";

describe("createReadyGate", () => {
  it("waits for the plot when the view is the plot, in either order", () => {
    const plotFirst = vi.fn();
    const a = createReadyGate();
    a.plotDrawn();
    expect(plotFirst).not.toHaveBeenCalled();
    a.viewCommitted(true, plotFirst);
    expect(plotFirst).toHaveBeenCalledTimes(1);

    const viewFirst = vi.fn();
    const b = createReadyGate();
    b.viewCommitted(true, viewFirst);
    expect(viewFirst).not.toHaveBeenCalled();
    b.plotDrawn();
    expect(viewFirst).toHaveBeenCalledTimes(1);
  });

  it("is ready as soon as a view without a plot commits", () => {
    const onReady = vi.fn();
    createReadyGate().viewCommitted(false, onReady);
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it("never fires before the view's boundary has committed", () => {
    const onReady = vi.fn();
    const gate = createReadyGate();
    gate.plotDrawn();
    gate.plotDrawn();
    expect(onReady).not.toHaveBeenCalled();
  });

  it("fires once, whatever comes after", () => {
    const onReady = vi.fn();
    const gate = createReadyGate();
    gate.viewCommitted(false, onReady);
    gate.viewCommitted(true, onReady);
    gate.plotDrawn();
    gate.viewCommitted(false, onReady);
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it("on a return visit, waits for the note as well, in any order", () => {
    const noteLast = vi.fn();
    const a = createReadyGate(true);
    a.viewCommitted(true, noteLast);
    a.plotDrawn();
    expect(noteLast).not.toHaveBeenCalled();
    a.noteShown();
    expect(noteLast).toHaveBeenCalledTimes(1);

    const noteFirst = vi.fn();
    const b = createReadyGate(true);
    b.noteShown();
    b.viewCommitted(false, noteFirst);
    expect(noteFirst).toHaveBeenCalledTimes(1);
  });
});
