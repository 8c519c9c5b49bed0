// Reading the URL: parseUrlState's parameters, its warnings and the lang parameter, and the
// values a dataset makes known. Hostile queries are in urlState.hostile.test.ts, writing and
// the round trip in urlState.write.test.ts.
import { describe, expect, it } from "vitest";
import { minimalDataset } from "../data/fixtures/minimal.ts";
import { validateDataset } from "../data/validate.ts";
import { DEFAULT_URL_STATE, knownFromDataset } from "./urlState.ts";
import { known, parse, state } from "../test/urlStateValues.ts";

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
