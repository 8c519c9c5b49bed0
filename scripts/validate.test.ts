import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function validate(...files: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/validate.ts", ...files], { encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run validate", () => {
  it("passes on the bundled datasets by default", () => {
    const { code, out } = validate();
    expect(out).toContain("ok   data/de-armas-cruise-2025.json");
    expect(code).toBe(0);
  });

  it("prints every problem as file: path: message and exits non-zero", () => {
    const { code, err } = validate("e2e/fixtures/broken-references.json");
    expect(code).toBe(1);
    expect(err).toContain(
      'e2e/fixtures/broken-references.json: events[0].annotations[0].sources[1]: unknown source "ppl-0220"',
    );
    expect(err).toContain(
      "e2e/fixtures/broken-references.json: sources[0].url: must be an absolute http(s) URL",
    );
    expect(err).toContain("FAIL e2e/fixtures/broken-references.json: 4 problems");
  });

  it("names the file of malformed JSON, and still checks the other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "validate-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{ "version": 1, ');
    const { code, out, err } = validate(bad, "data/de-armas-cruise-2025.json");
    expect(code).toBe(1);
    expect(err).toMatch(/bad\.json: \(file\): is not valid JSON at line 1, column \d+/);
    expect(out).toContain("ok   data/de-armas-cruise-2025.json");
  });

  it("reports a missing file", () => {
    const { code, err } = validate("no/such/file.json");
    expect(code).toBe(1);
    expect(err).toMatch(/no\/such\/file\.json: \(file\): cannot be read/);
  });
});
