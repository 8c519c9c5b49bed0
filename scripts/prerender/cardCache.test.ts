import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedCard } from "./cardCache.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "card-cache-"));
  dirs.push(dir);
  return join(dir, "cards");
}

describe("cachedCard", () => {
  it("draws a card once and reads it back after", async () => {
    const dir = cacheDir();
    let drawn = 0;
    const render = (svg: string) => {
      drawn += 1;
      return Buffer.from(`png of ${svg}`);
    };
    expect((await cachedCard("<svg/>", render, dir)).toString()).toBe("png of <svg/>");
    expect((await cachedCard("<svg/>", render, dir)).toString()).toBe("png of <svg/>");
    expect(drawn).toBe(1);
    await cachedCard("<svg></svg>", render, dir);
    expect(drawn).toBe(2);
    expect(readdirSync(dir).filter((file) => file.endsWith(".png"))).toHaveLength(2);
    expect(readdirSync(dir).some((file) => file.endsWith(".tmp"))).toBe(false);
  });
});
