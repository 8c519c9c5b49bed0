import { describe, expect, it } from "vitest";
import { minimalDataset } from "./fixtures/minimal.ts";
import { validateDataset } from "./validate.ts";

function normalized() {
  const result = validateDataset(minimalDataset());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe("normalize", () => {
  it("sorts events by start date, keeping the file position", () => {
    const { events } = normalized();
    expect(events.map((e) => [e.id, e.index])).toEqual([
      ["dinner", 1],
      ["denial", 0],
    ]);
  });

  it("turns dates into numbers once, keeping precision and open ends", () => {
    const [dinner, denial] = normalized().events;
    expect(dinner?.date).toMatchObject({
      text: "2025-02-13",
      start: Date.UTC(2025, 1, 13),
      end: Date.UTC(2025, 1, 14),
      precision: "day",
      openStart: false,
    });
    expect(denial?.date).toMatchObject({
      text: "../2025-02-20",
      openStart: true,
      end: Date.UTC(2025, 1, 21),
    });
    expect(dinner?.altDates[0]?.date.start).toBe(Date.UTC(2025, 1, 14));
  });

  it("fills defaults: attribution reported, empty lists", () => {
    const [dinner, denial] = normalized().events;
    expect(dinner?.annotations[0]?.attribution).toBe("reported");
    expect(denial?.annotations[0]?.attribution).toBe("anonymous");
    expect(denial?.people).toEqual([]);
    expect(denial?.tags).toEqual([]);
    expect(denial?.altDates).toEqual([]);
  });

  it("keeps claim history in date order and builds lookups", () => {
    const dataset = normalized();
    expect(dataset.claims[0]?.history.map((h) => h.status)).toEqual(["unverified", "disputed"]);
    expect(dataset.peopleById.get("tom")?.name).toBe("Tom");
    expect(dataset.sourcesById.get("paper-b")?.relays).toBe("People");
    expect(dataset.claimsById.get("romance")?.status).toBe("disputed");
  });

  it("keeps an event's short title, trimmed", () => {
    const doc = minimalDataset();
    (doc.events[1] as Record<string, unknown>).short = "  Dinner in London ";
    const result = validateDataset(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [dinner, denial] = result.dataset.events;
    expect(dinner?.short).toBe("Dinner in London");
    expect(denial?.short).toBeUndefined();
  });

  it("defaults language to en", () => {
    const doc = minimalDataset();
    delete doc.language;
    const result = validateDataset(doc);
    expect(result.ok && result.dataset.language).toBe("en");
  });
});
