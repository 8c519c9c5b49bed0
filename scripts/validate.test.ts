import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "./cliArgs.ts";
import { main, validateFile } from "./validate.ts";

// The binary `npm run` puts on the PATH, as an author gets it; npx would add a second
// start-up of about 0.7 s to every spawn.
const TSX = join("node_modules", ".bin", "tsx");

const BUNDLED = "data/de-armas-cruise-2025.json";

async function validate(...files: string[]) {
  let out = "";
  const err: string[] = [];
  const io: Io = { out: (text) => (out += text), err: (line) => err.push(line) };
  const code = await main(files, io);
  return { code, out, err: err.join("\n") };
}

describe("npm run validate", () => {
  it("passes on the bundled datasets by default, as an author runs it", () => {
    const result = spawnSync(TSX, ["scripts/validate.ts"], { encoding: "utf8" });
    expect(result.stdout).toContain(`ok   ${BUNDLED}`);
    expect(result.status).toBe(0);
  });

  it("prints every problem as file: path: message and exits non-zero", async () => {
    const { code, err } = await validate("e2e/fixtures/broken-references.json");
    expect(code).toBe(1);
    expect(err).toContain(
      'e2e/fixtures/broken-references.json: events[0].annotations[0].sources[1]: unknown source "ppl-0220"',
    );
    expect(err).toContain(
      "e2e/fixtures/broken-references.json: sources[0].url: must be an absolute http(s) URL",
    );
    expect(err).toContain("FAIL e2e/fixtures/broken-references.json: 4 problems");
  });

  it("names the file of malformed JSON, and still checks the other files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "validate-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{ "version": 1, ');
    const { code, out, err } = await validate(bad, BUNDLED);
    expect(code).toBe(1);
    expect(err).toMatch(/bad\.json: \(file\): is not valid JSON at line 1, column \d+/);
    expect(out).toContain(`ok   ${BUNDLED}`);
  });

  it("reports a missing file", async () => {
    const { code, err } = await validate("no/such/file.json");
    expect(code).toBe(1);
    expect(err).toMatch(/no\/such\/file\.json: \(file\): cannot be read/);
  });

  it("reads a dataset that starts with a byte order mark, and names UTF-16", async () => {
    const dir = mkdtempSync(join(tmpdir(), "validate-"));
    const text = readFileSync(BUNDLED, "utf8");
    const withBom = join(dir, "bom.json");
    writeFileSync(withBom, `\uFEFF${text}`);
    expect(await validateFile(withBom)).toEqual([]);
    const utf16 = join(dir, "utf16.json");
    writeFileSync(utf16, Buffer.from(text, "utf16le").swap16());
    expect(await validateFile(utf16)).toEqual([
      `${utf16}: (file): is UTF-16 BE text; datasets are UTF-8 (the page reads them so): save it as UTF-8`,
    ]);
  });
});
