// Export: a dataset as its spreadsheet (CSV) form, one row per event with everything the
// event needs on its row, and the list of what that form leaves out.
import Papa from "papaparse";
import type { DatasetInput } from "../schema.ts";
import { countOf } from "../countOf.ts";
import { FORMULA_START, formatPerson, joinList } from "./csvCells.ts";
import { annotationColumns, csvHeader, SOURCE_COLUMNS, sourceDetail } from "./csvColumns.ts";

export function datasetToCsv(dataset: DatasetInput): string {
  const people = new Map((dataset.people ?? []).map((person) => [person.id, person]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  // A loop, not Math.max(...events): spreading 200,000 arguments overflows the stack.
  let groups = 1;
  for (const event of dataset.events) groups = Math.max(groups, event.annotations?.length ?? 0);
  const header = csvHeader(groups);
  const person = (id: string) => formatPerson(id, people.get(id)?.name);

  const rows = dataset.events.map((event) => {
    const cells: Record<string, string> = {};
    const altDates = event.altDates ?? [];
    const annotations = event.annotations ?? [];
    const rowIds = [
      ...new Set([
        ...event.sources,
        ...altDates.flatMap((alt) => alt.sources),
        ...annotations.flatMap((note) => note.sources),
      ]),
    ];
    const refs = (ids: readonly string[]) =>
      sameList(ids, event.sources) ? "" : positions(ids, rowIds);

    cells.id = event.id;
    cells.date = event.date;
    cells.title = event.title;
    cells.short = event.short ?? "";
    cells.summary = event.summary;
    cells.kind = event.kind;
    cells.place = event.place ?? "";
    cells.people = (event.people ?? []).map(person).join(" | ");
    cells.tags = joinList(event.tags ?? []);
    cells.claims = joinList((event.claims ?? []).map((link) => `${link.claim}:${link.stance}`));
    cells.alt_dates = joinList(
      altDates.map((alt) => {
        const at = refs(alt.sources);
        return `${alt.date}${at === "" ? "" : `@${at}`}${alt.note === undefined ? "" : `: ${alt.note}`}`;
      }),
    );
    cells.added = event.added ?? "";
    cells.updated = event.updated ?? "";
    const eventRefs = positions(event.sources, rowIds);
    cells.event_sources = eventRefs === positions(rowIds, rowIds) ? "" : eventRefs;
    annotations.forEach((note, i) => {
      const [text, quote, speaker, attribution, noteSources] = annotationColumns(i + 1) as [
        string,
        string,
        string,
        string,
        string,
      ];
      cells[text] = note.text;
      cells[quote] = note.quote ?? "";
      cells[speaker] = note.speaker === undefined ? "" : person(note.speaker);
      cells[attribution] = note.attribution ?? "";
      cells[noteSources] = refs(note.sources);
    });
    for (const [field, column] of SOURCE_COLUMNS) {
      const items = rowIds.map((id) => {
        const source = sources.get(id);
        return field === "id"
          ? id
          : source === undefined
            ? ""
            : (sourceDetail(source, field) ?? "");
      });
      cells[column] = items.every((item) => item === "") ? "" : joinList(items);
    }
    return header.map((name) => cells[name] ?? "");
  });
  const csv = Papa.unparse(
    { fields: header, data: rows },
    { newline: "\n", escapeFormulae: FORMULA_START },
  );
  return `${csv}\n`;
}

/** What the CSV form leaves out of a dataset: one line each, empty when nothing. */
export function csvLosses(dataset: DatasetInput): string[] {
  const losses = [
    "the dataset's id, title, summary, updated date and language (import takes them from its options or from --base)",
  ];
  if (dataset.$schema !== undefined) losses.push("the $schema key");
  const inRows = new Set<string>();
  const peopleInRows = new Set<string>();
  for (const event of dataset.events) {
    for (const id of event.sources) inRows.add(id);
    for (const alt of event.altDates ?? []) for (const id of alt.sources) inRows.add(id);
    for (const note of event.annotations ?? []) {
      for (const id of note.sources) inRows.add(id);
      if (note.speaker !== undefined) peopleInRows.add(note.speaker);
    }
    for (const id of event.people ?? []) peopleInRows.add(id);
  }
  const people = dataset.people ?? [];
  const withRoles = people.filter((person) => person.role !== undefined);
  if (withRoles.length > 0)
    losses.push(`the roles of ${countOf(withRoles.length, "person", "people")}`);
  const absentPeople = people.filter((person) => !peopleInRows.has(person.id));
  if (absentPeople.length > 0) {
    losses.push(
      `${countOf(absentPeople.length, "person", "people")} in no event: ${ids(absentPeople)}`,
    );
  }
  const claims = dataset.claims ?? [];
  if (claims.length > 0) {
    losses.push(
      `the text, status and history of ${countOf(claims.length, "claim", "claims")} (a CSV import recreates claims from their ids): ${ids(claims)}`,
    );
  }
  const absentSources = dataset.sources.filter((source) => !inRows.has(source.id));
  if (absentSources.length > 0) {
    losses.push(
      `${countOf(absentSources.length, "source", "sources")} that no event, annotation or alternative date cites: ${ids(absentSources)}`,
    );
  }
  const translations = dataset.translations ?? [];
  if (translations.length > 0) {
    losses.push(
      `${countOf(translations.length, "translation", "translations")} (links to the other editions): ${translations.map((t) => t.language).join(", ")}`,
    );
  }
  const periods = dataset.periods ?? [];
  if (periods.length > 0) {
    losses.push(
      `${countOf(periods.length, "period", "periods")} (rows are events; import takes periods from --base): ${ids(periods)}`,
    );
  }
  const corrections = dataset.corrections ?? [];
  if (corrections.length > 0) {
    losses.push(`${countOf(corrections.length, "correction", "corrections")}`);
  }
  return losses;
}

function ids(items: readonly { id: string }[]): string {
  const shown = items.slice(0, 8).map((item) => item.id);
  return `${shown.join(", ")}${items.length > shown.length ? `, … (${items.length - shown.length} more)` : ""}`;
}

function positions(ids: readonly string[], rowIds: readonly string[]): string {
  return ids.map((id) => rowIds.indexOf(id) + 1).join("+");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
