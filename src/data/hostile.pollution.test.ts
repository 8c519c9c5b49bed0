// Prototype pollution: __proto__, constructor and prototype keys are refused wherever they
// are, in datasets and in the files the importers read, and nothing is polluted on the way.
import { describe, expect, it } from "vitest";
import { csvToDataset } from "./convert/csv.ts";
import { timelineJsToDataset } from "./convert/timelinejs.ts";
import { HOSTILE_IDS, hostileDataset, PAYLOADS, pollutingTexts } from "./fixtures/hostile.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import { parseDataset } from "./parseDataset.ts";
import { validateDataset } from "./validate.ts";
import { problems, roundTrip, valid } from "../test/loadResult.ts";

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain("polluted");
}

describe("prototype pollution", () => {
  it("refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing", async () => {
    for (const text of pollutingTexts(minimalDataset())) {
      const list = problems(await parseDataset(text));
      expect(list.map((p) => p.message).join("\n")).toMatch(
        /unknown key "(__proto__|constructor|prototype)"|must be|is required/,
      );
      expectNoPollution();
    }
  });

  it("names the polluting key and its path", async () => {
    const [atRoot, , , inEvent] = pollutingTexts(minimalDataset());
    expect(problems(await parseDataset(atRoot!))).toContainEqual({
      path: "__proto__",
      message: 'unknown key "__proto__" (not part of format v1; check the spelling)',
    });
    expect(problems(await parseDataset(inEvent!))).toContainEqual({
      path: "events[0].__proto__",
      message: 'unknown key "__proto__" (not part of format v1; check the spelling)',
    });
  });

  it("resolves ids named after Object.prototype members only when they exist", () => {
    const dataset = valid(validateDataset(roundTrip(hostileDataset())));
    expect(dataset.sourcesById.get("constructor")?.outlet).toBe(PAYLOADS[0]?.text);
    expect(dataset.peopleById.get("prototype")?.name).toBe(PAYLOADS[0]?.text);
    expect(dataset.claimsById.get("valueof")?.text).toBe(PAYLOADS[0]?.text);
    expect(dataset.events.some((e) => e.id === "tostring")).toBe(true);

    // A reference to a name every plain object "has" must still be unknown.
    for (const id of [...HOSTILE_IDS, "hasownproperty", "isprototypeof"]) {
      const doc = minimalDataset();
      doc.events[0]!.sources = [id];
      doc.events[0]!.people = [id];
      doc.events[0]!.claims = [{ claim: id, stance: "supports" }];
      expect(problems(validateDataset(roundTrip(doc)))).toEqual(
        expect.arrayContaining([
          { path: "events[0].sources[0]", message: `unknown source "${id}"` },
          { path: "events[0].people[0]", message: `unknown person "${id}"` },
          { path: "events[0].claims[0].claim", message: `unknown claim "${id}"` },
        ]),
      );
    }
  });

  it("converts CSV and TimelineJS files with polluting keys and values without polluting", () => {
    const csv =
      "id,date,title,summary,kind,__proto__,constructor,source_urls\n" +
      '__proto__,2025-02-13,constructor,prototype,report,"{""polluted"":1}",x,https://a.example/\n';
    const fromCsv = csvToDataset(csv, { today: "2025-11-13" });
    expect(fromCsv.problems.map((p) => `row ${p.row}: ${p.message.split(" (")[0]}`)).toEqual([
      'row 1: unknown column "__proto__"',
      'row 1: unknown column "constructor"',
      'row 2: id: "__proto__" is not a slug',
    ]);
    const kept = csvToDataset(
      "id,date,title,summary,kind,source_urls\n" +
        "constructor,2025-02-13,__proto__,prototype,report,https://a.example/\n",
      { today: "2025-11-13" },
    );
    expect(kept.dataset.events).toMatchObject([
      { id: "constructor", title: "__proto__", summary: "prototype" },
    ]);
    expect(validateDataset(roundTrip(kept.dataset)).ok).toBe(true);
    expectNoPollution();

    const timelineJs = JSON.parse(
      '{"__proto__":{"polluted":1},"events":[{"__proto__":{"polluted":1},' +
        '"constructor":{"prototype":{"polluted":1}},"start_date":{"year":"2025"},' +
        '"text":{"headline":"<img src=x onerror=alert(1)>","text":"<a href=\\"javascript:alert(1)\\">x</a>"}}]}',
    ) as unknown;
    const fromTimelineJs = timelineJsToDataset(timelineJs, { today: "2025-11-13" });
    const messages = fromTimelineJs.problems.map((p) => p.message).join("\n");
    expect(messages).toContain('"__proto__" is not carried');
    // The HTML became text, and the javascript: link is not a source.
    expect(JSON.stringify(fromTimelineJs.dataset)).not.toContain("javascript:");
    expect(JSON.stringify(fromTimelineJs.dataset)).not.toContain("onerror");
    expectNoPollution();
  });
});
