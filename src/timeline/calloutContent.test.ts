import { describe, expect, it } from "vitest";
import { minimalDataset } from "../data/fixtures/minimal.ts";
import { validateDataset } from "../data/validate.ts";
import { calloutContent } from "./calloutContent.ts";

const result = validateDataset(minimalDataset());
if (!result.ok) throw new Error("fixture must be valid");
const dataset = result.dataset;

describe("calloutContent", () => {
  it("prefers a quote, with its speaker and the annotation's sources", () => {
    const dinner = dataset.events.find((e) => e.id === "dinner")!;
    expect(calloutContent(dinner, dataset)).toMatchObject({
      text: "Hello",
      isQuote: true,
      speaker: "Tom",
      attribution: "reported",
      sources: [{ id: "paper-a" }],
    });
  });

  it("labels anonymous quotes and gives no speaker", () => {
    const denial = dataset.events.find((e) => e.id === "denial")!;
    expect(calloutContent(denial, dataset)).toMatchObject({
      attribution: "anonymous",
      speaker: null,
    });
  });

  it("falls back to the summary, whole: the callout's CSS decides how much shows", () => {
    const summary = "word ".repeat(60).trim();
    const event = { ...dataset.events[0]!, annotations: [], summary };
    const content = calloutContent(event, dataset);
    expect(content.isQuote).toBe(false);
    expect(content.text).toBe(summary);
    expect(content.sources.map((s) => s.id)).toEqual(event.sources.slice(0, 2));
  });
});
