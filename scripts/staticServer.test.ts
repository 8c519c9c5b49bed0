import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "./staticServer.ts";

let site: StaticServer;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), "static-"));
  const root = join(parent, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html>");
  writeFileSync(join(root, "assets", "app.js"), "export {};");
  writeFileSync(join(parent, "secret.txt"), "not served");
  site = await startStaticServer({
    root,
    files: new Map([["/data/mem.json", "{}"]]),
    headers: { "content-security-policy": "default-src 'self'" },
  });
});

afterAll(() => site.close());

async function get(path: string) {
  const response = await fetch(site.origin + path);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe("startStaticServer", () => {
  it("serves files with their type, and index.html for a folder", async () => {
    const js = await get("/assets/app.js");
    expect([js.status, js.headers.get("content-type"), js.body]).toEqual([
      200,
      "text/javascript; charset=utf-8",
      "export {};",
    ]);
    expect((await get("/")).body).toBe("<!doctype html>");
  });

  it("serves files from memory before the folder", async () => {
    const json = await get("/data/mem.json");
    expect([json.status, json.headers.get("content-type"), json.body]).toEqual([
      200,
      "application/json; charset=utf-8",
      "{}",
    ]);
  });

  it("sends the given headers and no-store on every response, errors included", async () => {
    for (const path of ["/", "/missing.js"]) {
      const { headers } = await get(path);
      expect(headers.get("content-security-policy")).toBe("default-src 'self'");
      expect(headers.get("cache-control")).toBe("no-store");
    }
  });

  it("answers 404 for a missing file and 403 for a path out of the folder", async () => {
    expect((await get("/missing.js")).status).toBe(404);
    // An encoded slash survives URL parsing, so only the server's own check stops this.
    expect((await get("/..%2fsecret.txt")).status).toBe(403);
  });
});
