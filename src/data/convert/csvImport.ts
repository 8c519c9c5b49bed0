// Import: a spreadsheet (CSV) → a format v1 dataset. Pure code (no node: modules) so that
// the page's preview runs the same import as the command line. Every row that cannot be
// converted is left out and reported with its row number; nothing is dropped silently.
import type { DatasetInput } from "../schema.ts";
import { countOf } from "../countOf.ts";
import { RowReader, type ImportContext } from "./csvRow.ts";
import { SourceBook, type Known } from "./csvSources.ts";
import { readTable, type CsvProblem, type Row } from "./csvTable.ts";
import { isSlug, slugify, UniqueSlugs } from "./slug.ts";

export type { CsvProblem } from "./csvTable.ts";

type EventInput = DatasetInput["events"][number];
type PersonInput = NonNullable<DatasetInput["people"]>[number];
type ClaimInput = NonNullable<DatasetInput["claims"]>[number];
type CorrectionInput = NonNullable<DatasetInput["corrections"]>[number];

export interface CsvImportOptions {
  id?: string | undefined;
  title?: string | undefined;
  summary?: string | undefined;
  updated?: string | undefined;
  language?: string | undefined;
  /**
   * A format v1 dataset that supplies what the CSV does not carry: dataset fields, people's
   * roles, claims, periods, translations, corrections, sources that no row cites. Its
   * events are replaced.
   */
  base?: DatasetInput | undefined;
  /** Names the input in default titles, e.g. "sheet.csv". */
  sourceName?: string | undefined;
  /** Today's date (YYYY-MM-DD) for a default `updated`; defaults to the clock. */
  today?: string | undefined;
}

export interface CsvImportResult {
  dataset: DatasetInput;
  problems: CsvProblem[];
  /** Defaults that were applied (not problems): made-up ids, created claims, … */
  notes: string[];
}

export function csvToDataset(text: string, options: CsvImportOptions = {}): CsvImportResult {
  const importer = new CsvImporter(options.base);
  const table = readTable(text);
  importer.problems.push(...table.problems);
  if (table.rows) importer.addRows(table.rows);
  return importer.result(options);
}

/** What the rows so far made: the known sources, people and claims, and the events. */
class CsvImporter implements ImportContext {
  readonly sources: SourceBook;
  readonly people: Map<string, Known<PersonInput>>;
  readonly claims: Map<string, Known<ClaimInput>>;
  readonly eventRows = new Map<string, number>();
  readonly eventIds = new Set<string>();
  readonly eventSlugs = new UniqueSlugs();
  readonly madeIds: { row: number; id: string }[] = [];
  readonly problems: CsvProblem[] = [];
  private readonly events: EventInput[] = [];
  private readonly createdClaims: string[] = [];

  constructor(private readonly base: DatasetInput | undefined) {
    this.sources = new SourceBook(base?.sources ?? []);
    this.people = new Map((base?.people ?? []).map((p) => [p.id, { value: p, row: null }]));
    this.claims = new Map((base?.claims ?? []).map((c) => [c.id, { value: c, row: null }]));
  }

  addRows(rows: readonly Row[]): void {
    // Explicit ids are reserved first so that an id made from a title never takes one.
    for (const row of rows) {
      const id = row.get("id");
      if (id !== "" && isSlug(id)) this.eventIds.add(id);
    }
    for (const row of rows) {
      const reader = new RowReader(row, this);
      const event = reader.read();
      if (event && reader.problems.messages.length === 0) {
        this.commit(reader, row.number);
        this.eventRows.set(event.id, row.number);
        this.events.push(event);
      } else {
        for (const message of reader.problems.messages) {
          this.problems.push({ row: row.number, message });
        }
      }
    }
  }

  result(options: CsvImportOptions): CsvImportResult {
    const { base } = this;
    const notes = madeIdNotes(this.madeIds);
    if (this.createdClaims.length > 0) {
      notes.push(
        `claims created from their ids (text = the id, status unverified; describe them in the JSON, or import with --base): ${this.createdClaims.join(", ")}`,
      );
    }
    if (base && base.events.length > 0) {
      notes.push(
        `the ${countOf(base.events.length, "event", "events")} of --base were replaced by the rows`,
      );
    }

    const name = options.sourceName ?? "a spreadsheet";
    const defaults: string[] = [];
    const pick = (field: "id" | "title" | "summary" | "updated", fallback: () => string) => {
      const value = options[field] ?? base?.[field];
      if (value !== undefined) return value;
      defaults.push(field);
      return fallback();
    };
    const language = options.language ?? base?.language;
    const people = [...this.people.values()].map((known) => known.value);
    const claims = [...this.claims.values()].map((known) => known.value);
    const dataset: DatasetInput = {
      ...(base?.$schema === undefined ? {} : { $schema: base.$schema }),
      version: 1,
      id: pick("id", () => slugify(name.replace(/\.[a-z]+$/i, "")) || "imported-timeline"),
      title: pick("title", () => `Imported from ${name}`),
      summary: pick("summary", () => `Imported from ${name}; replace this summary.`),
      updated: pick("updated", () => options.today ?? new Date().toISOString().slice(0, 10)),
      ...(language === undefined ? {} : { language }),
      ...(base?.translations ? { translations: base.translations } : {}),
      ...(people.length > 0 || base?.people ? { people } : {}),
      ...(claims.length > 0 || base?.claims ? { claims } : {}),
      sources: this.sources.values(),
      // Rows are events: periods come from --base, as they are.
      ...(base?.periods ? { periods: base.periods } : {}),
      events: this.events,
      ...(base?.corrections ? { corrections: this.corrections(base.corrections, notes) } : {}),
    };
    if (defaults.length > 0) {
      notes.push(`no ${defaults.join(", ")} given (options or --base): defaults were written`);
    }
    return { dataset, problems: this.problems.toSorted((a, b) => a.row - b.row), notes };
  }

  /**
   * The base's corrections. One that names an event no row has any more (its row deleted,
   * or its id changed) is kept, without the event, and noted: its text stays on record.
   */
  private corrections(corrections: readonly CorrectionInput[], notes: string[]): CorrectionInput[] {
    const ids = new Set(this.events.map((event) => event.id));
    return corrections.map((correction, i) => {
      const { event, ...rest } = correction;
      if (event === undefined || ids.has(event)) return correction;
      notes.push(
        `correction ${i + 1} of --base (${correction.date}) names event "${event}", which no row has: kept without its event`,
      );
      return rest;
    });
  }

  /** A row that converted: what it staged is known to the rows after it. */
  private commit(reader: RowReader, row: number): void {
    this.sources.commit(reader.sources.staged, row);
    for (const [id, value] of reader.people) this.people.set(id, { value, row });
    for (const [id, value] of reader.claims) {
      this.claims.set(id, { value, row });
      this.createdClaims.push(id);
    }
  }
}

/** More made ids than this are noted in one line (a sheet without ids has thousands). */
const MADE_IDS_ONE_BY_ONE = 20;

function madeIdNotes(made: readonly { row: number; id: string }[]): string[] {
  if (made.length <= MADE_IDS_ONE_BY_ONE) {
    return made.map(({ row, id }) => `row ${row}: no id; made "${id}" from the title`);
  }
  const shown = (item: { row: number; id: string } | undefined) =>
    item === undefined ? "" : `row ${item.row} "${item.id}"`;
  const first = made.slice(0, 3).map(shown).join(", ");
  return [
    `${countOf(made.length, "row has", "rows have")} no id; ids were made from their titles: ${first}, … ${shown(made.at(-1))}`,
  ];
}
