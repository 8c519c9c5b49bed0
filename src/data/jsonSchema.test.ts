import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildJsonSchema } from "./jsonSchema.ts";

describe("data/schema.json", () => {
  it("is up to date with src/data/schema.ts (run `npm run schema` when this fails)", () => {
    const committed = readFileSync(new URL("../../data/schema.json", import.meta.url), "utf8");
    expect(committed).toBe(buildJsonSchema());
  });

  it("rejects unknown keys and requires the core fields", () => {
    const schema = JSON.parse(buildJsonSchema()) as {
      additionalProperties: boolean;
      required: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(["version", "id", "title", "summary", "updated", "sources", "events"]),
    );
  });
});
