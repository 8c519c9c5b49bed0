import { describe, expect, it } from "vitest";
import { takePrefetched, type Prefetch } from "./takePrefetched.ts";

const response = Promise.resolve(new Response("{}"));

describe("takePrefetched", () => {
  it("hands over the early request for the same URL, once", () => {
    const scope: { __rumorPrefetch?: Prefetch | null } = {
      __rumorPrefetch: { href: "https://site.example/data/a.json", response },
    };
    expect(takePrefetched("https://site.example/data/a.json", scope)).toBe(response);
    expect(takePrefetched("https://site.example/data/a.json", scope)).toBeNull();
  });

  it("ignores, and drops, an early request for another URL", () => {
    const scope: { __rumorPrefetch?: Prefetch | null } = {
      __rumorPrefetch: { href: "https://site.example/data/a.json", response },
    };
    expect(takePrefetched("https://site.example/data/b.json", scope)).toBeNull();
    expect(scope.__rumorPrefetch).toBeNull();
  });

  it("is null when nothing was prefetched, and leaves the place taken for a late script", () => {
    const scope: { __rumorPrefetch?: Prefetch | null } = {};
    expect(takePrefetched("https://site.example/data/a.json", scope)).toBeNull();
    // public/data-prefetch.js is async: if it runs now, it must not download the file again.
    expect(scope.__rumorPrefetch).toBeNull();
  });
});
