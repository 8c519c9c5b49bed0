import { describe, expect, it } from "vitest";
import ar from "../i18n/catalogs/ar.ts";
import es from "../i18n/catalogs/es.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { createTranslator } from "../i18n/translator.ts";
import { urlWarningText } from "./urlWarningText.ts";

const spanish = createTranslator("es", es);
const arabic = createTranslator("ar", ar);

describe("urlWarningText", () => {
  it("words a warning in the reader's language, alternatives joined as the language does", () => {
    const warning = {
      param: "theme",
      value: "sepia",
      reason: "choices",
      choices: ["light", "dark", "auto"],
    } as const;
    expect(urlWarningText(warning, ENGLISH)).toBe(
      'Ignored theme "sepia": use light, dark or auto.',
    );
    expect(urlWarningText(warning, spanish)).toBe(
      'Se ignoró theme "sepia": usa light, dark o auto.',
    );
    expect(urlWarningText(warning, arabic)).toContain("light");
    expect(urlWarningText(warning, arabic)).toContain("أو");
  });

  it("counts what was cut off in the language's plural forms", () => {
    const more = (count: number) => ({ param: "kind", reason: "more", count }) as const;
    expect(urlWarningText(more(1), ENGLISH)).toBe("Ignored 1 more kind value.");
    expect(urlWarningText(more(2), spanish)).toBe("Se ignoraron 2 valores más de kind.");
    expect(urlWarningText(more(2), arabic)).toBe("تم تجاهل قيمتين أخريين لـ kind.");
  });

  it("quotes, escapes and clips the value, and names a missing claim", () => {
    const long = urlWarningText(
      { param: "q", value: `${"x".repeat(100)}\n`, reason: "tooLong" },
      ENGLISH,
    );
    expect(long).toBe(`Ignored q "${"x".repeat(39)}…": longer than 200 characters.`);
    const control = urlWarningText({ param: "theme", value: "\u0000", reason: "noEvent" }, ENGLISH);
    expect(control).toContain('"\\u0000"');
    expect(
      urlWarningText(
        { param: "lanes", value: "stance:nope", reason: "lanesClaim", claim: "nope" },
        spanish,
      ),
    ).toBe('Se ignoró lanes "stance:nope": ninguna afirmación tiene el id "nope".');
  });
});
