import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../data/model.ts";
import { validateDataset } from "../data/validate.ts";
import { propertyOptions } from "../test/property.ts";
import { parsed } from "../test/parsedEdtf.ts";
import { changedBy, hasNews, isAfter, seenUpTo, sinceLastVisit } from "./sinceLastVisit.ts";

type Doc = {
  events: { id: string; added?: string; updated?: string }[];
  corrections: { date: string; text: string; event?: string }[];
  claims: {
    id: string;
    status: string;
    history: { date: string; status: string; sources: string[] }[];
  }[];
};

const text = readFileSync("data/de-armas-cruise-2025.json", "utf8");

function load(edit: (doc: Doc) => void = () => undefined): Dataset {
  const doc = JSON.parse(text) as Doc;
  edit(doc);
  const result = validateDataset(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const at = (iso: string) => Date.parse(iso);
const bundled = load();
const newest = seenUpTo(bundled, at("2026-01-10T12:00Z"));

/** The bundled dataset, a month later: one event added, one corrected, one claim moved. */
const later = load((doc) => {
  doc.events.push({ ...doc.events[0]!, id: "later-sighting", added: "2026-02-03" });
  const soho = doc.events.find((e) => e.id === "soho-dinner")!;
  soho.updated = "2026-02-04";
  doc.corrections.push({ date: "2026-02-04", text: "Place corrected.", event: "soho-dinner" });
  const claim = doc.claims[0]!;
  const last = claim.history.at(-1)!;
  claim.history.push({ ...last, date: "2026-02-05", status: "confirmed" });
  claim.status = "confirmed";
});

describe("sinceLastVisit", () => {
  it("finds nothing new in the dataset a reader saw in full", () => {
    const since = sinceLastVisit(bundled, newest);
    expect(hasNews(since)).toBe(false);
  });

  it("finds exactly the added event, the corrected one, the correction and the status change", () => {
    const since = sinceLastVisit(later, newest);
    expect([...since.newIds]).toEqual(["later-sighting"]);
    expect([...since.updatedIds]).toEqual(["soho-dinner"]);
    expect(since.corrections).toEqual([
      expect.objectContaining({ text: "Place corrected.", eventId: "soho-dinner" }),
    ]);
    expect(since.statusChanges).toEqual([
      expect.objectContaining({ status: "confirmed", previous: "unverified" }),
    ]);
  });

  it("counts an event named by a new correction as updated, and a new one as new only", () => {
    const since = sinceLastVisit(
      load((doc) => {
        doc.events.push({ ...doc.events[0]!, id: "fresh", added: "2026-02-03" });
        doc.corrections.push({ date: "2026-02-04", text: "Fixed.", event: "fresh" });
        doc.corrections.push({ date: "2026-02-04", text: "Fixed.", event: "soho-dinner" });
      }),
      newest,
    );
    expect([...since.newIds]).toEqual(["fresh"]);
    expect([...since.updatedIds]).toEqual(["soho-dinner"]);
  });

  it("counts a change of the visit's own day: nobody can tell whether it came before", () => {
    expect(isAfter(parsed("2026-02-03"), at("2026-02-03T10:00Z"))).toBe(true);
    expect(isAfter(parsed("2026-02-03T09:00Z"), at("2026-02-03T10:00Z"))).toBe(false);
    expect(isAfter(parsed("2026-02-02"), at("2026-02-03T00:00Z"))).toBe(false);
    // A month counts by its first day, not as news for the whole month.
    expect(changedBy(parsed("2026-02"))).toBe(at("2026-02-02T00:00Z"));
  });
});

describe("seenUpTo", () => {
  it("covers the day of a change already made, so that it is not news on the next visit", () => {
    const seen = seenUpTo(later, at("2026-02-03T10:00Z"));
    expect(seen).toBe(at("2026-02-04T00:00Z"));
    const since = sinceLastVisit(later, seen);
    expect([...since.newIds]).toEqual([]);
    expect([...since.updatedIds]).toEqual(["soho-dinner"]);
  });

  it("does not count a change dated after the visit as seen", () => {
    expect(seenUpTo(later, at("2026-01-01T00:00Z"))).toBe(at("2026-01-01T00:00Z"));
  });
});

describe("sinceLastVisit, as properties", () => {
  const day = fc.integer({ min: 0, max: 400 });
  const origin = at("2025-06-01T00:00Z");
  const isoDay = (n: number) => new Date(origin + n * 86_400_000).toISOString().slice(0, 10);
  /** The bundled dataset with `added` days of our choosing on its first events. */
  const withAdded = (days: readonly number[]) =>
    load((doc) => {
      days.forEach((n, i) => {
        const event = doc.events[i];
        if (event === undefined) return;
        event.added = isoDay(n);
        delete event.updated;
      });
    });
  const moment = fc.integer({ min: origin - 86_400_000, max: origin + 402 * 86_400_000 });

  it("an event is new if and only if it was added after the last visit", () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 8 }), moment, (days, seen) => {
        const dataset = withAdded(days);
        const since = sinceLastVisit(dataset, seen);
        for (const event of dataset.events) {
          if (event.added === undefined) continue;
          expect(since.newIds.has(event.id)).toBe(changedBy(event.added) > seen);
        }
      }),
      propertyOptions(1601, 25),
    );
  });

  it("a later last visit never brings more news", () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 8 }), moment, moment, (days, a, b) => {
        const dataset = withAdded(days);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = sinceLastVisit(dataset, early);
        const after = sinceLastVisit(dataset, late);
        for (const id of after.newIds) expect(before.newIds.has(id)).toBe(true);
        for (const id of after.updatedIds)
          expect(before.newIds.has(id) || before.updatedIds.has(id)).toBe(true);
        expect(after.corrections.length).toBeLessThanOrEqual(before.corrections.length);
        expect(after.statusChanges.length).toBeLessThanOrEqual(before.statusChanges.length);
      }),
      propertyOptions(1602, 25),
    );
  });

  it("what a visit saw is never news on the next one", () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 8 }), moment, (days, now) => {
        const dataset = withAdded(days);
        const since = sinceLastVisit(dataset, seenUpTo(dataset, now));
        for (const event of dataset.events) {
          if (event.added !== undefined && event.added.start <= now)
            expect(since.newIds.has(event.id)).toBe(false);
        }
        expect(since.corrections.every((c) => c.date.start > now)).toBe(true);
        expect(since.statusChanges.every((c) => c.date.start > now)).toBe(true);
      }),
      propertyOptions(1603, 25),
    );
  });
});
