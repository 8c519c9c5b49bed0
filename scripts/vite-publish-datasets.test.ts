import { describe, expect, it } from "vitest";
import { requestedDataset } from "./vite-publish-datasets.ts";

describe("the development server's /data/<name>.json", () => {
  it("takes slugs and editions with a dotted name, and nothing outside the folder", () => {
    expect(requestedDataset("/data/de-armas-cruise-2025.json")).toBe("de-armas-cruise-2025.json");
    expect(requestedDataset("/data/de-armas-cruise-2025.es.json?v=2")).toBe(
      "de-armas-cruise-2025.es.json",
    );
    expect(requestedDataset("/data/../package.json")).toBeUndefined();
    expect(requestedDataset("/data/a..b.json")).toBeUndefined();
    expect(requestedDataset("/data/.json")).toBeUndefined();
    expect(requestedDataset("/data/sub/x.json")).toBeUndefined();
    expect(requestedDataset(undefined)).toBeUndefined();
  });
});
