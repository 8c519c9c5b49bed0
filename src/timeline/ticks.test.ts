import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarFormat } from "./calendarFormat.ts";
import { timeTicks as ticksIn, type Tick } from "./ticks.ts";

const english = calendarFormat("en-001");
const timeTicks = (domain: readonly [number, number], width: number) =>
  ticksIn(domain, width, english);
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = Date.UTC(2025, 1, 13, 21, 0);

const domains = {
  "40 years": [Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1)],
  "3 years": [Date.UTC(2023, 5, 1), Date.UTC(2026, 5, 1)],
  "6 months": [Date.UTC(2025, 1, 10), Date.UTC(2025, 7, 10)],
  "3 weeks": [Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 10) + 21 * DAY],
  "2 days": [Date.UTC(2025, 1, 13, 5), Date.UTC(2025, 1, 15, 5)],
  "3 hours": [start, start + 3 * HOUR],
} satisfies Record<string, [number, number]>;

/** Domains between 1900 and 2100, from `shortest` long to 200 years. */
function domainsFrom(shortest: number): fc.Arbitrary<[number, number]> {
  return fc
    .tuple(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.integer({ min: shortest, max: 200 * 365 * DAY }),
    )
    .map(([t0, span]): [number, number] => [t0, t0 + span]);
}

const widths = fc.integer({ min: 100, max: 3000 });

function labels(ticks: Tick[]): string[] {
  return ticks.map((tick) => tick.label);
}

function medianStep(ticks: Tick[]): number {
  const steps = ticks.slice(1).map((tick, i) => tick.value - (ticks[i]?.value ?? 0));
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? Infinity;
}

describe("timeTicks", () => {
  it("labels decades and years with the year alone", () => {
    const ticks = timeTicks(domains["40 years"], 1000);
    expect(labels(ticks).every((text) => /^\d{4}$/.test(text))).toBe(true);
    expect(ticks.find((tick) => tick.label === "2020")?.major).toBe(true);
  });

  it("labels months by name, with the year on January and on the first tick", () => {
    const ticks = timeTicks(domains["6 months"], 1000);
    expect(labels(ticks)).toEqual(["Mar 2025", "Apr", "May", "Jun", "Jul", "Aug"]);
    expect(ticks.map((tick) => tick.major)).toEqual([true, false, false, false, false, false]);
    const years = timeTicks(domains["3 years"], 1000);
    expect(years.find((tick) => tick.label === "2025")?.major).toBe(true);
    expect(labels(years)).toContain("Apr");
  });

  it("labels days as day and month, naming the month on its first day", () => {
    const ticks = timeTicks(domains["3 weeks"], 1000);
    expect(ticks[0]).toMatchObject({ label: "11 Feb 2025", major: true });
    expect(labels(ticks)).toContain("13 Feb");
    expect(ticks.find((tick) => tick.value === Date.UTC(2025, 2, 1))).toMatchObject({
      label: "Mar 2025",
      major: true,
    });
  });

  it("labels hours as clock times, naming the day at midnight", () => {
    const ticks = timeTicks(domains["2 days"], 1000);
    expect(ticks[0]).toMatchObject({ label: "13 Feb, 06:00", major: true });
    expect(labels(ticks)).toContain("18:00");
    expect(ticks.find((tick) => tick.value === Date.UTC(2025, 1, 14))).toMatchObject({
      label: "14 Feb",
      major: true,
    });
  });

  it("labels minutes as clock times", () => {
    const ticks = timeTicks(domains["3 hours"], 1000);
    expect(ticks[0]?.label).toBe("13 Feb, 21:00");
    expect(labels(ticks)).toContain("21:30");
    expect(ticks.find((tick) => tick.value === Date.UTC(2025, 1, 14))?.label).toBe("14 Feb");
  });

  it("gets finer as the domain gets shorter", () => {
    const steps = Object.values(domains).map((domain) => medianStep(timeTicks(domain, 1000)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1] ?? 0);
  });

  it("shows UTC whatever the local time zone", () => {
    // The suite runs with TZ=UTC; a UTC midnight must still read as midnight elsewhere.
    const ticks = timeTicks([Date.UTC(2025, 2, 30, 0), Date.UTC(2025, 2, 30, 6)], 600);
    expect(ticks[0]).toMatchObject({ label: "30 Mar", major: true });
  });

  describe("the period the plot starts in", () => {
    // 7 px per character; axisLabels.ts keeps 6 px between labels.
    const charsWide = (label: string) => label.length * 7;
    const from5Feb: [number, number] = [Date.UTC(2025, 1, 5), Date.UTC(2025, 7, 5)];
    /** At 680 px, an article column. */
    const inColumn = (from: number, to: number) => ticksIn([from, to], 680, english, charsWide);

    it("is named at the left edge when the first tick comes later and there is room", () => {
      // At 680 px (an article column) 1 Mar is 90 px in: "Feb 2025" fits before "Mar".
      const ticks = inColumn(...from5Feb);
      expect(ticks[0]).toEqual({ value: from5Feb[0], label: "Feb 2025", major: true, edge: true });
      expect(ticks[1]).toMatchObject({ value: Date.UTC(2025, 2, 1), label: "Mar", major: false });
      expect(labels(ticks).slice(2, 4)).toEqual(["Apr", "May"]);
    });

    it("is left out when the first tick is too near the edge for it", () => {
      const ticks = inColumn(Date.UTC(2025, 1, 25), Date.UTC(2025, 7, 25));
      expect(ticks[0]).toMatchObject({ value: Date.UTC(2025, 2, 1), label: "Mar 2025" });
      expect(ticks.some((tick) => tick.edge)).toBe(false);
    });

    it("is left out when a tick is at the edge, below a day, or without widths", () => {
      const fromMarch = inColumn(Date.UTC(2025, 2, 1), Date.UTC(2025, 8, 1));
      expect(fromMarch[0]).toMatchObject({ label: "Mar 2025" });
      expect(fromMarch.some((tick) => tick.edge)).toBe(false);
      const evening = ticksIn(domains["3 hours"], 1000, english, charsWide);
      expect(evening.some((tick) => tick.edge)).toBe(false);
      expect(timeTicks(from5Feb, 680).some((tick) => tick.edge)).toBe(false);
    });

    it("names the year or the day when those are the ticks' unit", () => {
      const years = ticksIn([Date.UTC(2021, 6, 1), Date.UTC(2031, 6, 1)], 1200, english, charsWide);
      expect(years[0]).toMatchObject({ label: "2021", edge: true });
      const days = ticksIn(
        [Date.UTC(2025, 1, 10, 1), Date.UTC(2025, 1, 18, 1)],
        1000,
        english,
        charsWide,
      );
      expect(days[0]).toMatchObject({ label: "10 Feb 2025", edge: true });
      expect(days[1]).toMatchObject({ label: "11 Feb", major: false });
    });

    it("never runs into the first tick's label, whatever the domain", () => {
      fc.assert(
        fc.property(domainsFrom(DAY), widths, (d, width) => {
          const ticks = ticksIn(d, width, english, charsWide);
          const [edge, first] = ticks;
          if (edge?.edge !== true) return;
          expect(edge.value).toBe(d[0]);
          expect(first?.edge).toBeUndefined();
          const firstX = (((first?.value ?? 0) - d[0]) / (d[1] - d[0])) * width;
          expect(charsWide(edge.label) + 6).toBeLessThanOrEqual(
            firstX - charsWide(first?.label ?? "") / 2,
          );
          expect(ticks.filter((tick) => tick.edge)).toHaveLength(1);
        }),
        propertyOptions(SEED, 400),
      );
    });
  });

  it("returns nothing for an empty domain or width", () => {
    expect(timeTicks([start, start], 800)).toEqual([]);
    expect(timeTicks([start, start + DAY], 0)).toEqual([]);
  });

  it("keeps the count readable and never repeats a label next to itself", () => {
    fc.assert(
      fc.property(domainsFrom(HOUR), widths, (d, width) => {
        const ticks = timeTicks(d, width);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(2, width / 50));
        for (let i = 1; i < ticks.length; i++) {
          expect(ticks[i]?.label).not.toBe(ticks[i - 1]?.label);
          expect(ticks[i]?.value).toBeGreaterThan(ticks[i - 1]?.value ?? -Infinity);
        }
        for (const tick of ticks) {
          expect(tick.value).toBeGreaterThanOrEqual(d[0]);
          expect(tick.value).toBeLessThanOrEqual(d[1]);
        }
      }),
      propertyOptions(SEED, 400),
    );
  });
});
