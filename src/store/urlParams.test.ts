import { describe, expect, it } from "vitest";
import { checksFacets, FILTER_PARAMS } from "./urlParams.ts";

describe("checksFacets", () => {
  it("is true for a link with any filter but the search", () => {
    for (const name of FILTER_PARAMS.filter((param) => param !== "q")) {
      expect(checksFacets(new URLSearchParams({ [name]: "x" })), name).toBe(true);
    }
    expect(checksFacets(new URLSearchParams("q=London&kind=sighting"))).toBe(true);
  });

  it("is false for a search alone and for the view's own parameters", () => {
    expect(checksFacets(new URLSearchParams("q=London"))).toBe(false);
    expect(checksFacets(new URLSearchParams("event=e1&view=list&theme=dark&lang=fr"))).toBe(false);
    expect(checksFacets(new URLSearchParams())).toBe(false);
  });
});
