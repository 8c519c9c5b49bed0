import { describe, expect, it } from "vitest";
import { parseEdtf } from "../data/edtf.ts";
import type { EdtfDate } from "../data/model.ts";
import { altDateLinks, markCentre, markGeometry, OPEN_END_PX } from "./markGeometry.ts";

const DAY = 86_400_000;
const origin = Date.UTC(2025, 0, 1);

function date(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A linear scale from 1 Jan 2025 at `pxPerDay`. */
function scale(pxPerDay: number): (t: number) => number {
  return (t) => ((t - origin) / DAY) * pxPerDay;
}

const yearView = scale(1); // a day is 1 px
const dayView = scale(100); // a day is 100 px

describe("markGeometry", () => {
  it("draws a day seen from far away as a point at its centre", () => {
    expect(markGeometry(date("2025-02-13"), yearView)).toEqual({
      x0: 43.5,
      x1: 43.5,
      shape: "point",
      softStart: false,
      softEnd: false,
      dashed: false,
      fadeStart: false,
      fadeEnd: false,
    });
  });

  it("draws a day seen up close as the span it is", () => {
    expect(markGeometry(date("2025-02-13"), dayView)).toMatchObject({
      x0: 4300,
      x1: 4400,
      shape: "span",
    });
  });

  it("draws a month as the whole month", () => {
    expect(markGeometry(date("2025-04"), yearView)).toMatchObject({
      x0: 90,
      x1: 120,
      shape: "span",
    });
  });

  it("draws an interval from its start to the end of its last day", () => {
    expect(markGeometry(date("2025-04-29/2025-05-03"), scale(2))).toMatchObject({
      x0: 236,
      x1: 246,
      shape: "span",
    });
  });

  it("widens a narrow span around its centre but keeps it a span", () => {
    const mark = markGeometry(date("2025-04-29/2025-04-30"), yearView, 10);
    expect(mark).toMatchObject({ x0: 114, x1: 124, shape: "span" });
  });

  it("softens approximate ends, each on its own side", () => {
    expect(markGeometry(date("2025-04~"), yearView)).toMatchObject({
      softStart: true,
      softEnd: true,
    });
    expect(markGeometry(date("2025-02-13~"), yearView)).toMatchObject({
      shape: "point",
      softStart: true,
      softEnd: true,
    });
    expect(markGeometry(date("2025-04-29~/2025-05-03"), yearView)).toMatchObject({
      softStart: true,
      softEnd: false,
    });
  });

  it("dashes uncertain dates", () => {
    expect(markGeometry(date("2025-04?"), yearView).dashed).toBe(true);
    expect(markGeometry(date("2025-04-29/2025-05-03?"), yearView).dashed).toBe(true);
    expect(markGeometry(date("2025-04%"), yearView)).toMatchObject({ dashed: true, softEnd: true });
  });

  it("fades an open end, running on past the known bound", () => {
    const onOrBefore = markGeometry(date("../2025-02-20"), dayView);
    expect(onOrBefore).toMatchObject({
      x0: 5000 - OPEN_END_PX,
      x1: 5100,
      shape: "span",
      fadeStart: true,
      fadeEnd: false,
      softStart: false,
    });
    const from = markGeometry(date("2025-07/.."), yearView);
    expect(from).toMatchObject({ x0: 181, x1: 212 + OPEN_END_PX, fadeStart: false, fadeEnd: true });
  });

  it("keeps an open-ended mark visible even when its known day is tiny", () => {
    const mark = markGeometry(date("../2025-02-20"), yearView);
    expect(mark.shape).toBe("span");
    expect(mark.x1 - mark.x0).toBe(6 + OPEN_END_PX);
  });
});

describe("altDateLinks", () => {
  it("links the main mark to each ghost, centre to centre, in order", () => {
    const main = markGeometry(date("2025-02-13"), dayView);
    const alts = [date("2025-02-14"), date("2025-02")].map((d) => markGeometry(d, dayView));
    expect(altDateLinks(main, alts)).toEqual([
      { from: 4350, to: 4450 },
      { from: 4350, to: 4500 },
    ]);
  });

  it("measures an open mark from its known part, not its fade", () => {
    const open = markGeometry(date("../2025-02-20"), dayView);
    expect(markCentre(open)).toBe(5050);
    expect(altDateLinks(open, [])).toEqual([]);
  });
});
