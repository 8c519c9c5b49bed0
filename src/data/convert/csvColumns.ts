// The columns of the spreadsheet (CSV) form of a dataset, documented for authors: README's
// table and the import's error messages come from here, and limits from the schema's.
import { ATTRIBUTIONS, EVENT_KINDS, STANCES } from "../model.ts";
import { LIMITS } from "../rules.ts";
import type { DatasetInput } from "../schema.ts";

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
      "EDTF date: 2025, 2025-02, 2025-02-13, 2025-02-13T21:30Z (or +01:00); ? uncertain, ~ approximate, % both; intervals 2025-04-29/2025-05-03; open ends ../2025-02-20 and 2025-07/..; years before 1 AD as -0044-03-15 (0000 is 1 BC, -0044 is 45 BC). Format the column as plain text so that the spreadsheet does not rewrite dates.",
    example: "2025-02-13",
  },
  {
    name: "title",
    required: true,
    description: `Short neutral title (at most ${LIMITS.title} characters).`,
    example: "Dinner in Soho",
  },
  {
    name: "summary",
    required: true,
    description: `What happened, in your own words (at most ${LIMITS.summary.toLocaleString("en")} characters).`,
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
    description: `Shorter title for labels on the timeline (at most ${LIMITS.short} characters). Empty: the title, cut to fit.`,
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
    name: "added",
    required: false,
    description:
      "When the dataset gained the event (not when it happened): a day or a date and time (EDTF), e.g. 2025-02-16 or 2025-02-16T09:30Z.",
    example: "2025-02-16",
  },
  {
    name: "updated",
    required: false,
    description:
      "When the dataset last changed the event: a day or a date and time (EDTF), not before added.",
    example: "",
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
  {
    name: "source_archived_urls",
    required: false,
    description:
      "URL of an archived copy of each source (http or https), e.g. in the Wayback Machine; give its date in source_archived_dates.",
    example: "https://web.archive.org/web/20250220093000/https://people.com/example",
  },
  {
    name: "source_archived_dates",
    required: false,
    description: "When each archived copy was made (EDTF).",
    example: "2025-02-20T09:30Z",
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

export const ANNOTATION_FIELDS = [
  "annotation",
  "quote",
  "speaker",
  "attribution",
  "annotation_sources",
] as const;
export type AnnotationField = (typeof ANNOTATION_FIELDS)[number];

export const SOURCE_COLUMNS = [
  ["id", "source_ids"],
  ["outlet", "source_outlets"],
  ["url", "source_urls"],
  ["title", "source_titles"],
  ["published", "source_published"],
  ["relays", "source_relays"],
  ["language", "source_languages"],
  ["archivedUrl", "source_archived_urls"],
  ["archivedDate", "source_archived_dates"],
] as const;
export type SourceField = (typeof SOURCE_COLUMNS)[number][0];
export type DetailField = Exclude<SourceField, "id">;
export type SourceDetails = Partial<Record<DetailField, string>>;

type SourceInput = DatasetInput["sources"][number];

/** What a source holds for one source_* column: its archived copy is two columns. */
export function sourceDetail(source: SourceInput, field: DetailField): string | undefined {
  switch (field) {
    case "archivedUrl":
      return source.archived?.url;
    case "archivedDate":
      return source.archived?.date;
    default:
      return source[field];
  }
}

/**
 * A source from its id and outlet and the details of its columns, keys in the format's
 * order. An archived copy needs both its URL and its date (the import checks that a row
 * gives both or neither).
 */
export function sourceFromDetails(id: string, outlet: string, details: SourceDetails): SourceInput {
  const source: SourceInput = { id, outlet };
  for (const [field] of SOURCE_COLUMNS) {
    if (
      field === "id" ||
      field === "outlet" ||
      field === "archivedUrl" ||
      field === "archivedDate"
    ) {
      continue;
    }
    const value = details[field];
    if (value !== undefined) source[field] = value;
  }
  const { archivedUrl: url, archivedDate: date } = details;
  if (url !== undefined && date !== undefined) source.archived = { url, date };
  return source;
}

/** Every detail of a source by field, its outlet included (its id aside). */
export function detailsOf(source: SourceInput): SourceDetails {
  const details: SourceDetails = {};
  for (const [field] of SOURCE_COLUMNS) {
    if (field === "id") continue;
    const value = sourceDetail(source, field);
    if (value !== undefined) details[field] = value;
  }
  return details;
}

/** The five column names of annotation group `group` (1 = the unsuffixed columns). */
export function annotationColumns(group: number): string[] {
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
