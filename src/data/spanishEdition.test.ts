// The Spanish edition of the bundled dataset is the English one in other words: same events in
// the same order, same dates (added and updated too), sources, claims, people, attributions
// and corrections. Only text differs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DatasetInput } from "./schema.ts";
import { validateDataset } from "./validate.ts";

function read(name: string): DatasetInput {
  const text = readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");
  return JSON.parse(text) as DatasetInput;
}

const en = read("de-armas-cruise-2025.json");
const es = read("de-armas-cruise-2025.es.json");

/** Quotes spoken in Spanish need no translation in their annotation's text. */
const SPOKEN_IN_SPANISH = new Set(["madrid-no-comment"]);

describe("data/de-armas-cruise-2025.es.json", () => {
  it("is a valid dataset in Spanish, of the same version, id and revision date", () => {
    const result = validateDataset(es);
    if (!result.ok) expect(result.problems).toEqual([]);
    expect(es.language).toBe("es");
    expect(es.version).toBe(en.version);
    expect(es.id).toBe(en.id);
    expect(es.updated).toBe(en.updated);
    expect(es.title).not.toBe(en.title);
    expect(es.summary).not.toBe(en.summary);
  });

  it("cites exactly the same sources, titles and languages untouched", () => {
    expect(es.sources).toEqual(en.sources);
  });

  it("has the same people, names untouched", () => {
    expect(es.people?.map((p) => [p.id, p.name, p.role !== undefined])).toEqual(
      en.people?.map((p) => [p.id, p.name, p.role !== undefined]),
    );
  });

  it("tracks the same claims with the same statuses and history", () => {
    const shape = (d: DatasetInput) =>
      d.claims?.map((c) => ({
        id: c.id,
        status: c.status,
        history: c.history?.map((h) => ({
          date: h.date,
          status: h.status,
          sources: h.sources,
          note: h.note !== undefined,
        })),
      }));
    expect(shape(es)).toEqual(shape(en));
    es.claims?.forEach((claim, i) => expect(claim.text).not.toBe(en.claims?.[i]?.text));
  });

  it("has the same events in the same order, with the same dates, links and tags", () => {
    expect(es.events.map((e) => e.id)).toEqual(en.events.map((e) => e.id));
    en.events.forEach((source, i) => {
      const event = es.events[i];
      expect(event, source.id).toBeDefined();
      if (event === undefined) return;
      expect(
        {
          date: event.date,
          kind: event.kind,
          people: event.people,
          claims: event.claims,
          sources: event.sources,
          tags: event.tags,
          place: event.place !== undefined,
          altDates: event.altDates?.map((a) => [a.date, a.sources, a.note !== undefined]),
          added: event.added,
          updated: event.updated,
        },
        source.id,
      ).toEqual({
        date: source.date,
        kind: source.kind,
        people: source.people,
        claims: source.claims,
        sources: source.sources,
        tags: source.tags,
        place: source.place !== undefined,
        altDates: source.altDates?.map((a) => [a.date, a.sources, a.note !== undefined]),
        added: source.added,
        updated: source.updated,
      });
      expect(event.title, source.id).not.toBe(source.title);
      expect(event.summary, source.id).not.toBe(source.summary);
    });
  });

  it("keeps every annotation's quote, speaker, attribution and sources", () => {
    en.events.forEach((source, i) => {
      const notes = es.events[i]?.annotations ?? [];
      const original = source.annotations ?? [];
      expect(notes.length, source.id).toBe(original.length);
      notes.forEach((note, j) => {
        const from = original[j];
        const where = `${source.id} annotation ${j}`;
        expect([note.quote, note.speaker, note.attribution, note.sources], where).toEqual([
          from?.quote,
          from?.speaker,
          from?.attribution,
          from?.sources,
        ]);
        expect(note.text, where).not.toBe(from?.text);
        // A quote spoken in another language is translated, in «», in the text beside it.
        if (note.quote !== undefined && !SPOKEN_IN_SPANISH.has(source.id)) {
          expect(note.text, where).toMatch(/«[^»]+»/);
        }
      });
    });
  });

  it("gives every event a short title: at most 60 characters, unique, unquoted", () => {
    const shorts = es.events.map((e) => e.short);
    for (const [i, short] of shorts.entries()) {
      const id = es.events[i]?.id;
      expect(short, `${id}: no short`).toBeDefined();
      expect(short?.length, `${id}: short too long`).toBeLessThanOrEqual(60);
      expect(short, `${id}: short quotes someone`).not.toMatch(/["“”‘’«»]|(^|\s)'|'(\s|$)/);
    }
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it("has the same corrections, by date and event, in its own words", () => {
    const shape = (d: DatasetInput) => d.corrections?.map((c) => [c.date, c.event]);
    expect(shape(es)).toEqual(shape(en));
    es.corrections?.forEach((c, i) => expect(c.text).not.toBe(en.corrections?.[i]?.text));
  });
});
