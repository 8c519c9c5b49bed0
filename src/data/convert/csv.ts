// The spreadsheet (CSV) form of a dataset: one row per event, everything the event needs on
// its row, so that rows can be sorted, filtered and edited freely in a spreadsheet. Pure
// code (no node: modules) so that a browser preview can reuse it.
//
// Conventions inside a cell (documented for authors in CSV_COLUMNS and CSV_CONVENTIONS):
// - lists are separated by "|" ("a | b"); a literal "|" in an item is written "\|", a
//   literal backslash before "|" or "\" as "\\";
// - the source_* columns are parallel lists: the n-th item of each describes the row's
//   n-th source; other cells point at those sources by position, "1+3";
// - a cell's one leading apostrophe is dropped (spreadsheets use it to mark text), and
//   export adds one before text that a spreadsheet would read as a formula (= + - @).
import Papa from "papaparse";
import { parseEdtf } from "../edtf.ts";
import { ATTRIBUTIONS, EVENT_KINDS, STANCES } from "../model.ts";
import { formatPath } from "../path.ts";
import {
  eventSchema,
  isHttpUrl,
  personSchema,
  sourceSchema,
  type DatasetInput,
} from "../schema.ts";
import { isSlug, slugify, uniqueSlug } from "./slug.ts";

type EventInput = DatasetInput["events"][number];
type SourceInput = DatasetInput["sources"][number];
type PersonInput = NonNullable<DatasetInput["people"]>[number];
type ClaimInput = NonNullable<DatasetInput["claims"]>[number];
type AnnotationInput = NonNullable<EventInput["annotations"]>[number];
type AltDateInput = NonNullable<EventInput["altDates"]>[number];
type EventClaimInput = NonNullable<EventInput["claims"]>[number];

export interface CsvColumn {
  name: string;
  /** Must be present in the header row. */
  required: boolean;
  description: string;
  example: string;
}

/**
 * The columns, in the order export writes them. Header names are case-insensitive. Columns
 * added later go after the required ones, so that the first five keep their places.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: "id",
    required: false,
    description:
      "Event id: a slug (lowercase letters, digits, single hyphens), unique. Empty: made from the title.",
    example: "soho-dinner",
  },
  {
    name: "date",
    required: true,
    description:
      "EDTF date: 2025, 2025-02, 2025-02-13, 2025-02-13T21:30Z (or +01:00); ? uncertain, ~ approximate, % both; intervals 2025-04-29/2025-05-03; open ends ../2025-02-20 and 2025-07/.. . Format the column as plain text so that the spreadsheet does not rewrite dates.",
    example: "2025-02-13",
  },
  {
    name: "title",
    required: true,
    description: "Short neutral title (at most 200 characters).",
    example: "Dinner in Soho",
  },
  {
    name: "summary",
    required: true,
    description: "What happened, in your own words (at most 2,000 characters).",
    example: "The two are photographed leaving a restaurant.",
  },
  {
    name: "kind",
    required: true,
    description: `One of: ${EVENT_KINDS.join(", ")}.`,
    example: "sighting",
  },
  {
    name: "short",
    required: false,
    description:
      "Shorter title for labels on the timeline (at most 60 characters). Empty: the title, cut to fit.",
    example: "Soho dinner",
  },
  {
    name: "place",
    required: false,
    description: "Where it happened.",
    example: "Soho, London, UK",
  },
  {
    name: "people",
    required: false,
    description:
      'People involved, separated by "|". A name makes its id (Ana de Armas → ana-de-armas); write "Name (id)" to choose the id; a known id alone refers to that person.',
    example: "Ana de Armas | Tom Cruise",
  },
  {
    name: "tags",
    required: false,
    description: 'Tags separated by "|" (turned into slugs: "Key moment" → key-moment).',
    example: "london | key",
  },
  {
    name: "claims",
    required: false,
    description: `The event's stance on tracked claims: claim-id:stance, separated by "|"; stance is ${STANCES.join(", ")}. A claim that is not defined yet (see --base) is created from its id, status unverified.`,
    example: "romance:supports",
  },
  {
    name: "alt_dates",
    required: false,
    description:
      'Other dates that sources give, separated by "|": date@positions: note. Positions are numbers of this row\'s sources joined by + (omit "@…" for the event\'s sources); the note after ": " is optional.',
    example: "2025-02-14@2: Date given by the second source",
  },
  {
    name: "event_sources",
    required: false,
    description:
      "Which of this row's sources the event itself cites, as positions joined by + (e.g. 1+2). Empty: all of them. List a source that only an annotation or alternative date cites in the row, and leave it out here.",
    example: "1",
  },
  {
    name: "annotation",
    required: false,
    description:
      "A note on the event, in your own words. More annotations: add the same five columns with _2, _3, … (annotation_2, quote_2, speaker_2, attribution_2, annotation_sources_2).",
    example: "An anonymous source told a magazine they are just friends.",
  },
  {
    name: "quote",
    required: false,
    description: "Short verbatim quote of spoken words, for the annotation.",
    example: "just friends",
  },
  {
    name: "speaker",
    required: false,
    description: "Who said the quote, written as in people.",
    example: "",
  },
  {
    name: "attribution",
    required: false,
    description: `${ATTRIBUTIONS.join(", ")} (empty: reported).`,
    example: "anonymous",
  },
  {
    name: "annotation_sources",
    required: false,
    description:
      "Positions of the sources the annotation cites, joined by +. Empty: the event's sources.",
    example: "",
  },
  {
    name: "source_ids",
    required: false,
    description:
      'This row\'s sources, separated by "|"; each source_* column lists them in the same order (positions 1, 2, …). Source ids are slugs; empty: made from outlet and date. An id already described in another row (or in --base) may stand alone.',
    example: "people-2025-02-20",
  },
  {
    name: "source_outlets",
    required: false,
    description: "Outlet of each source. Empty: the host of its URL.",
    example: "People",
  },
  {
    name: "source_urls",
    required: false,
    description: "URL of each source (http or https).",
    example: "https://people.com/example",
  },
  {
    name: "source_titles",
    required: false,
    description: "Title of each source.",
    example: "",
  },
  {
    name: "source_published",
    required: false,
    description: "Publication date of each source (EDTF).",
    example: "2025-02-20",
  },
  {
    name: "source_relays",
    required: false,
    description: "For relayed reporting: the original outlet that the source relays.",
    example: "",
  },
  {
    name: "source_languages",
    required: false,
    description: "Language of each source (BCP 47: en, es, pt-BR).",
    example: "en",
  },
];

/** The in-cell conventions, for README and error messages. */
export const CSV_CONVENTIONS: readonly string[] = [
  'Lists are separated by "|"; write "\\|" for a "|" inside an item (and "\\\\" for a backslash before "|" or "\\").',
  "The source_* columns are parallel lists: their n-th items describe the row's n-th source. Other cells point at a row's sources by position: 1+3.",
  "The header row (row 1) needs date, title, summary, kind and at least one of source_urls, source_outlets, source_ids. Header names are case-insensitive; columns may come in any order; empty rows are skipped.",
  "One leading apostrophe in a cell is dropped (spreadsheets use it to mark text); export adds one before text that starts like a formula (= + - @).",
  "A row with any problem is left out of the output and reported with its row number (the header is row 1).",
];

/** CSV_COLUMNS as a Markdown table (for README). */
export function csvColumnsTable(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return [
    "| column | required | what it holds | example |",
    "| ------ | -------- | ------------- | ------- |",
    ...CSV_COLUMNS.map(
      (c) =>
        `| \`${c.name}\` | ${c.required ? "yes" : ""} | ${cell(c.description)} | ${c.example === "" ? "" : `\`${cell(c.example)}\``} |`,
    ),
  ].join("\n");
}

const ANNOTATION_FIELDS = [
  "annotation",
  "quote",
  "speaker",
  "attribution",
  "annotation_sources",
] as const;
type AnnotationField = (typeof ANNOTATION_FIELDS)[number];

const SOURCE_COLUMNS = [
  ["id", "source_ids"],
  ["outlet", "source_outlets"],
  ["url", "source_urls"],
  ["title", "source_titles"],
  ["published", "source_published"],
  ["relays", "source_relays"],
  ["language", "source_languages"],
] as const;
type SourceField = (typeof SOURCE_COLUMNS)[number][0];
type SourceDetails = Partial<Record<Exclude<SourceField, "id">, string>>;

const BASE_NAMES = new Set(CSV_COLUMNS.map((column) => column.name));

// ---------------------------------------------------------------------------------------
// Cells and lists

/** Items joined by " | ", with "|" and "\" escaped inside items. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")).join(" | ");
}

/** The inverse of joinList; items trimmed, an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell.trim() === "") return [];
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i += 1) {
    const char = cell[i];
    const next = cell[i + 1];
    if (char === "\\" && (next === "|" || next === "\\")) {
      current += next;
      i += 1;
    } else if (char === "|") {
      items.push(current.trim());
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current.trim());
  return items;
}

const FORMULA_START = /^[=+\-@\t\r']/;

function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unescapeCell(raw: string): string {
  const value = raw.trim();
  return value.startsWith("'") ? value.slice(1) : value;
}

/** "Ana de Armas" or "Name (id)" when the id is not the name's slug. */
export function formatPerson(id: string, name: string | undefined): string {
  if (name === undefined) return id;
  const plain = joinList([name]);
  const parsed = parsePerson(name);
  if (parsed.id === id && parsed.name === name) return plain;
  return `${plain} (${id})`;
}

/** The inverse of formatPerson for one (unescaped) item. */
export function parsePerson(item: string): { id: string; name: string; explicit: boolean } {
  const match = /^([\s\S]*\S)\s*\(([a-z0-9]+(?:-[a-z0-9]+)*)\)$/.exec(item);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return { name: match[1].trim(), id: match[2], explicit: true };
  }
  return { name: item, id: slugify(item), explicit: false };
}

function positions(ids: readonly string[], rowIds: readonly string[]): string {
  return ids.map((id) => rowIds.indexOf(id) + 1).join("+");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

// ---------------------------------------------------------------------------------------
// Export

function annotationColumns(group: number): string[] {
  const suffix = group === 1 ? "" : `_${group}`;
  return ANNOTATION_FIELDS.map((field) => `${field}${suffix}`);
}

/** Header names for a sheet with `groups` annotation column groups. */
export function csvHeader(groups = 1): string[] {
  const names = CSV_COLUMNS.map((column) => column.name);
  const at = names.indexOf("annotation_sources") + 1;
  const extra = Array.from({ length: Math.max(0, groups - 1) }, (_, i) => annotationColumns(i + 2));
  return [...names.slice(0, at), ...extra.flat(), ...names.slice(at)];
}

export function datasetToCsv(dataset: DatasetInput): string {
  const people = new Map((dataset.people ?? []).map((person) => [person.id, person]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const groups = Math.max(1, ...dataset.events.map((event) => event.annotations?.length ?? 0));
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
      const items = rowIds.map((id) => (field === "id" ? id : (sources.get(id)?.[field] ?? "")));
      cells[column] = items.every((item) => item === "") ? "" : joinList(items);
    }
    return header.map((name) => escapeCell(cells[name] ?? ""));
  });
  return `${Papa.unparse({ fields: header, data: rows }, { newline: "\n" })}\n`;
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
    losses.push(`the roles of ${count(withRoles.length, "person", "people")}`);
  const absentPeople = people.filter((person) => !peopleInRows.has(person.id));
  if (absentPeople.length > 0) {
    losses.push(
      `${count(absentPeople.length, "person", "people")} in no event: ${ids(absentPeople)}`,
    );
  }
  const claims = dataset.claims ?? [];
  if (claims.length > 0) {
    losses.push(
      `the text, status and history of ${count(claims.length, "claim", "claims")} (a CSV import recreates claims from their ids): ${ids(claims)}`,
    );
  }
  const absentSources = dataset.sources.filter((source) => !inRows.has(source.id));
  if (absentSources.length > 0) {
    losses.push(
      `${count(absentSources.length, "source", "sources")} that no event, annotation or alternative date cites: ${ids(absentSources)}`,
    );
  }
  const corrections = dataset.corrections ?? [];
  if (corrections.length > 0) {
    losses.push(`${count(corrections.length, "correction", "corrections")}`);
  }
  return losses;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function ids(items: readonly { id: string }[]): string {
  const shown = items.slice(0, 8).map((item) => item.id);
  return `${shown.join(", ")}${items.length > shown.length ? `, … (${items.length - shown.length} more)` : ""}`;
}

// ---------------------------------------------------------------------------------------
// Import

export interface CsvImportOptions {
  id?: string | undefined;
  title?: string | undefined;
  summary?: string | undefined;
  updated?: string | undefined;
  language?: string | undefined;
  /**
   * A format v1 dataset that supplies what the CSV does not carry: dataset fields, people's
   * roles, claims, corrections, sources that no row cites. Its events are replaced.
   */
  base?: DatasetInput | undefined;
  /** Names the input in default titles, e.g. "sheet.csv". */
  sourceName?: string | undefined;
  /** Today's date (YYYY-MM-DD) for a default `updated`; defaults to the clock. */
  today?: string | undefined;
}

export interface CsvProblem {
  /** Row as a spreadsheet shows it: the header is row 1. */
  row: number;
  message: string;
}

export interface CsvImportResult {
  dataset: DatasetInput;
  problems: CsvProblem[];
  /** Defaults that were applied (not problems): made-up ids, created claims, … */
  notes: string[];
}

interface Known<T> {
  value: T;
  /** Row that described it, or null when it comes from --base. */
  row: number | null;
}

interface State {
  sources: Map<string, Known<SourceInput>>;
  people: Map<string, Known<PersonInput>>;
  claims: Map<string, Known<ClaimInput>>;
  eventRows: Map<string, number>;
  eventIds: Set<string>;
}

/** Changes one row makes, applied only when the row has no problem. */
interface Stage {
  sources: Map<string, SourceInput>;
  people: Map<string, PersonInput>;
  claims: Map<string, ClaimInput>;
}

class RowProblems {
  readonly messages: string[] = [];
  add(message: string): void {
    this.messages.push(message);
  }
}

export function csvToDataset(text: string, options: CsvImportOptions = {}): CsvImportResult {
  const problems: CsvProblem[] = [];
  const notes: string[] = [];
  const base = options.base;
  const state: State = {
    sources: new Map((base?.sources ?? []).map((s) => [s.id, { value: s, row: null }])),
    people: new Map((base?.people ?? []).map((p) => [p.id, { value: p, row: null }])),
    claims: new Map((base?.claims ?? []).map((c) => [c.id, { value: c, row: null }])),
    eventRows: new Map(),
    eventIds: new Set(),
  };
  const events: EventInput[] = [];
  const createdClaims: string[] = [];

  const table = readTable(text, problems);
  if (table) {
    // Explicit ids are reserved first so that an id made from a title never takes one.
    for (const row of table.rows) {
      const id = row.get("id");
      if (id !== "" && isSlug(id)) state.eventIds.add(id);
    }
    for (const row of table.rows) {
      const rowProblems = new RowProblems();
      const stage: Stage = { sources: new Map(), people: new Map(), claims: new Map() };
      const event = convertRow(row, state, stage, rowProblems, notes);
      if (event && rowProblems.messages.length === 0) {
        commit(stage, state, row.number);
        for (const id of stage.claims.keys()) createdClaims.push(id);
        state.eventRows.set(event.id, row.number);
        events.push(event);
      } else {
        for (const message of rowProblems.messages) problems.push({ row: row.number, message });
      }
    }
  }

  if (createdClaims.length > 0) {
    notes.push(
      `claims created from their ids (text = the id, status unverified; describe them in the JSON, or import with --base): ${createdClaims.join(", ")}`,
    );
  }
  if (base && base.events.length > 0) {
    notes.push(
      `the ${count(base.events.length, "event", "events")} of --base were replaced by the rows`,
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
  const people = [...state.people.values()].map((known) => known.value);
  const claims = [...state.claims.values()].map((known) => known.value);
  const dataset: DatasetInput = {
    ...(base?.$schema === undefined ? {} : { $schema: base.$schema }),
    version: 1,
    id: pick("id", () => slugify(name.replace(/\.[a-z]+$/i, "")) || "imported-timeline"),
    title: pick("title", () => `Imported from ${name}`),
    summary: pick("summary", () => `Imported from ${name}; replace this summary.`),
    updated: pick("updated", () => options.today ?? new Date().toISOString().slice(0, 10)),
    ...(language === undefined ? {} : { language }),
    ...(people.length > 0 || base?.people ? { people } : {}),
    ...(claims.length > 0 || base?.claims ? { claims } : {}),
    sources: [...state.sources.values()].map((known) => known.value),
    events,
    ...(base?.corrections ? { corrections: base.corrections } : {}),
  };
  if (defaults.length > 0) {
    notes.push(`no ${defaults.join(", ")} given (options or --base): defaults were written`);
  }
  return { dataset, problems: problems.toSorted((a, b) => a.row - b.row), notes };
}

function commit(stage: Stage, state: State, row: number): void {
  for (const [id, value] of stage.sources) {
    // A source from --base that a row described is that row's from now on.
    const known = state.sources.get(id);
    state.sources.set(id, { value, row: known && known.row !== null ? known.row : row });
  }
  for (const [id, value] of stage.people) state.people.set(id, { value, row });
  for (const [id, value] of stage.claims) state.claims.set(id, { value, row });
}

interface Row {
  number: number;
  get(column: string): string;
  /** Annotation groups present in the header, 1 = the unsuffixed columns. */
  groups: readonly number[];
}

function readTable(text: string, problems: CsvProblem[]): { rows: Row[] } | null {
  const content = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(content, {
    delimiter: guessDelimiter(content),
    skipEmptyLines: false,
  });
  const errorRows = new Set<number>();
  for (const error of parsed.errors) {
    const row = (error.row ?? 0) + 1;
    errorRows.add(row);
    problems.push({ row, message: `cannot be read as CSV: ${error.message}` });
  }
  const [headerCells, ...records] = parsed.data;
  if (!headerCells || headerCells.every((cell) => cell.trim() === "")) {
    problems.push({
      row: 1,
      message: "the header row is missing (it names the columns: id, date, …)",
    });
    return null;
  }

  const columns = new Map<string, number>();
  const groups = new Set<number>();
  const unnamed: number[] = [];
  headerCells.forEach((cell, index) => {
    const name = cell
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    if (name === "") {
      unnamed.push(index);
      return;
    }
    const group = annotationGroup(name);
    if (!BASE_NAMES.has(name) && group === null) {
      problems.push({
        row: 1,
        message: `unknown column "${cell.trim()}" (columns: ${CSV_COLUMNS.map((c) => c.name).join(", ")}, and annotation_2… for more annotations)`,
      });
      return;
    }
    if (columns.has(name)) {
      problems.push({ row: 1, message: `column "${name}" appears twice` });
      return;
    }
    columns.set(name, index);
    if (group !== null) groups.add(group);
  });
  const missing = CSV_COLUMNS.filter((c) => c.required && !columns.has(c.name)).map((c) => c.name);
  if (!SOURCE_COLUMNS.some(([, column]) => columns.has(column))) {
    missing.push("source_urls (or source_outlets, source_ids)");
  }
  if (missing.length > 0) {
    problems.push({
      row: 1,
      message: `missing column${missing.length === 1 ? "" : "s"}: ${missing.join(", ")}`,
    });
    return null;
  }

  const rows: Row[] = [];
  records.forEach((record, index) => {
    const number = index + 2;
    if (record.every((cell) => cell.trim() === "")) return;
    if (errorRows.has(number)) return;
    const stray = [...unnamed, ...range(headerCells.length, record.length)].filter(
      (i) => (record[i] ?? "").trim() !== "",
    );
    if (stray.length > 0) {
      problems.push({
        row: number,
        message: `column ${stray.map((i) => i + 1).join(", ")} has no name in the header row; its value would be lost`,
      });
      return;
    }
    rows.push({
      number,
      get: (column) => {
        const at = columns.get(column);
        return at === undefined ? "" : unescapeCell(record[at] ?? "");
      },
      groups: [...groups].sort((a, b) => a - b),
    });
  });
  return { rows };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Group number of an annotation column (annotation → 1, quote_3 → 3), or null. */
function annotationGroup(name: string): number | null {
  for (const field of ANNOTATION_FIELDS) {
    if (name === field) return 1;
    const match = new RegExp(`^${field}_([0-9]+)$`).exec(name);
    if (match?.[1] !== undefined && Number(match[1]) >= 2) return Number(match[1]);
  }
  return null;
}

/** Comma unless the header line clearly uses semicolons or tabs (European spreadsheets). */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ",";
}

// ---------------------------------------------------------------------------------------
// One row

function convertRow(
  row: Row,
  state: State,
  stage: Stage,
  problems: RowProblems,
  notes: string[],
): EventInput | null {
  const title = row.get("title");
  const summary = row.get("summary");
  const date = row.get("date");
  if (title === "") problems.add("title: is empty");
  if (summary === "") problems.add("summary: is empty");
  if (date === "") problems.add("date: is empty");
  else checkDate(date, "date", problems);

  const id = eventId(row, title, state, problems, notes);
  const kindText = row.get("kind").toLowerCase();
  const kind = EVENT_KINDS.find((k) => k === kindText);
  if (!kind) {
    problems.add(
      kindText === ""
        ? `kind: is empty (one of ${EVENT_KINDS.join(", ")})`
        : `kind: "${row.get("kind")}" is not one of ${EVENT_KINDS.join(", ")}`,
    );
  }

  const rowSources = readSources(row, state, stage, problems);
  const resolve = (cell: string, column: string): string[] | null =>
    resolvePositions(cell, rowSources, column, problems);
  const eventSources = resolve(row.get("event_sources"), "event_sources") ?? [
    ...new Set(rowSources.filter((s) => s !== null)),
  ];
  if (rowSources.length === 0) {
    problems.add(
      "cites no source: fill source_urls or source_outlets (every event cites at least one source)",
    );
  }

  const people = splitList(row.get("people"))
    .filter((item) => item !== "")
    .map((item) => readPerson(item, "people", state, stage, problems));
  const tags = readTags(row.get("tags"), problems);
  const claims = readClaims(row.get("claims"), state, stage, problems);
  const altDates = readAltDates(row.get("alt_dates"), eventSources, resolve, problems);
  const annotations = readAnnotations(row, eventSources, resolve, state, stage, problems);

  if (problems.messages.length > 0 || !kind || id === null) return null;
  const place = row.get("place");
  const short = row.get("short");
  const event: EventInput = {
    id,
    title,
    ...(short === "" ? {} : { short }),
    summary,
    date,
    ...(altDates.length > 0 ? { altDates } : {}),
    kind,
    ...(place === "" ? {} : { place }),
    ...(people.length > 0 ? { people: people.filter((p) => p !== null) } : {}),
    ...(claims.length > 0 ? { claims } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
    sources: eventSources,
    ...(tags.length > 0 ? { tags } : {}),
  };

  checkSchema(eventSchema, event, problems, eventColumn);
  for (const source of stage.sources.values()) {
    checkSchema(
      sourceSchema,
      source,
      problems,
      (path) => `source "${source.id}" ${sourceColumn(path)}`,
    );
  }
  for (const person of stage.people.values()) {
    checkSchema(personSchema, person, problems, () => `person "${person.id}"`);
  }
  return problems.messages.length > 0 ? null : event;
}

function eventId(
  row: Row,
  title: string,
  state: State,
  problems: RowProblems,
  notes: string[],
): string | null {
  const given = row.get("id");
  if (given === "") {
    if (title === "") return null;
    const id = uniqueSlug(slugify(title), state.eventIds, "event");
    notes.push(`row ${row.number}: no id; made "${id}" from the title`);
    return id;
  }
  if (!isSlug(given)) {
    const suggestion = slugify(given);
    problems.add(
      `id: "${given}" is not a slug (lowercase letters, digits and single hyphens${suggestion ? `, e.g. ${suggestion}` : ""})`,
    );
    return null;
  }
  const first = state.eventRows.get(given);
  if (first !== undefined) {
    problems.add(`id: "${given}" is already used in row ${first}`);
    return null;
  }
  return given;
}

/** Dates as spreadsheets rewrite them: 2/13/2025, 13.02.2025, Feb-25, 13-Feb-2025. */
const SPREADSHEET_DATE =
  /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Za-z]{3}-\d{2}|\d{1,2}-[A-Za-z]{3}(?:-\d{2,4})?)$/;

function checkDate(value: string, column: string, problems: RowProblems): void {
  const parsed = parseEdtf(value);
  if (parsed.ok) return;
  const hint = SPREADSHEET_DATE.test(value)
    ? " (a spreadsheet may have rewritten it: format the column as plain text and write dates like 2025-02-13)"
    : "";
  problems.add(`${column}: ${parsed.error}${hint}`);
}

function checkSchema(
  schema: typeof eventSchema | typeof sourceSchema | typeof personSchema,
  value: unknown,
  problems: RowProblems,
  column: (path: readonly PropertyKey[]) => string,
): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const message = `${column(issue.path)}: ${issue.message}`;
    // Shape problems that the row checks above already reported would only repeat them.
    if (!seen.has(message)) problems.add(message);
    seen.add(message);
  }
}

function eventColumn(path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  switch (first) {
    case "annotations": {
      const group = typeof index === "number" ? index + 1 : 1;
      const names: Record<string, AnnotationField> = {
        text: "annotation",
        quote: "quote",
        speaker: "speaker",
        attribution: "attribution",
        sources: "annotation_sources",
      };
      const name = names[String(field)] ?? "annotation";
      return group === 1 ? name : `${name}_${group}`;
    }
    case "altDates":
      return `alt_dates ${formatPath(path.slice(1))}`;
    case "sources":
      return "event_sources";
    default:
      return formatPath(path);
  }
}

function sourceColumn(path: readonly PropertyKey[]): string {
  const field = path[0];
  const column = SOURCE_COLUMNS.find(([name]) => name === field)?.[1];
  return column ? `(${column})` : formatPath(path);
}

/** The row's sources by position (index 0 = position 1); null where one was not usable. */
function readSources(
  row: Row,
  state: State,
  stage: Stage,
  problems: RowProblems,
): (string | null)[] {
  const lists = SOURCE_COLUMNS.map(
    ([field, column]) => [field, splitList(row.get(column))] as const,
  );
  const length = Math.max(0, ...lists.map(([, items]) => items.length));
  const result: (string | null)[] = [];
  for (let i = 0; i < length; i += 1) {
    const entry: Partial<Record<SourceField, string>> = {};
    for (const [field, items] of lists) {
      const value = items[i] ?? "";
      if (value !== "") entry[field] = value;
    }
    result.push(readSource(entry, i + 1, state, stage, problems));
  }
  return result;
}

function lookupSource(id: string, state: State, stage: Stage): Known<SourceInput> | undefined {
  const staged = stage.sources.get(id);
  if (staged) return { value: staged, row: -1 };
  return state.sources.get(id);
}

function readSource(
  entry: Partial<Record<SourceField, string>>,
  position: number,
  state: State,
  stage: Stage,
  problems: RowProblems,
): string | null {
  const label = `source ${position}`;
  const { id, ...details } = entry;
  const given: SourceDetails = details;
  if (given.url !== undefined && !isHttpUrl(given.url)) {
    problems.add(`${label} (source_urls): "${given.url}" is not an absolute http(s) URL`);
    return null;
  }
  if (given.published !== undefined)
    checkDate(given.published, `${label} (source_published)`, problems);

  if (id !== undefined) {
    if (!isSlug(id)) {
      problems.add(
        `${label} (source_ids): "${id}" is not a slug (lowercase letters, digits, hyphens)`,
      );
      return null;
    }
    const known = lookupSource(id, state, stage);
    if (known) {
      mergeSource(known, given, label, stage, problems);
      return id;
    }
  }
  if (Object.keys(given).length === 0) {
    problems.add(
      id === undefined
        ? `${label}: every source_* cell is empty at this position`
        : `${label}: unknown source "${id}" (describe it: give at least its outlet or URL)`,
    );
    return null;
  }
  const outlet = given.outlet ?? (given.url ? hostOf(given.url) : undefined);
  if (outlet === undefined) {
    problems.add(`${label}: has no outlet and no URL`);
    return null;
  }
  const source: SourceInput = { id: id ?? "", outlet, ...withoutOutlet(given) };
  if (id === undefined) {
    const same = findSameSource(source, given, state, stage);
    if (same !== undefined) return same;
    const taken = new Set([...state.sources.keys(), ...stage.sources.keys()]);
    const stem = slugify(`${outlet} ${given.published ?? ""}`);
    source.id = uniqueSlug(stem, taken, "source");
  }
  stage.sources.set(source.id, orderSource(source));
  return source.id;
}

function withoutOutlet(details: SourceDetails): Omit<SourceDetails, "outlet"> {
  const { outlet: _outlet, ...rest } = details;
  return rest;
}

/** Key order as in the format's documentation. */
function orderSource(source: SourceInput): SourceInput {
  const ordered: SourceInput = { id: source.id, outlet: source.outlet };
  for (const [field] of SOURCE_COLUMNS) {
    if (field === "id" || field === "outlet") continue;
    const value = source[field];
    if (value !== undefined) ordered[field] = value;
  }
  return ordered;
}

/** An id-less source that repeats one already known (same URL, or the same details). */
function findSameSource(
  source: SourceInput,
  given: SourceDetails,
  state: State,
  stage: Stage,
): string | undefined {
  const candidates = [
    ...stage.sources.values(),
    ...[...state.sources.values()].map((known) => known.value),
  ];
  for (const candidate of candidates) {
    if (given.url !== undefined) {
      if (candidate.url !== given.url) continue;
      const agrees = (Object.keys(given) as (keyof SourceDetails)[]).every(
        (field) => candidate[field] === given[field],
      );
      if (agrees) return candidate.id;
    } else {
      const fields = SOURCE_COLUMNS.map(([field]) => field).filter((f) => f !== "id");
      if (fields.every((field) => candidate[field] === source[field])) return candidate.id;
    }
  }
  return undefined;
}

/** A known source cited again: details given again must agree; new ones fill gaps. */
function mergeSource(
  known: Known<SourceInput>,
  given: SourceDetails,
  label: string,
  stage: Stage,
  problems: RowProblems,
): void {
  const current = known.value;
  if (known.row === null) {
    // From --base, first cited by a row: the row's values win (that is how authors edit).
    if (Object.keys(given).length > 0) {
      stage.sources.set(current.id, orderSource({ ...current, ...given }));
    }
    return;
  }
  const merged: SourceInput = { ...current };
  let changed = false;
  for (const [field, value] of Object.entries(given) as [keyof SourceDetails, string][]) {
    const existing = current[field];
    if (existing === undefined) {
      merged[field] = value;
      changed = true;
    } else if (existing !== value) {
      const where = known.row === -1 ? "earlier in this row" : `in row ${known.row}`;
      problems.add(
        `${label}: source "${current.id}" has ${field} "${value}" here but "${existing}" ${where}`,
      );
    }
  }
  if (changed) stage.sources.set(current.id, orderSource(merged));
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

function resolvePositions(
  cell: string,
  rowSources: readonly (string | null)[],
  column: string,
  problems: RowProblems,
): string[] | null {
  if (cell.trim() === "") return null;
  const ids: string[] = [];
  for (const part of cell.split("+")) {
    const text = part.trim();
    const n = Number(text);
    if (!/^[0-9]+$/.test(text) || n < 1 || n > rowSources.length) {
      problems.add(
        `${column}: "${text}" is not a source position (this row has ${count(rowSources.length, "source", "sources")}; write e.g. 1+2)`,
      );
      continue;
    }
    const id = rowSources[n - 1];
    if (id) ids.push(id);
  }
  return ids;
}

function readPerson(
  item: string,
  column: string,
  state: State,
  stage: Stage,
  problems: RowProblems,
): string | null {
  // A known id on its own refers to that person, whatever their name.
  if (state.people.has(item) || stage.people.has(item)) return item;
  const { id, name } = parsePerson(item);
  if (id === "") {
    problems.add(`${column}: cannot make an id from "${item}"; write it as "${item} (some-id)"`);
    return null;
  }
  const known = stage.people.get(id) ?? state.people.get(id)?.value;
  if (known) {
    const comparable = (text: string) => text.replace(/\s+/g, " ").toLowerCase();
    if (comparable(known.name) !== comparable(name)) {
      const where = stage.people.has(id) ? undefined : state.people.get(id)?.row;
      const origin =
        where === null
          ? "in --base"
          : where === undefined
            ? "earlier in this row"
            : `in row ${where}`;
      problems.add(
        `${column}: "${item}" names person "${id}" "${name}", but ${origin} they are "${known.name}"`,
      );
    }
    return id;
  }
  stage.people.set(id, { id, name });
  return id;
}

function readTags(cell: string, problems: RowProblems): string[] {
  const tags: string[] = [];
  for (const item of splitList(cell)) {
    if (item === "") continue;
    const tag = isSlug(item) ? item : slugify(item, 40);
    if (tag === "") problems.add(`tags: cannot make a tag from "${item}"`);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function readClaims(
  cell: string,
  state: State,
  stage: Stage,
  problems: RowProblems,
): EventClaimInput[] {
  const links: EventClaimInput[] = [];
  for (const item of splitList(cell)) {
    if (item === "") continue;
    const match = /^(.*?)\s*:\s*([A-Za-z]+)$/.exec(item);
    const id = match?.[1] ?? "";
    const stance = STANCES.find((s) => s === match?.[2]?.toLowerCase());
    if (!match || !stance || !isSlug(id)) {
      problems.add(
        `claims: "${item}" is not claim-id:stance (stance: ${STANCES.join(", ")}; e.g. romance:supports)`,
      );
      continue;
    }
    if (!state.claims.has(id) && !stage.claims.has(id)) {
      stage.claims.set(id, { id, text: id.replace(/-/g, " "), status: "unverified" });
    }
    links.push({ claim: id, stance });
  }
  return links;
}

function readAltDates(
  cell: string,
  eventSources: string[],
  resolve: (cell: string, column: string) => string[] | null,
  problems: RowProblems,
): AltDateInput[] {
  const result: AltDateInput[] = [];
  for (const item of splitList(cell)) {
    if (item === "") continue;
    const match = /^([\s\S]*?)(?:@([0-9+\s]*))?(?::\s([\s\S]*))?$/.exec(item);
    const date = match?.[1]?.trim() ?? "";
    if (!match || date === "") {
      problems.add(`alt_dates: "${item}" is not date@positions: note (e.g. 2025-02-14@2: note)`);
      continue;
    }
    checkDate(date, "alt_dates", problems);
    const alt: AltDateInput = {
      date,
      sources:
        match[2] === undefined ? eventSources : (resolve(match[2], "alt_dates") ?? eventSources),
    };
    const note = match[3]?.trim();
    if (note) alt.note = note;
    result.push(alt);
  }
  return result;
}

function readAnnotations(
  row: Row,
  eventSources: string[],
  resolve: (cell: string, column: string) => string[] | null,
  state: State,
  stage: Stage,
  problems: RowProblems,
): AnnotationInput[] {
  const result: AnnotationInput[] = [];
  for (const group of row.groups) {
    const [textColumn, quoteColumn, speakerColumn, attributionColumn, sourcesColumn] =
      annotationColumns(group) as [string, string, string, string, string];
    const text = row.get(textColumn);
    const quote = row.get(quoteColumn);
    const speaker = row.get(speakerColumn);
    const attribution = row.get(attributionColumn).toLowerCase();
    const sources = row.get(sourcesColumn);
    if ([text, quote, speaker, attribution, sources].every((cell) => cell === "")) continue;
    if (text === "") {
      problems.add(`${textColumn}: is empty, but ${quoteColumn}, ${speakerColumn}, … are filled`);
      continue;
    }
    const note: AnnotationInput = {
      text,
      sources: resolve(sources, sourcesColumn) ?? eventSources,
    };
    if (quote !== "") note.quote = quote;
    const speakers = splitList(speaker).filter((item) => item !== "");
    if (speakers.length > 1) problems.add(`${speakerColumn}: names more than one person`);
    const [first] = speakers;
    if (first !== undefined) {
      const id = readPerson(first, speakerColumn, state, stage, problems);
      if (id !== null) note.speaker = id;
    }
    if (attribution !== "") {
      const known = ATTRIBUTIONS.find((a) => a === attribution);
      if (known) note.attribution = known;
      else
        problems.add(
          `${attributionColumn}: "${attribution}" is not one of ${ATTRIBUTIONS.join(", ")}`,
        );
    }
    result.push({
      text: note.text,
      ...(note.quote === undefined ? {} : { quote: note.quote }),
      ...(note.speaker === undefined ? {} : { speaker: note.speaker }),
      ...(note.attribution === undefined ? {} : { attribution: note.attribution }),
      sources: note.sources,
    });
  }
  return result;
}
