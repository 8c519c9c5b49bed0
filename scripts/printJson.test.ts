import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { arbitraryDataset } from "../src/data/convert/arbitraryDataset.ts";
import { hostileDataset } from "../src/data/fixtures/hostile.ts";
import { minimalDataset } from "../src/data/fixtures/minimal.ts";
import { printJson } from "./printJson.ts";

async function byPrettier(value: unknown, options: { printWidth?: number } = {}) {
  return prettier.format(JSON.stringify(value, null, 2), { ...options, parser: "json" });
}

describe("printJson", () => {
  it("lays out the bundled dataset byte for byte as it is stored", () => {
    const text = readFileSync("data/de-armas-cruise-2025.json", "utf8");
    expect(printJson(JSON.parse(text), { printWidth: 100 })).toBe(text);
  });

  it("lays out the fixtures as Prettier does, at its default width and at 100", async () => {
    for (const value of [minimalDataset(), hostileDataset()]) {
      expect(printJson(value)).toBe(await byPrettier(value));
      expect(printJson(value, { printWidth: 100 })).toBe(
        await byPrettier(value, { printWidth: 100 }),
      );
    }
  });

  it("breaks an array of strings exactly where Prettier does", async () => {
    // "a": [ … ] with and without its comma, around the width of 40.
    for (let length = 20; length <= 36; length += 1) {
      const value = { a: ["x".repeat(length), "y"], b: { c: ["x".repeat(length - 6)] } };
      expect(printJson(value, { printWidth: 40 })).toBe(
        await byPrettier(value, { printWidth: 40 }),
      );
    }
  });

  it("lays out generated datasets as Prettier does", async () => {
    const samples = fc.sample(arbitraryDataset(), { seed: 20250213, numRuns: 40 });
    let compared = 0;
    for (const value of samples) {
      const printed = printJson(value, { printWidth: 100 });
      if (printed === null) continue;
      expect(printed).toBe(await byPrettier(value, { printWidth: 100 }));
      compared += 1;
    }
    expect(compared).toBe(samples.length);
  });

  it("leaves to Prettier what it does not follow", () => {
    expect(printJson({ a: [1, 2] })).toBeNull();
    expect(printJson({ a: ["wide 漢字"] })).toBeNull();
    expect(printJson({ a: [] }, { useTabs: true })).toBeNull();
    expect(printJson({ a: 1e21 })).toBeNull();
  });
});
