import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalDataset } from "../data/fixtures/minimal.ts";
import { ATTRIBUTIONS, EVENT_KINDS, STANCES } from "../data/model.ts";
import { validateDataset } from "../data/validate.ts";
import { EMPTY_FILTERS } from "../timeline/filters.ts";
import { LANGUAGES } from "../i18n/languages.ts";
import {
  DEFAULT_URL_STATE,
  knownFromDataset,
  MAX_VALUE_LENGTH,
  parseUrlState,
  THEMES,
  VIEW_MODES,
  writeUrlState,
  type KnownValues,
  type LaneParam,
  type UrlState,
} from "./urlState.ts";
import { propertyOptions } from "../test/property.ts";
import { ENGLISH } from "../i18n/I18nContext.ts";
import { urlWarningText } from "./urlWarningText.ts";

const SEED = 20250213;

const OUTLETS = [
  "People",
  "Page Six",
  "A&B Daily",
  "C+D",
  "50% News",
  "Zoë Times",
  "L'Équipe",
  "x=y",
  "Le Monde, Paris",
  "#1 News",
  "What?",
  "新闻",
];
const PEOPLE = ["ana-de-armas", "tom-cruise", "ben"];
const CLAIMS = ["romance", "split", "a1"];
const EVENTS = ["soho-dinner", "helicopter", "e2"];

const known: KnownValues = {
  people: new Set(PEOPLE),
  claims: new Set(CLAIMS),
  outlets: new Set(OUTLETS),
  events: new Set(EVENTS),
};

/** Parses, with the warnings worded as an English reader sees them. */
function parse(search: string, knownValues: KnownValues = known) {
  const { state, warnings } = parseUrlState(search, knownValues);
  return { state, warnings: warnings.map((warning) => urlWarningText(warning, ENGLISH)) };
}

function state(
  update: Partial<Omit<UrlState, "filters">> & { filters?: Partial<UrlState["filters"]> },
): UrlState {
  return {
    ...DEFAULT_URL_STATE,
    ...update,
    filters: { ...EMPTY_FILTERS, ...update.filters },
  };
}

describe("parseUrlState", () => {
  it("gives the defaults, without warnings, for an empty or unrelated query", () => {
    expect(parse("")).toEqual({ state: DEFAULT_URL_STATE, warnings: [] });
    expect(parse("?data=https://x.example/d.json&childId=t1")).toEqual({
      state: DEFAULT_URL_STATE,
      warnings: [],
    });
  });

  it("reads every parameter", () => {
    const { state: s, warnings } = parse(
      "?event=soho-dinner&theme=dark&lang=fr&view=list&lanes=stance:romance&kind=sighting&kind=denial" +
        "&person=tom-cruise&stance=supports&claim=split&attribution=on-record" +
        "&outlet=People&outlet=Page%20Six&q=caf%C3%A9+soho",
    );
    expect(warnings).toEqual([]);
    expect(s).toEqual({
      event: "soho-dinner",
      theme: "dark",
      language: "fr",
      view: "list",
      lanes: { by: "stance", claim: "romance" },
      filters: {
        kinds: ["sighting", "denial"],
        people: ["tom-cruise"],
        stances: ["supports"],
        claim: "split",
        attributions: ["on-record"],
        outlets: ["People", "Page Six"],
        query: "café soho",
      },
    });
  });

  it("accepts comma lists for kind, stance and attribution, and drops duplicates", () => {
    const { state: s, warnings } = parse(
      "?kind=sighting,denial&kind=sighting&stance=supports,%20disputes&attribution=photo,,photo",
    );
    expect(warnings).toEqual([]);
    expect(s.filters.kinds).toEqual(["sighting", "denial"]);
    expect(s.filters.stances).toEqual(["supports", "disputes"]);
    expect(s.filters.attributions).toEqual(["photo"]);
  });

  it("does not split outlets or people on commas", () => {
    const { state: s, warnings } = parse("?outlet=Le%20Monde,%20Paris&person=ben,tom-cruise");
    expect(s.filters.outlets).toEqual(["Le Monde, Paris"]);
    expect(s.filters.people).toEqual([]);
    expect(warnings).toEqual(['Ignored person "ben,tom-cruise": no person has that id.']);
  });

  it("reads the lanes values", () => {
    expect(parse("?lanes=person").state.lanes).toEqual({ by: "person" });
    expect(parse("?lanes=kind").state.lanes).toEqual({ by: "kind" });
  });

  it("drops invalid values with a warning naming the parameter and the value", () => {
    const { state: s, warnings } = parse(
      "?theme=purple&event=nope&kind=rumour&kind=denial&view=grid&lanes=stance:nope&claim=moon" +
        "&person=ghost&stance=maybe&attribution=hearsay&outlet=Nowhere&lanes=rows",
    );
    expect(s).toEqual(state({ filters: { kinds: ["denial"] } }));
    expect(warnings).toEqual([
      'Ignored event "nope": no event has that id.',
      'Ignored view "grid": use timeline or list.',
      'Ignored theme "purple": use light, dark or auto.',
      'Ignored repeated lanes "rows": only the first one is used.',
      'Ignored lanes "stance:nope": no claim has the id "nope".',
      'Ignored claim "moon": no claim has that id.',
      'Ignored kind "rumour": use sighting, statement, report, denial, confirmation, project, release or appearance.',
      'Ignored person "ghost": no person has that id.',
      'Ignored stance "maybe": use supports, disputes or context.',
      'Ignored attribution "hearsay": use on-record, anonymous, photo or reported.',
      'Ignored outlet "Nowhere": no source is from that outlet.',
    ]);
  });

  it("explains a malformed lanes value", () => {
    expect(parse("?lanes=stance:").warnings).toEqual([
      'Ignored lanes "stance:": use kind, person or stance:<claim id>.',
    ]);
  });

  it("drops a kind the timeline does not have when the known kinds are given", () => {
    const { state: s, warnings } = parse("?kind=release,denial", {
      ...known,
      kinds: new Set(["denial"]),
    });
    expect(s.filters.kinds).toEqual(["denial"]);
    expect(warnings).toEqual(['Ignored kind "release": no event in this timeline has that kind.']);
  });

  it("uses the first of repeated single values and says so", () => {
    const { state: s, warnings } = parse("?theme=dark&theme=light&q=a&q=b");
    expect(s.theme).toBe("dark");
    expect(s.filters.query).toBe("a");
    expect(warnings).toEqual([
      'Ignored repeated theme "light": only the first one is used.',
      'Ignored repeated q "b": only the first one is used.',
    ]);
  });

  it("ignores empty values silently and keeps the query as typed", () => {
    expect(parse("?theme=&event=&kind=&q=")).toEqual({ state: DEFAULT_URL_STATE, warnings: [] });
    expect(parse("?q=%20two%20%20spaces%20").state.filters.query).toBe(" two  spaces ");
  });
});

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

describe("lang", () => {
  it("takes a language we have, matching regional tags to it", () => {
    expect(parse("?lang=es").state.language).toBe("es");
    expect(parse("?lang=es-MX").state.language).toBe("es");
    expect(parse("?lang=pt-br").state.language).toBe("pt-BR");
    expect(parse("").state.language).toBeNull();
  });

  it("says which languages exist when asked for another", () => {
    const { state, warnings } = parse("?lang=el");
    expect(state.language).toBeNull();
    expect(warnings).toEqual(['Ignored lang "el": use en, es, pt-BR, fr, de, it or ar.']);
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

describe("knownFromDataset", () => {
  it("collects ids, kinds and outlet names including relays", () => {
    const result = validateDataset(minimalDataset());
    if (!result.ok) throw new Error("fixture is invalid");
    const k = knownFromDataset(result.dataset);
    const has = (set: { has: (value: string) => boolean } | undefined, values: string[]) =>
      values.filter((value) => set?.has(value));
    expect(has(k.kinds, ["denial", "sighting", "report"])).toEqual(["denial", "sighting"]);
    expect(has(k.people, ["ana", "tom", "bea"])).toEqual(["ana", "tom"]);
    expect(has(k.claims, ["romance", "split"])).toEqual(["romance"]);
    expect(has(k.outlets, ["Paper A", "Paper B", "People", "Paper C"])).toEqual([
      "Paper A",
      "Paper B",
      "People",
    ]);
    expect(has(k.events, ["denial", "dinner", "nope"])).toEqual(["denial", "dinner"]);
  });
});
