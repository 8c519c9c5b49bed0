// TimelineJS input for the importer's tests: a file of events converted on a fixed day, an
// event with one link to cite, and the check that what came out is a valid dataset.
import { expect } from "vitest";
import { timelineJsToDataset } from "../data/convert/timelinejs.ts";
import type { DatasetInput } from "../data/schema.ts";
import { validateDataset } from "../data/validate.ts";

export const LINK = '<a href="https://www.people.com/story">People story</a>';

export function convert(events: unknown[], extra: Record<string, unknown> = {}) {
  return timelineJsToDataset({ events, ...extra }, { today: "2025-11-13" });
}

export function event(start: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return { start_date: start, text: { headline: "Headline", text: `Text ${LINK}` }, ...more };
}

export function expectValid(dataset: DatasetInput): void {
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.problems).toEqual([]);
}
