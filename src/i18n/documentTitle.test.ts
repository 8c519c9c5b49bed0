import { describe, expect, it } from "vitest";
import { documentTitle } from "./documentTitle.ts";
import { ENGLISH } from "./I18nContext.ts";

describe("documentTitle", () => {
  it("names the dataset, then the open event before it", () => {
    expect(documentTitle(ENGLISH.t, "The rumors")).toBe("The rumors · Rumor Timeline");
    expect(documentTitle(ENGLISH.t, "The rumors", "A dinner")).toBe(
      "A dinner · The rumors · Rumor Timeline",
    );
  });
});
