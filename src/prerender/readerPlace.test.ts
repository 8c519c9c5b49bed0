import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propertyOptions } from "../test/property.ts";
import { placeAmong, type StoryBox } from "./readerPlace.ts";

const SCREEN = 800;

/** Events laid out one under the other from `start`, each `height` px tall. */
function column(start: number, ...heights: number[]): StoryBox[] {
  let top = start;
  return heights.map((height, i) => {
    const box = { eventId: `e${i}`, top, bottom: top + height };
    top += height;
    return box;
  });
}

describe("placeAmong", () => {
  it("is the first event still on screen, where its start is", () => {
    expect(placeAmong(column(-900, 500, 600, 400), SCREEN)).toEqual({ eventId: "e1", top: -400 });
    expect(placeAmong(column(-500, 500, 600), SCREEN)).toEqual({ eventId: "e1", top: 0 });
  });

  it("is nothing while the chronology is still in the lower half of the screen", () => {
    expect(placeAmong(column(400, 500), SCREEN)).toBeNull();
    expect(placeAmong(column(399, 500), SCREEN)).toEqual({ eventId: "e0", top: 399 });
  });

  it("is the last event once the reader has scrolled past the story's end", () => {
    expect(placeAmong(column(-2000, 500, 600), SCREEN)).toEqual({ eventId: "e1", top: -1500 });
  });

  it("is nothing on a page without a story", () => {
    expect(placeAmong([], SCREEN)).toBeNull();
  });

  it("is an event of the story, at that event's top, whose end is on screen unless none is", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000, max: 2_000 }),
        fc.array(fc.integer({ min: 1, max: 3_000 }), { maxLength: 40 }),
        (start, heights) => {
          const boxes = column(start, ...heights);
          const place = placeAmong(boxes, SCREEN);
          if (place === null) {
            const first = boxes.find((box) => box.bottom > 0) ?? boxes.at(-1);
            expect(first === undefined || first.top >= SCREEN / 2).toBe(true);
            return;
          }
          const index = boxes.findIndex((box) => box.eventId === place.eventId);
          const box = boxes[index]!;
          expect(place.top).toBe(box.top);
          expect(place.top).toBeLessThan(SCREEN / 2);
          const onScreen = box.bottom > 0;
          expect(onScreen || index === boxes.length - 1).toBe(true);
          // Every event before it has scrolled away.
          for (const earlier of boxes.slice(0, index))
            expect(earlier.bottom).toBeLessThanOrEqual(0);
        },
      ),
      propertyOptions(7341),
    );
  });
});
