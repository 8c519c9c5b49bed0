// Writing the URL: writeUrlState's order and escaping, the parameters it leaves alone, and
// the property that reading what it wrote gives the same state back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATTRIBUTIONS, EVENT_KINDS, STANCES } from "../data/model.ts";
import { LANGUAGES } from "../i18n/languages.ts";
import {
  DEFAULT_URL_STATE,
  THEMES,
  VIEW_MODES,
  type LaneParam,
  type UrlState,
} from "./urlState.ts";
import { writeUrlState } from "./urlWrite.ts";
import { propertyOptions } from "../test/property.ts";
import { CLAIMS, EVENTS, OUTLETS, PEOPLE, SEED, parse, state } from "../test/urlStateValues.ts";

describe("writeUrlState", () => {
  it("writes nothing for the defaults", () => {
    expect(writeUrlState("", DEFAULT_URL_STATE)).toBe("");
    expect(writeUrlState("?theme=dark&kind=denial&q=x", DEFAULT_URL_STATE)).toBe("");
  });

  it("keeps unrelated parameters exactly as written, in place", () => {
    const current = "?data=https://x.example/d.json?v=2&childId=tl%201&theme=dark&flag";
    expect(writeUrlState(current, DEFAULT_URL_STATE)).toBe(
      "?data=https://x.example/d.json?v=2&childId=tl%201&flag",
    );
    expect(writeUrlState(current, state({ theme: "light" }))).toBe(
      "?data=https://x.example/d.json?v=2&childId=tl%201&flag&theme=light",
    );
  });

  it("writes parameters in a stable order, lists as repeated parameters", () => {
    const s: UrlState = {
      event: "soho-dinner",
      theme: "dark",
      language: "pt-BR",
      view: "timeline",
      lanes: { by: "stance", claim: "romance" },
      filters: {
        kinds: ["sighting", "denial"],
        people: ["tom-cruise", "ben"],
        stances: ["disputes"],
        claim: "split",
        attributions: ["on-record", "photo"],
        outlets: ["Page Six", "A&B Daily", "C+D"],
        query: "café  50% +",
      },
    };
    expect(writeUrlState("?q=old&data=d.json", s)).toBe(
      "?data=d.json&event=soho-dinner&view=timeline&theme=dark&lang=pt-BR&lanes=stance:romance&claim=split" +
        "&kind=sighting&kind=denial&person=tom-cruise&person=ben&stance=disputes" +
        "&attribution=on-record&attribution=photo&outlet=Page%20Six&outlet=A%26B%20Daily&outlet=C%2BD" +
        "&q=caf%C3%A9%20%2050%25%20%2B",
    );
  });

  it("writes person lanes and omits kind lanes", () => {
    expect(writeUrlState("", state({ lanes: { by: "person" } }))).toBe("?lanes=person");
    expect(writeUrlState("?lanes=person", state({ lanes: { by: "kind" } }))).toBe("");
  });

  it("is idempotent", () => {
    const s = state({ theme: "dark", filters: { outlets: ["Le Monde, Paris"] } });
    const once = writeUrlState("?data=x", s);
    expect(writeUrlState(once, s)).toBe(once);
  });
});

describe("round trip", () => {
  const lanes: fc.Arbitrary<LaneParam> = fc.oneof(
    fc.constant({ by: "kind" as const }),
    fc.constant({ by: "person" as const }),
    fc.constantFrom(...CLAIMS).map((claim) => ({ by: "stance" as const, claim })),
  );
  const stateArb: fc.Arbitrary<UrlState> = fc.record({
    event: fc.option(fc.constantFrom(...EVENTS), { nil: null }),
    theme: fc.constantFrom(...THEMES),
    language: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
    view: fc.option(fc.constantFrom(...VIEW_MODES), { nil: null }),
    lanes,
    filters: fc.record({
      kinds: fc.shuffledSubarray([...EVENT_KINDS]),
      people: fc.shuffledSubarray(PEOPLE),
      stances: fc.shuffledSubarray([...STANCES]),
      claim: fc.option(fc.constantFrom(...CLAIMS), { nil: null }),
      attributions: fc.shuffledSubarray([...ATTRIBUTIONS]),
      outlets: fc.shuffledSubarray(OUTLETS),
      query: fc.string({ unit: "binary", maxLength: 60 }),
    }),
  });
  const unrelated = fc.array(
    fc.tuple(
      fc.constantFrom("data", "childId", "parentUrl", "x y", "a+b"),
      fc.string({ unit: "binary", maxLength: 20 }),
    ),
    { maxLength: 4 },
  );

  it("parse(write(state)) gives the state back, without warnings, keeping other parameters", () => {
    fc.assert(
      fc.property(stateArb, unrelated, (s, others) => {
        const current = others.length === 0 ? "" : `?${new URLSearchParams(others).toString()}`;
        const search = writeUrlState(current, s);
        expect(parse(search)).toEqual({ state: s, warnings: [] });
        const before = [...new URLSearchParams(current)];
        const after = [...new URLSearchParams(search)].filter(([key]) =>
          before.some(([k]) => k === key),
        );
        expect(after).toEqual(before);
      }),
      propertyOptions(SEED, 1000),
    );
  });
});
