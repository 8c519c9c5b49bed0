// No input may make the data boundary throw: it validates or it returns problems.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propertyOptions } from "../test/property.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import { validateByOracle } from "./fixtures/oracle.ts";
import { parseDataset } from "./parseDataset.ts";
import { validateDataset } from "./validate.ts";

const SEED = 20250213;

function neverThrows(value: unknown): void {
  const result = validateDataset(value);
  if (result.ok) {
    // Accepted: what zod reads, normalized by the oracle, and nothing else.
    const oracle = validateByOracle(value);
    expect(oracle.ok && oracle.dataset).toEqual(result.dataset);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(typeof problem.path).toBe("string");
      expect(problem.message.length).toBeGreaterThan(0);
    }
  }
}

/** Replaces the value at a random path of the valid fixture with an arbitrary JSON value. */
function mutate(doc: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof doc !== "object" || doc === null) return replacement;
  const keys = Object.keys(doc);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(doc) ? ([...doc] as never) : { ...doc };
  copy[key] = mutate((doc as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe("validation never throws", () => {
  it("on arbitrary JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), neverThrows), propertyOptions(SEED, 500));
  });

  it("on arbitrary text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const result = await parseDataset(text);
        expect(typeof result.ok).toBe("boolean");
      }),
      propertyOptions(SEED, 500),
    );
  });

  it("on the valid fixture with one value replaced anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        (path, replacement) => neverThrows(mutate(minimalDataset(), path, replacement)),
      ),
      propertyOptions(SEED, 1000),
    );
  });

  it("on prototype-polluting keys, without polluting", async () => {
    const text =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"version":1}';
    const result = await parseDataset(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("on very deep nesting", async () => {
    const depth = 100_000;
    const result = await parseDataset(`${"[".repeat(depth)}${"]".repeat(depth)}`);
    expect(result.ok).toBe(false);
  });
});
