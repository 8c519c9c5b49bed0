import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportEvent } from "../test/reportEvent.ts";
import { propertyOptions } from "../test/property.ts";
import { findGaps, gapLabel, measure } from "./gaps.ts";

const day = (text: string) => Date.parse(`${text}T00:00Z`);

describe("findGaps", () => {
  it("labels silences longer than 30 days, measured from the latest end", () => {
    const events = [
      reportEvent("a", "2025-02-13"),
      reportEvent("b", "2025-03-10"),
      reportEvent("c", "2025-05-20"),
      reportEvent("d", "2025-06"),
      reportEvent("e", "2025-07-30"),
    ];
    const gaps = findGaps(events);
    expect(gaps.map((g) => [g.beforeId, g.amount, g.unit])).toEqual([
      ["c", 2, "month"],
      // June is a span: the silence after it starts when it ends, on 1 July.
    ]);
  });

  it("does not count a long span that overlaps later events as silence", () => {
    const events = [
      reportEvent("filming", "2025-01/2025-12"),
      reportEvent("b", "2025-06-01"),
      reportEvent("c", "2026-03-01"),
    ];
    expect(findGaps(events).map((g) => g.beforeId)).toEqual(["c"]);
  });

  it("takes the threshold it is given", () => {
    const events = [reportEvent("a", "2025-02-13"), reportEvent("b", "2025-02-24")];
    expect(findGaps(events)).toEqual([]);
    expect(findGaps(events, 7).map((g) => [g.beforeId, g.amount, g.unit])).toEqual([
      ["b", 1, "week"],
    ]);
  });
});

describe("measure", () => {
  it("counts whole calendar units, never more than passed", () => {
    expect(measure(day("2025-01-15"), day("2025-03-14"))).toEqual({ amount: 8, unit: "week" });
    expect(measure(day("2025-01-15"), day("2025-03-15"))).toEqual({ amount: 2, unit: "month" });
    expect(measure(day("2025-01-31"), day("2025-04-30"))).toEqual({ amount: 2, unit: "month" });
    expect(measure(day("2024-05-01"), day("2026-04-30"))).toEqual({ amount: 23, unit: "month" });
    expect(measure(day("2024-05-01"), day("2026-05-01"))).toEqual({ amount: 2, unit: "year" });
  });

  it("never overstates: the amount in its unit fits inside the silence", () => {
    const start = day("1990-01-01");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * 365 }),
        fc.integer({ min: 31, max: 20 * 365 }),
        (offsetDays, lengthDays) => {
          const from = start + offsetDays * 86_400_000;
          const to = from + lengthDays * 86_400_000;
          const { amount, unit } = measure(from, to);
          const back = new Date(to);
          if (unit === "week") back.setUTCDate(back.getUTCDate() - amount * 7);
          if (unit === "month") back.setUTCMonth(back.getUTCMonth() - amount);
          if (unit === "year") back.setUTCFullYear(back.getUTCFullYear() - amount);
          // Stepping back by the amount lands no earlier than the silence's start (month
          // ends may clamp by up to three days).
          expect(back.getTime()).toBeGreaterThanOrEqual(from - 3 * 86_400_000);
          expect(amount).toBeGreaterThanOrEqual(1);
        },
      ),
      propertyOptions(20261130),
    );
  });
});

describe("gapLabel", () => {
  it("is written by Intl in each language, with its plural", () => {
    expect(gapLabel({ amount: 2, unit: "month" }, "en-001", (span) => `${span} later`)).toBe(
      "2 months later",
    );
    expect(gapLabel({ amount: 1, unit: "month" }, "en-001", (span) => `${span} later`)).toBe(
      "1 month later",
    );
    expect(gapLabel({ amount: 2, unit: "month" }, "es", (span) => `${span} después`)).toBe(
      "2 meses después",
    );
    for (const locale of ["pt-BR", "fr", "de", "it", "ar"]) {
      for (const amount of [1, 2, 3, 11, 100]) {
        const intl = new Intl.NumberFormat(locale, {
          style: "unit",
          unit: "year",
          unitDisplay: "long",
        }).format(amount);
        expect(gapLabel({ amount, unit: "year" }, locale, (span) => `(${span})`)).toBe(`(${intl})`);
      }
    }
  });
});
