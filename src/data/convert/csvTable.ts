// The spreadsheet's text → its rows by header name, numbered as a spreadsheet shows them
// (the header is row 1; a cell on several lines is one row). Papaparse reads the CSV: it
// drops a byte order mark and guesses the separator; what it cannot read is reported here,
// every row that an unclosed quote swallowed included.
import Papa from "papaparse";
import { unescapeCell } from "./csvCells.ts";
import { ANNOTATION_FIELDS, CSV_COLUMNS, SOURCE_COLUMNS } from "./csvColumns.ts";

export interface CsvProblem {
  /** Row as a spreadsheet shows it: the header is row 1. */
  row: number;
  message: string;
}

export interface Row {
  number: number;
  get(column: string): string;
  /** Annotation groups present in the header, 1 = the unsuffixed columns. */
  groups: readonly number[];
}

/** Comma, or what European spreadsheets and "Text (tab delimited)" write. */
const SEPARATORS = [",", ";", "\t"];
const COLUMN_NAMES = new Set(CSV_COLUMNS.map((column) => column.name));

export function readTable(text: string): { rows: Row[] | null; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  // The separator is guessed on the rows that are not blank: papaparse counts a blank line
  // (the file's last, say) as a row of one cell, and that made it take ";" for ",". Blank
  // rows are kept when reading, for the row numbers. A separator that cannot be guessed
  // leaves a comma, and the header's missing columns say what is wrong.
  const { delimiter } = Papa.parse<string[]>(text, {
    delimitersToGuess: SEPARATORS,
    skipEmptyLines: true,
    preview: 1,
  }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const { records, numbers, unread } = numberRecords(parsed, problems);
  const [headerCells, ...data] = records;
  if (!headerCells || headerCells.every((cell) => cell.trim() === "")) {
    problems.push({
      row: 1,
      message: "the header row is missing (it names the columns: id, date, …)",
    });
    return { rows: null, problems };
  }
  const header = readHeader(headerCells, problems);
  if (header === null) return { rows: null, problems };

  const rows: Row[] = [];
  data.forEach((record, index) => {
    const number = numbers[index + 1] ?? 0;
    if (record.every((cell) => cell.trim() === "")) return;
    if (unread.has(number)) return;
    const stray = [...header.unnamed, ...range(headerCells.length, record.length)].filter(
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
        const at = header.columns.get(column);
        return at === undefined ? "" : unescapeCell(record[at] ?? "");
      },
      groups: header.groups,
    });
  });
  return { rows, problems };
}

/**
 * Each record's row number, and the rows that cannot be read. A quote that opens a cell and
 * never closes reads the rows after it into that cell: each of them is reported, and the
 * rows after them keep the numbers they have in the file.
 */
function numberRecords(
  parsed: Papa.ParseResult<string[]>,
  problems: CsvProblem[],
): { records: string[][]; numbers: number[]; unread: Set<number> } {
  const errors = new Map<number, Papa.ParseError[]>();
  for (const error of parsed.errors) {
    const at = error.row ?? 0;
    errors.set(at, [...(errors.get(at) ?? []), error]);
  }
  const numbers: number[] = [];
  const unread = new Set<number>();
  let shift = 0;
  parsed.data.forEach((record, index) => {
    const number = index + 1 + shift;
    numbers.push(number);
    const recordErrors = errors.get(index);
    if (recordErrors === undefined) return;
    unread.add(number);
    const swallowed = swallowedRows(record, recordErrors, parsed.meta.delimiter);
    const messages = [...new Set(recordErrors.map((error) => error.message))];
    for (const [i, message] of messages.entries()) {
      problems.push({
        row: number,
        message: `cannot be read as CSV: ${message}${i === 0 ? swallowNote(number, swallowed.length) : ""}`,
      });
    }
    swallowed.forEach((empty, i) => {
      if (empty) return;
      problems.push({
        row: number + 1 + i,
        message: `not read: swallowed by the unclosed quote in row ${number}`,
      });
    });
    shift += swallowed.length;
  });
  return { records: parsed.data, numbers, unread };
}

/**
 * The rows that a quote error read into one cell, as the file has them (true where a row is
 * empty). The cell is the one with the most line breaks; its text after its first line is
 * read again as CSV, so that a cell there that rightly spans lines stays one row.
 */
function swallowedRows(record: string[], errors: Papa.ParseError[], delimiter: string): boolean[] {
  if (!errors.some((error) => error.type === "Quotes")) return [];
  let cell = "";
  for (const candidate of record) if (lineBreaks(candidate) > lineBreaks(cell)) cell = candidate;
  const rest = /\r\n|\n|\r/.exec(cell);
  if (rest === null) return [];
  const again = Papa.parse<string[]>(cell.slice(rest.index + rest[0].length), { delimiter });
  const empty = again.data.map((row) => row.every((value) => value.trim() === ""));
  // The line break that ends the file is no row.
  while (empty.at(-1) === true) empty.pop();
  return empty;
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}

function swallowNote(number: number, count: number): string {
  if (count === 0) return "";
  const rows =
    count === 1 ? `row ${number + 1} was` : `rows ${number + 1} to ${number + count} were`;
  return `; a quote opens a cell in this row and does not close in it, so ${rows} read into that cell (close the quote)`;
}

interface Header {
  columns: Map<string, number>;
  groups: readonly number[];
  /** Positions of header cells left empty. */
  unnamed: number[];
}

function readHeader(cells: readonly string[], problems: CsvProblem[]): Header | null {
  const columns = new Map<string, number>();
  const groups = new Set<number>();
  const unnamed: number[] = [];
  cells.forEach((cell, index) => {
    const name = cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    if (name === "") {
      unnamed.push(index);
      return;
    }
    const group = annotationGroup(name);
    if (!COLUMN_NAMES.has(name) && group === null) {
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
  return { columns, groups: [...groups].sort((a, b) => a - b), unnamed };
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
