// parseUrlState on hostile queries: over-long values, markup, prototype keys, broken escapes
// and arbitrary text never throw, never pollute, and keep only values the timeline knows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_KINDS } from "../data/model.ts";
import { DEFAULT_URL_STATE, MAX_VALUE_LENGTH, THEMES } from "./urlState.ts";
import { propertyOptions } from "../test/property.ts";
import { EVENTS, OUTLETS, PEOPLE, SEED, parse } from "../test/urlStateValues.ts";

describe("parseUrlState with hostile input", () => {
  it("drops very long values with a short warning", () => {
    const long = "a".repeat(100_000);
    const { state: s, warnings } = parse(`?q=${long}&outlet=${long}&event=${long}&theme=${long}`);
    expect(s).toEqual(DEFAULT_URL_STATE);
    expect(warnings).toHaveLength(4);
    for (const warning of warnings) {
      expect(warning).toMatch(new RegExp(`longer than ${MAX_VALUE_LENGTH} characters\\.$`));
      expect(warning.length).toBeLessThan(120);
    }
  });

  it("keeps a value of exactly the maximum length", () => {
    const q = "é".repeat(MAX_VALUE_LENGTH);
    expect(parse(`?q=${encodeURIComponent(q)}`).state.filters.query).toBe(q);
  });

  it("treats markup as plain text, quoted and escaped in the warning", () => {
    const { state: s, warnings } = parse(
      `?theme=${encodeURIComponent('<script>alert("x")</script>')}&q=${encodeURIComponent("<b>hi</b>")}`,
    );
    expect(s.theme).toBe("auto");
    expect(s.filters.query).toBe("<b>hi</b>");
    expect(warnings).toEqual([
      'Ignored theme "<script>alert(\\"x\\")</script>": use light, dark or auto.',
    ]);
  });

  it("does not let __proto__ or constructor through, nor pollute anything", () => {
    const { state: s, warnings } = parse(
      "?__proto__=x&constructor=y&event=__proto__&theme=constructor&kind=__proto__&person=__proto__" +
        "&outlet=__proto__&claim=hasOwnProperty&lanes=stance:__proto__&stance=toString&attribution=constructor",
    );
    expect(s).toEqual(DEFAULT_URL_STATE);
    expect(warnings).toHaveLength(9);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(s.filters)).toBe(Object.prototype);
  });

  it("caps warnings per parameter", () => {
    const search = Array.from({ length: 10_000 }, (_, i) => `kind=bad${i}`).join("&");
    const { warnings } = parse(search);
    expect(warnings).toHaveLength(6);
    expect(warnings.at(-1)).toBe("Ignored 9,995 more kind values.");
  });

  it("survives malformed escapes and control characters", () => {
    const { state: s, warnings } = parse("?q=%E0%A4%A&theme=%00%0A&kind=%ZZ&&=&=x&lanes");
    expect(s.filters.query).toBe("\uFFFD%A");
    expect(warnings[0]).toBe('Ignored theme "\\u0000": use light, dark or auto.');
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (search) => {
        const result = parse(search);
        expect(Array.isArray(result.warnings)).toBe(true);
      }),
      propertyOptions(SEED, 1000),
    );
  });

  it("never throws on arbitrary parameters, and keeps only known values", () => {
    const name = fc.constantFrom(
      "event",
      "theme",
      "view",
      "lanes",
      "kind",
      "person",
      "stance",
      "claim",
      "attribution",
      "outlet",
      "q",
    );
    const value = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom(
        ...OUTLETS,
        ...PEOPLE,
        ...EVENTS,
        ...EVENT_KINDS,
        "__proto__",
        "stance:romance",
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 30 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { state: s } = parse(search);
        expect(THEMES).toContain(s.theme);
        if (s.event !== null) expect(EVENTS).toContain(s.event);
        for (const kind of s.filters.kinds) expect(EVENT_KINDS).toContain(kind);
        for (const outlet of s.filters.outlets) expect(OUTLETS).toContain(outlet);
        for (const person of s.filters.people) expect(PEOPLE).toContain(person);
      }),
      propertyOptions(SEED, 500),
    );
  });
});
