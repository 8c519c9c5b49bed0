import { describe, expect, it } from "vitest";
import { chooseLanguage, isRightToLeft, matchLanguage } from "./languages.ts";

describe("matchLanguage", () => {
  it("matches exactly, then by primary subtag, whatever the case", () => {
    expect(matchLanguage("pt-BR")).toBe("pt-BR");
    expect(matchLanguage("pt-pt")).toBe("pt-BR");
    expect(matchLanguage("es-MX")).toBe("es");
    expect(matchLanguage("AR_EG")).toBe("ar");
    expect(matchLanguage("en")).toBe("en");
  });

  it("has nothing for what we do not have", () => {
    expect(matchLanguage("el")).toBeNull();
    expect(matchLanguage("")).toBeNull();
    expect(matchLanguage(null)).toBeNull();
  });
});

describe("chooseLanguage", () => {
  it("takes ?lang= first", () => {
    expect(chooseLanguage({ param: "fr", reader: ["de"], dataset: "es" })).toBe("fr");
  });

  it("then the first of the reader's languages we have", () => {
    expect(chooseLanguage({ param: "xx", reader: ["el", "it-IT", "de"], dataset: "es" })).toBe(
      "it",
    );
  });

  it("then the dataset's language, then English", () => {
    expect(chooseLanguage({ param: null, reader: ["el"], dataset: "es" })).toBe("es");
    expect(chooseLanguage({ param: null, reader: [], dataset: "el" })).toBe("en");
    expect(chooseLanguage({ param: null, reader: [] })).toBe("en");
  });

  it("knows which languages run right to left", () => {
    expect(isRightToLeft("ar")).toBe(true);
    expect(isRightToLeft("es")).toBe(false);
  });
});
