import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../data/convert/arbitraryDataset.ts";
import { shortTitle } from "./shortTitle.ts";
import { propertyOptions } from "../test/property.ts";

const SEED = 20250213;

describe("shortTitle", () => {
  it("prefers the event's short title", () => {
    expect(
      shortTitle({ title: "Ana de Armas and Tom Cruise dine in Soho", short: "Soho dinner" }),
    ).toBe("Soho dinner");
  });

  it("falls back to the title, whole when it fits", () => {
    expect(shortTitle({ title: "Dinner in Soho" })).toBe("Dinner in Soho");
    expect(shortTitle({ title: "Dinner in Soho", short: undefined })).toBe("Dinner in Soho");
  });

  it("cuts a long title at a word, with an ellipsis, within 60 characters by default", () => {
    const title =
      "Ana de Armas and Tom Cruise are photographed leaving a restaurant in Soho, London, after dinner";
    const label = shortTitle({ title });
    expect(label).toBe("Ana de Armas and Tom Cruise are photographed leaving a…");
    expect(label.length).toBeLessThanOrEqual(60);
    expect(shortTitle({ title }, 20)).toBe("Ana de Armas and…");
  });

  it("keeps even a short title within a smaller limit", () => {
    expect(shortTitle({ title: "T", short: "Helicopter ride over London" }, 16)).toBe(
      "Helicopter ride…",
    );
  });

  it("is the short when it fits, else a prefix of the title with …, never too long (property)", () => {
    fc.assert(
      fc.property(
        arbitraryText(200),
        fc.option(arbitraryText(60), { nil: undefined }),
        fc.integer({ min: 1, max: 80 }),
        (title, short, max) => {
          const label = shortTitle({ title, short }, max);
          const chosen = short ?? title;
          expect(label.length).toBeLessThanOrEqual(max);
          if (chosen.length <= max) expect(label).toBe(chosen);
          else {
            expect(label.endsWith("…")).toBe(true);
            expect(chosen.startsWith(label.slice(0, -1))).toBe(true);
          }
        },
      ),
      propertyOptions(SEED, 500),
    );
  });
});
