import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ISOLATED_TESTS, NEEDS_ISOLATION } from "./testIsolation.ts";

describe("ISOLATED_TESTS", () => {
  it("lists exactly the test files that mock modules, stub globals or touch process.env", () => {
    const testFiles = ["src", "scripts"]
      .flatMap((root) =>
        readdirSync(root, { recursive: true, encoding: "utf8" }).map((f) => join(root, f)),
      )
      .filter((file) => /\.test\.tsx?$/.test(file))
      // This file names what it looks for.
      .filter((file) => file !== join("scripts", "testIsolation.test.ts"));
    const needing = testFiles.filter((file) => NEEDS_ISOLATION.test(readFileSync(file, "utf8")));
    expect(needing.sort()).toEqual([...ISOLATED_TESTS].sort());
  });
});
