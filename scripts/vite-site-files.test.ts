import { describe, expect, it } from "vitest";
import { cardFiles } from "./vite-site-files.ts";
import { readEditions } from "./vite-feeds.ts";

describe("cardFiles", () => {
  it("makes a card for every dataset page and every event page, at sitePaths' paths", async () => {
    const editions = readEditions();
    const files = await cardFiles(editions, async (svg) => Buffer.from(svg));
    const events = editions.reduce((sum, e) => sum + e.dataset.events.length, 0);
    expect(files).toHaveLength(editions.length + events);
    const names = files.map((file) => file.fileName);
    expect(names).toContain("cards/de-armas-cruise-2025.png");
    expect(names).toContain("cards/de-armas-cruise-2025.es.png");
    expect(names).toContain("cards/de-armas-cruise-2025/soho-dinner.png");
    expect(names).toContain("cards/de-armas-cruise-2025.es/soho-dinner.png");
    expect(new Set(names).size).toBe(names.length);
    expect(files.every((file) => file.source.toString().startsWith("<svg"))).toBe(true);
  });
});
