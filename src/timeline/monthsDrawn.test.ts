import { describe, expect, it } from "vitest";
import { reportEvent } from "../test/reportEvent.ts";
import type { TimelineEvent } from "../data/model.ts";
import { firstMonthsDrawn, FIRST_CARDS, FIRST_SCREEN_CARDS, monthOfEvent } from "./monthsDrawn.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { groupByMonth, monthSections } from "./monthGroups.ts";

const event = reportEvent;

/** `perMonth` events in each of `months` months from January 2025. */
function sectionsOf(months: number, perMonth: number) {
  const events: TimelineEvent[] = [];
  for (let m = 0; m < months; m++) {
    const month = String((m % 12) + 1).padStart(2, "0");
    const year = 2025 + Math.floor(m / 12);
    for (let i = 0; i < perMonth; i++) events.push(event(`e${m}-${i}`, `${year}-${month}-10`));
  }
  return monthSections(groupByMonth(events, ENGLISH.dates.calendar), ENGLISH);
}

describe("firstMonthsDrawn", () => {
  it("draws a small dataset whole", () => {
    const sections = sectionsOf(10, 3);
    expect(firstMonthsDrawn(sections).size).toBe(10);
  });

  it("draws a big one from the top until the first screens are full", () => {
    const sections = sectionsOf(60, 200);
    const drawn = firstMonthsDrawn(sections);
    expect(drawn.size).toBe(1);
    expect(drawn.has(sections[0]!.key)).toBe(true);
    const many = firstMonthsDrawn(sectionsOf(60, 7));
    expect(many.size).toBe(Math.ceil(FIRST_CARDS / 7));
  });

  it("draws a screen's worth first, whole months, then the rest of the first screens", () => {
    const sections = sectionsOf(10, 3);
    const screen = firstMonthsDrawn(sections, FIRST_SCREEN_CARDS);
    expect(screen.size).toBe(Math.ceil(FIRST_SCREEN_CARDS / 3));
    expect([...screen]).toEqual(sections.slice(0, screen.size).map((section) => section.key));
    // A month is never cut: its last card may take the count past the screen's.
    expect(firstMonthsDrawn(sectionsOf(3, 5), FIRST_SCREEN_CARDS).size).toBe(2);
  });
});

describe("monthOfEvent", () => {
  it("finds the month section of every event", () => {
    const sections = sectionsOf(3, 2);
    const months = monthOfEvent(sections);
    expect(months.size).toBe(6);
    expect(months.get("e2-1")).toBe(sections.at(-1)!.key);
  });
});
