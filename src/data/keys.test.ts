import { describe, expect, it } from "vitest";
import { KEYS } from "./keys.ts";
import { objectSchemas } from "./schema.ts";

describe("keys.ts", () => {
  it("lists exactly the keys of every object in schema.ts (run `npm run schema` when this fails)", () => {
    const fromSchema = Object.fromEntries(
      Object.entries(objectSchemas).map(([name, schema]) => [name, Object.keys(schema.shape)]),
    );
    expect(KEYS).toEqual(fromSchema);
  });
});
