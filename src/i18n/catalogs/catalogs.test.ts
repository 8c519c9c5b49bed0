// Every interface language has exactly English's keys (tsc checks this too, through
// `satisfies Messages`), the same placeholders in each text, and one text for each plural
// category its language has (Intl.PluralRules: Arabic has six).
import { describe, expect, it } from "vitest";
import type { Messages } from "../catalog.ts";
import { FORMAT_LOCALE, LANGUAGES } from "../languages.ts";
import { en as firstPaint } from "./en.ts";
import { enLater } from "./enLater.ts";

const en = { ...firstPaint, ...enLater };

const catalogs = import.meta.glob<Messages>(
  ["./*.ts", "!./en.ts", "!./enLater.ts", "!./*.test.ts"],
  {
    import: "default",
    eager: true,
  },
);

type Entry = string | Readonly<Record<string, string>>;
const english: Readonly<Record<string, Entry>> = en;
const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))].sort();
}

describe.each(LANGUAGES.filter((language) => language !== "en"))("the %s catalog", (language) => {
  const catalog = catalogs[`./${language}.ts`] as Readonly<Record<string, Entry>> | undefined;

  it("exists and has exactly English's keys", () => {
    expect(catalog).toBeDefined();
    expect(Object.keys(catalog ?? {}).sort()).toEqual(Object.keys(english).sort());
  });

  it("fills the same placeholders as English, in every text", () => {
    for (const [key, entry] of Object.entries(english)) {
      const theirs = catalog?.[key];
      const wanted = placeholders(typeof entry === "string" ? entry : (entry.other ?? ""));
      const texts = typeof theirs === "string" ? [theirs] : Object.values(theirs ?? {});
      for (const text of texts) {
        // A plural form may leave the number out ("un evento", Arabic's "حدثان").
        const got = placeholders(text).filter(
          (name) => typeof entry === "string" || name !== "count",
        );
        const need = wanted.filter((name) => typeof entry === "string" || name !== "count");
        expect(got, `${language} ${key}: ${text}`).toEqual(need);
        expect(text.trim(), `${language} ${key}`).not.toBe("");
      }
    }
  });

  it("has a text for each plural category of the language, and only those", () => {
    const categories = new Intl.PluralRules(FORMAT_LOCALE[language]).resolvedOptions()
      .pluralCategories;
    for (const [key, entry] of Object.entries(english)) {
      if (typeof entry === "string") continue;
      const theirs = catalog?.[key];
      expect(typeof theirs, `${language} ${key}`).toBe("object");
      expect(Object.keys(theirs ?? {}).sort(), `${language} ${key}`).toEqual(
        [...categories].sort(),
      );
    }
  });

  it("is translated, not copied: most texts differ from English", () => {
    const same = Object.entries(english).filter(
      ([key, entry]) => JSON.stringify(catalog?.[key]) === JSON.stringify(entry),
    );
    // Words that are the same in both (names, "Photo" in some languages) are few.
    expect(same.length, same.map(([key]) => key).join(", ")).toBeLessThan(keys() * 0.1);
  });
});

function keys(): number {
  return Object.keys(english).length;
}
