// Phones draw the cards of a month only once it comes near the screen. A card is a dozen
// elements; 10,000 of them at once took 7 s to show on this machine's headless Chromium
// before the first screen could be read. Every month keeps its section (and its id, for
// the month strip to jump to), with room for its cards until they are drawn.

import type { MonthSection } from "./monthGroups.ts";

/** Cards drawn at the start: the first screens, and then some. */
export const FIRST_CARDS = 120;

/**
 * Cards drawn before the page shows itself: a screen of folded cards (about 150 px each on
 * an 844 px phone), even with the list starting at the top. The months up to FIRST_CARDS
 * follow in the next task (VerticalTimeline).
 */
export const FIRST_SCREEN_CARDS = 6;

/** The months drawn at first: from the top until `cards` cards are drawn. */
export function firstMonthsDrawn(
  sections: readonly MonthSection[],
  cards = FIRST_CARDS,
): Set<string> {
  const drawn = new Set<string>();
  let count = 0;
  for (const section of sections) {
    if (count >= cards) break;
    if (section.kind !== "month") continue;
    drawn.add(section.key);
    count += section.group.events.length;
  }
  return drawn;
}

/** The month section that holds each event, by id. */
export function monthOfEvent(sections: readonly MonthSection[]): Map<string, string> {
  const months = new Map<string, string>();
  for (const section of sections) {
    if (section.kind !== "month") continue;
    for (const event of section.group.events) months.set(event.id, section.key);
  }
  return months;
}
