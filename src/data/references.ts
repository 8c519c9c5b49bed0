// Rules that need the whole dataset: unique ids, references that resolve (a correction's
// event among them), and translations that name other languages than the dataset's own.
// This walks the raw input defensively so that these problems are reported together with
// shape problems, even when parts of the file have the wrong shape.
import type { Problem } from "./model.ts";
import { translationContradictions } from "./consistency.ts";
import { formatPath, type PathSegment } from "./path.ts";

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Ids of a collection, reporting duplicates. */
function collectIds(doc: Raw, collection: string, problems: Problem[]): Set<string> {
  const seen = new Map<string, number>();
  items(doc[collection]).forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== "string") return;
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, index);
    } else {
      problems.push({
        path: formatPath([collection, index, "id"]),
        message: `duplicate id "${item.id}" (first used at ${collection}[${first}])`,
      });
    }
  });
  return new Set(seen.keys());
}

function checkRef(
  value: unknown,
  known: Set<string>,
  noun: string,
  path: PathSegment[],
  problems: Problem[],
): void {
  if (typeof value === "string" && !known.has(value)) {
    problems.push({ path: formatPath(path), message: `unknown ${noun} "${value}"` });
  }
}

function checkRefList(
  list: unknown,
  known: Set<string>,
  noun: string,
  path: PathSegment[],
  problems: Problem[],
): void {
  items(list).forEach((value, i) => checkRef(value, known, noun, [...path, i], problems));
}

export function checkReferences(doc: unknown): Problem[] {
  if (!isRecord(doc)) return [];
  const problems: Problem[] = [];
  const people = collectIds(doc, "people", problems);
  const claims = collectIds(doc, "claims", problems);
  const sources = collectIds(doc, "sources", problems);
  collectIds(doc, "periods", problems);
  const events = collectIds(doc, "events", problems);

  const languages = items(doc.translations).map((t) => (isRecord(t) ? t.language : undefined));
  for (const { path, message } of translationContradictions(doc.language ?? "en", languages)) {
    problems.push({ path: formatPath(path), message });
  }

  items(doc.periods).forEach((period, p) => {
    if (isRecord(period)) {
      checkRefList(period.sources, sources, "source", ["periods", p, "sources"], problems);
    }
  });

  items(doc.claims).forEach((claim, c) => {
    if (!isRecord(claim)) return;
    items(claim.history).forEach((entry, h) => {
      if (isRecord(entry)) {
        checkRefList(
          entry.sources,
          sources,
          "source",
          ["claims", c, "history", h, "sources"],
          problems,
        );
      }
    });
  });

  items(doc.events).forEach((event, e) => {
    if (!isRecord(event)) return;
    const at = (...rest: PathSegment[]): PathSegment[] => ["events", e, ...rest];
    checkRefList(event.sources, sources, "source", at("sources"), problems);
    checkRefList(event.people, people, "person", at("people"), problems);
    items(event.claims).forEach((link, l) => {
      if (isRecord(link)) checkRef(link.claim, claims, "claim", at("claims", l, "claim"), problems);
    });
    items(event.altDates).forEach((alt, a) => {
      if (isRecord(alt))
        checkRefList(alt.sources, sources, "source", at("altDates", a, "sources"), problems);
    });
    items(event.annotations).forEach((note, n) => {
      if (!isRecord(note)) return;
      checkRefList(note.sources, sources, "source", at("annotations", n, "sources"), problems);
      checkRef(note.speaker, people, "person", at("annotations", n, "speaker"), problems);
    });
  });
  items(doc.corrections).forEach((correction, c) => {
    if (isRecord(correction)) {
      checkRef(correction.event, events, "event", ["corrections", c, "event"], problems);
    }
  });
  return problems;
}
