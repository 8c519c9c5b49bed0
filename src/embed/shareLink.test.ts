import { describe, expect, it } from "vitest";
import { isAbort, shareLink } from "./shareLink.ts";

describe("shareLink", () => {
  it("keeps the dataset, event and filters, drops the theme and the fragment", () => {
    expect(shareLink("https://example.org/t/?data=d.json&event=soho-dinner&theme=dark#x")).toBe(
      "https://example.org/t/?data=d.json&event=soho-dinner",
    );
    expect(shareLink("https://example.org/")).toBe("https://example.org/");
  });
});

describe("isAbort", () => {
  it("recognises a cancelled share sheet and nothing else", () => {
    expect(isAbort(new DOMException("cancelled", "AbortError"))).toBe(true);
    expect(isAbort(new DOMException("denied", "NotAllowedError"))).toBe(false);
    expect(isAbort("AbortError")).toBe(false);
  });
});
