// parseEdtf on intervals: bounded and open ends, their precisions, and which orders of ends
// it accepts.
import { describe, expect, it } from "vitest";
import { parsed, point } from "../test/parsedEdtf.ts";

describe("parseEdtf: intervals", () => {
  it("2025-04-29/2025-05-03 covers both days in full", () => {
    const date = parsed("2025-04-29/2025-05-03");
    expect(date).toMatchObject({
      interval: true,
      start: Date.UTC(2025, 3, 29),
      end: Date.UTC(2025, 4, 4),
      openStart: false,
      openEnd: false,
      precision: "day",
      uncertain: false,
      approximate: false,
    });
    expect(date.from).toEqual(point(Date.UTC(2025, 3, 29), Date.UTC(2025, 3, 30), "day"));
    expect(date.to).toEqual(point(Date.UTC(2025, 4, 3), Date.UTC(2025, 4, 4), "day"));
  });

  it("../2025-02-20 is open at the start (on or before)", () => {
    const date = parsed("../2025-02-20");
    expect(date).toMatchObject({
      interval: true,
      from: null,
      start: Date.UTC(2025, 1, 20),
      end: Date.UTC(2025, 1, 21),
      openStart: true,
      openEnd: false,
      precision: "day",
    });
  });

  it("2025-07/.. is open at the end", () => {
    const date = parsed("2025-07/..");
    expect(date).toMatchObject({
      interval: true,
      to: null,
      start: Date.UTC(2025, 6, 1),
      end: Date.UTC(2025, 7, 1),
      openStart: false,
      openEnd: true,
      precision: "month",
    });
  });

  it("takes the finest precision and any qualifier of either side", () => {
    expect(parsed("2025~/2025-06-15")).toMatchObject({
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2025, 5, 16),
      precision: "day",
      uncertain: false,
      approximate: true,
    });
    expect(parsed("2025-02-13T21:30Z/2025-02-14?")).toMatchObject({
      start: Date.UTC(2025, 1, 13, 21, 30),
      end: Date.UTC(2025, 1, 15),
      precision: "minute",
      uncertain: true,
      approximate: false,
    });
    expect(parsed("../2025-02%")).toMatchObject({ uncertain: true, approximate: true });
  });

  it("accepts times on both sides, with different zones", () => {
    expect(parsed("2025-02-13T21:30Z/2025-02-13T23:00:30+01:00")).toMatchObject({
      start: Date.UTC(2025, 1, 13, 21, 30),
      end: Date.UTC(2025, 1, 13, 22, 0, 31),
      precision: "second",
    });
  });

  it("accepts equal and overlapping ends", () => {
    expect(parsed("2025-02-13/2025-02-13")).toMatchObject({
      start: Date.UTC(2025, 1, 13),
      end: Date.UTC(2025, 1, 14),
    });
    expect(parsed("2025-02-10/2025-02")).toMatchObject({
      start: Date.UTC(2025, 1, 10),
      end: Date.UTC(2025, 2, 1),
    });
    expect(parsed("2025/2025-03")).toMatchObject({
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2025, 3, 1),
    });
  });
});
