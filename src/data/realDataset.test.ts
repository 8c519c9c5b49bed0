// The bundled dataset: valid, complete, and true to the editorial policy where a test can tell.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "./model.ts";
import { validateDataset } from "./validate.ts";

const text = readFileSync(new URL("../../data/de-armas-cruise-2025.json", import.meta.url), "utf8");

function load(): Dataset {
  const result = validateDataset(JSON.parse(text));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.dataset;
}

describe("data/de-armas-cruise-2025.json", () => {
  const dataset = load();

  it("has all 29 chronology entries and the three tracked claims", () => {
    expect(dataset.events).toHaveLength(29);
    expect(dataset.claims.map((c) => c.id)).toEqual(
      expect.arrayContaining(["romance", "deeper-collaboration", "split"]),
    );
    for (const claim of dataset.claims) {
      expect(claim.history.length).toBeGreaterThan(0);
      expect(claim.history.at(-1)?.status).toBe(claim.status);
    }
  });

  it("contains every event of the base article", () => {
    const has = (pattern: RegExp) =>
      dataset.events.some((e) => pattern.test(`${e.title} ${e.summary}`));
    expect(has(/Soho/)).toBe(true);
    expect(has(/Madrid.*London|helicopter.*Madrid/i)).toBe(true);
    expect(has(/birthday/i)).toBe(true);
    expect(has(/Deeper.*Liman|Liman.*Deeper/)).toBe(true);
    expect(has(/McQuarrie/)).toBe(true);
    expect(has(/Women's Wear Daily|WWD/)).toBe(true);
    expect(has(/Ballerina/)).toBe(true);
    expect(dataset.events.find((e) => e.date.text === "2025-06-06")?.kind).toBe("release");
    expect(dataset.events.filter((e) => e.kind === "denial").length).toBeGreaterThan(0);
  });

  it("keeps the Soho dinner's disputed date with sources on each side", () => {
    const dinner = dataset.events.find((e) => e.id === "soho-dinner");
    expect(dinner?.date.text).toBe("2025-02-13");
    expect(dinner?.altDates.map((a) => a.date.text)).toContain("2025-02-14");
    expect(dinner?.altDates.every((a) => a.sources.length > 0)).toBe(true);
  });

  it("never cites a page the research flags as unreliable", () => {
    const flagged = [
      "coolsportnews.com",
      "bharatbarta.com",
      "thebuzzlive.com",
      "fearhq.com",
      "sffgazette.com",
      "thelist.com",
      "moneycontrol.com",
      "gaya.one",
      "globallnews24.com",
      "catalunyadiari.com",
      "newsguru.pk",
      "tportal.hr",
      "tcsahora.com",
      "radaronline.com/p/tom-cruise-inducting",
    ];
    for (const source of dataset.sources) {
      for (const host of flagged) expect(source.url ?? "").not.toContain(host);
    }
  });

  it("labels every anonymous quote as anonymous and attributes every other quote", () => {
    for (const event of dataset.events) {
      for (const note of event.annotations) {
        if (note.quote === undefined) continue;
        if (note.attribution === "anonymous") expect(note.speaker).toBeUndefined();
        else expect(note.speaker, `${event.id}: quote without speaker`).toBeDefined();
      }
    }
  });

  it("gives every event a short title for its label: at most 60 characters, unique, unquoted", () => {
    const shorts = dataset.events.map((e) => e.short);
    for (const [i, short] of shorts.entries()) {
      const id = dataset.events[i]?.id;
      expect(short, `${id}: no short`).toBeDefined();
      expect(short?.length, `${id}: short too long`).toBeLessThanOrEqual(60);
      // Quotation marks are for attributed spoken words, which belong in annotations.
      expect(short, `${id}: short quotes someone`).not.toMatch(/["“”‘’«»]|(^|\s)'|'(\s|$)/);
    }
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it("records when each event was added: not before it began, not after the last revision", () => {
    for (const event of dataset.events) {
      const { added, updated } = event;
      expect(added?.precision, `${event.id}: added`).toBe("day");
      if (added === undefined) continue;
      // A report cannot be added before what it reports began (or, for "on or before"
      // dates, before the day it names).
      expect(added.start, `${event.id}: added before it began`).toBeGreaterThanOrEqual(
        event.date.start,
      );
      expect(added.start, `${event.id}: added after the revision`).toBeLessThanOrEqual(
        dataset.updated.start,
      );
      if (updated !== undefined) {
        expect(updated.start, `${event.id}: updated`).toBeLessThanOrEqual(dataset.updated.start);
      }
    }
  });

  it("has a correction for each updated event, on the day it was updated, and none other", () => {
    const updated = dataset.events.filter((event) => event.updated !== undefined);
    expect(dataset.corrections.map((c) => [c.event, c.date.text])).toEqual(
      updated.map((event) => [event.id, event.updated?.text]),
    );
    // Archived copies only where the research lists one: it lists none.
    expect(dataset.sources.filter((source) => source.archived !== undefined)).toEqual([]);
  });

  it("names the original outlet of relayed reports", () => {
    const relayed = dataset.sources.filter((s) => s.relays !== undefined);
    expect(relayed.length).toBeGreaterThan(10);
    expect(relayed.map((s) => s.relays)).toEqual(
      expect.arrayContaining(["People", "TMZ", "The Sun"]),
    );
  });
});
