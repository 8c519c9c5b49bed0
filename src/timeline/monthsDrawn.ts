// Phones draw the cards of a month only once it comes near the screen. A card is a dozen
// elements; 10,000 of them at once took 7 s to show on this machine's headless Chromium
// before the first screen could be read. Every month keeps its section (and its id, for
// the month strip to jump to), with room for its cards until they are drawn.

import type { MonthSection } from "./monthGroups.ts";

/** Cards drawn at the start: the first screens, and then some. */
export const FIRST_CARDS = 120;

/** The months drawn at first: from the top until FIRST_CARDS cards are drawn. */
export function firstMonthsDrawn(sections: readonly MonthSection[]): Set<string> {
  const drawn = new Set<string>();
  let cards = 0;
  for (const section of sections) {
    if (cards >= FIRST_CARDS) break;
    if (section.kind !== "month") continue;
    drawn.add(section.key);
    cards += section.group.events.length;
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
