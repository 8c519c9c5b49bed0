import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatUtc } from "./utcFormat.ts";
import { propertyOptions } from "../test/property.ts";

describe("formatUtc", () => {
  it("formats the tokens the timeline uses, in UTC", () => {
    const t = Date.UTC(2025, 1, 3, 7, 5);
    expect(formatUtc(t, "d MMM uuuu")).toBe("3 Feb 2025");
    expect(formatUtc(t, "MMMM uuuu")).toBe("February 2025");
    expect(formatUtc(t, "dd/MM? HH:mm")).toBe("03/MM? 07:05");
    expect(formatUtc(Date.UTC(2025, 8, 30, 23, 59), "d MMM, HH:mm")).toBe("30 Sep, 23:59");
  });

  it("keeps year 0000 and years below 1000 as written", () => {
    const t = new Date(0).setUTCFullYear(0, 0, 1);
    expect(formatUtc(t, "uuuu")).toBe("0000");
    expect(formatUtc(new Date(0).setUTCFullYear(50, 2, 1), "MMM uuuu")).toBe("Mar 0050");
  });

  it("agrees with Intl's UTC calendar for any instant", () => {
    const intl = new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      year: "numeric",
      month: "long",
      day: "numeric",
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2999, 11, 31) }), (t) => {
        expect(formatUtc(t, "MMMM d, uuuu")).toBe(intl.format(t));
      }),
      propertyOptions(20250213, 300),
    );
  });
});
