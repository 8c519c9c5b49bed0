import { describe, expect, it } from "vitest";
import { nameInItself } from "./languageNames.ts";

describe("nameInItself", () => {
  it("names each interface language as its speakers write it", () => {
    expect(["en", "es", "pt-BR", "fr", "de", "it", "ar"].map(nameInItself)).toEqual([
      "English",
      "Español",
      "Português (Brasil)",
      "Français",
      "Deutsch",
      "Italiano",
      "العربية",
    ]);
  });

  it("names an edition's language the interface does not speak", () => {
    expect(nameInItself("ja")).toBe("日本語");
  });

  it("keeps a tag Intl cannot read", () => {
    expect(nameInItself("not a tag")).toBe("not a tag");
  });
});
