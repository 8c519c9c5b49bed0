import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  candidates,
  LEADER_INSET_PX,
  leaderOf,
  overlaps,
  placeCallouts,
  type CalloutRequest,
  type Rect,
} from "./callouts.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;
const bounds: Rect = { x: 0, y: 0, width: 800, height: 400 };

function request(id: string, anchorX: number, anchorY: number, priority = 0): CalloutRequest {
  return { id, anchorX, anchorY, width: 100, height: 20, priority };
}

function inside(rect: Rect, area: Rect): boolean {
  return (
    rect.x >= area.x &&
    rect.y >= area.y &&
    rect.x + rect.width <= area.x + area.width &&
    rect.y + rect.height <= area.y + area.height
  );
}

describe("placeCallouts", () => {
  it("centres a lone callout just above its anchor", () => {
    expect(placeCallouts([request("a", 400, 200)], [], bounds)).toEqual([
      { id: "a", anchorX: 400, anchorY: 200, x: 350, y: 174, width: 100, height: 20 },
    ]);
  });

  it("shifts sideways before going up a tier", () => {
    const [first, second] = placeCallouts(
      [request("a", 400, 200, 2), request("b", 470, 200, 1)],
      [],
      bounds,
    );
    expect(first).toMatchObject({ id: "a", x: 350, y: 174 });
    expect(second).toMatchObject({ id: "b", x: 450, y: 174 });
  });

  it("drops a callout whose leader would have to cross another callout", () => {
    const placed = placeCallouts(
      [request("a", 400, 200, 2), request("b", 420, 200, 1)],
      [],
      bounds,
    );
    expect(placed.map((p) => p.id)).toEqual(["a"]);
  });

  it("goes up a tier when the sides are taken, leaving its leader a way through", () => {
    const blockers: Rect[] = [
      { x: 0, y: 170, width: 380, height: 10 },
      { x: 420, y: 170, width: 380, height: 10 },
    ];
    const [placed] = placeCallouts([request("a", 400, 200)], blockers, bounds);
    expect(placed).toMatchObject({ x: 350, y: 148 });
  });

  it("places the most important first and returns them in that order", () => {
    const placed = placeCallouts(
      [request("low", 560, 200, 1), request("selected", 400, 200, 10)],
      [],
      bounds,
    );
    expect(placed.map((p) => p.id)).toEqual(["selected", "low"]);
    expect(placed[0]).toMatchObject({ x: 350, y: 174 });
  });

  it("stays inside the bounds near an edge", () => {
    const [placed] = placeCallouts([request("a", 10, 200)], [], bounds);
    expect(placed).toMatchObject({ x: 0, y: 174 });
  });

  it("drops a callout with no room above its anchor rather than cover the anchor", () => {
    expect(placeCallouts([request("a", 400, 5)], [], bounds)).toEqual([]);
  });

  it("drops a callout that has nowhere to go", () => {
    const wall: Rect[] = [{ x: 0, y: 0, width: 800, height: 190 }];
    expect(placeCallouts([request("a", 400, 200)], wall, bounds)).toEqual([]);
    expect(placeCallouts([{ ...request("b", 400, 200), width: 900 }], [], bounds)).toEqual([]);
  });

  it("offers clamped candidates that all fit the bounds", () => {
    for (const spot of candidates(request("a", 790, 30), bounds)) {
      expect(inside(spot, bounds)).toBe(true);
    }
  });

  const requestArb = fc.record({
    id: fc.string(),
    anchorX: fc.integer({ min: -50, max: 850 }),
    anchorY: fc.integer({ min: -50, max: 450 }),
    width: fc.integer({ min: 1, max: 300 }),
    height: fc.integer({ min: 1, max: 60 }),
    priority: fc.integer({ min: 0, max: 5 }),
  });
  const rectArb = fc.record({
    x: fc.integer({ min: -100, max: 900 }),
    y: fc.integer({ min: -100, max: 500 }),
    width: fc.integer({ min: 0, max: 200 }),
    height: fc.integer({ min: 0, max: 80 }),
  });

  it("never overlaps another callout, an obstacle or an anchor, and stays in bounds", () => {
    fc.assert(
      fc.property(
        fc.array(requestArb, { maxLength: 40 }),
        fc.array(rectArb, { maxLength: 60 }),
        (requests, obstacles) => {
          const placed = placeCallouts(requests, obstacles, bounds);
          const anchors = requests.map((r) => ({
            x: r.anchorX,
            y: r.anchorY,
            width: 0,
            height: 0,
          }));
          placed.forEach((callout, i) => {
            expect(inside(callout, bounds)).toBe(true);
            // A vertical leader: the anchor lies under the callout, and its path is clear.
            expect(callout.anchorX).toBeGreaterThanOrEqual(callout.x);
            expect(callout.anchorX).toBeLessThanOrEqual(callout.x + callout.width);
            const leader = leaderOf(callout, callout);
            for (const other of placed) {
              if (other !== callout) expect(overlaps(leader, other)).toBe(false);
            }
            for (const other of placed.slice(i + 1)) expect(overlaps(callout, other)).toBe(false);
            for (const obstacle of [...obstacles, ...anchors]) {
              expect(overlaps(callout, obstacle)).toBe(false);
            }
          });
          expect(placed.length).toBeLessThanOrEqual(requests.length);
        },
      ),
      propertyOptions(SEED, 500),
    );
  });

  it("always places the most important request where it has room", () => {
    fc.assert(
      fc.property(
        fc.array(requestArb, { minLength: 1, maxLength: 30 }),
        fc.array(rectArb, { maxLength: 40 }),
        (requests, obstacles) => {
          const top = requests.reduce((best, r) => (r.priority > best.priority ? r : best));
          const anchors = requests.map((r) => ({
            x: r.anchorX,
            y: r.anchorY,
            width: 0,
            height: 0,
          }));
          const [first] = candidates(top, bounds);
          fc.pre(first !== undefined);
          const inset = Math.min(LEADER_INSET_PX, first!.width / 2);
          fc.pre(top.anchorX >= first!.x + inset && top.anchorX <= first!.x + first!.width - inset);
          const leader = leaderOf(first!, top);
          fc.pre(
            ![...obstacles, ...anchors].some(
              (rect) => overlaps(first!, rect) || overlaps(leader, rect),
            ),
          );
          const [placed] = placeCallouts(requests, obstacles, bounds);
          expect(placed).toMatchObject({ id: top.id, x: first!.x, y: first!.y });
        },
      ),
      propertyOptions(SEED, 500),
    );
  });

  it("places 2,000 callouts among 20,000 marks quickly", () => {
    const marks: Rect[] = Array.from({ length: 20_000 }, (_, i) => ({
      x: (i * 37) % 4000,
      y: 100 + ((i * 13) % 800),
      width: 8,
      height: 8,
    }));
    const requests = Array.from({ length: 2000 }, (_, i) => ({
      ...request(`c${i}`, (i * 53) % 4000, 100 + ((i * 29) % 800), i % 7),
    }));
    const started = performance.now();
    const placed = placeCallouts(requests, marks, { x: 0, y: 0, width: 4000, height: 1000 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(placed.length).toBeGreaterThan(0);
  });
});
