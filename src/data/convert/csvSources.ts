// The sources of a spreadsheet import: the source_* columns are parallel lists, the n-th
// item of each describing the row's n-th source. A source is described once and cited by
// id afterwards, or described again in agreement; an id-less source that repeats a known
// one (same URL, or the same details) is that one. Known sources are indexed by id, by URL
// and by their details, so that finding a repeat does not scan them all.
import { formatPath } from "../path.ts";
import { sourceSchema, type DatasetInput } from "../schema.ts";
import { urlProblem } from "../rules.ts";
import { checkDate, checkSchema, type RowProblems } from "./csvChecks.ts";
import { splitList } from "./csvCells.ts";
import {
  detailsOf,
  sourceDetail,
  sourceFromDetails,
  SOURCE_COLUMNS,
  type DetailField,
  type SourceDetails,
  type SourceField,
} from "./csvColumns.ts";
import type { Row } from "./csvTable.ts";
import { isSlug, slugify, UniqueSlugs, type TakenIds } from "./slug.ts";

type SourceInput = DatasetInput["sources"][number];

export interface Known<T> {
  value: T;
  /** Row that described it, or null when it comes from --base; -1: earlier in this row. */
  row: number | null;
}

const DETAIL_FIELDS = SOURCE_COLUMNS.map(([field]) => field).filter(
  (field): field is DetailField => field !== "id",
);

/** The details of a source as a key: sources with equal keys are the same source. */
function detailsKey(source: SourceInput): string {
  return JSON.stringify(DETAIL_FIELDS.map((field) => sourceDetail(source, field) ?? null));
}

/** Every given detail is the candidate's too. */
function agrees(candidate: SourceInput, given: SourceDetails): boolean {
  return (Object.keys(given) as DetailField[]).every(
    (field) => sourceDetail(candidate, field) === given[field],
  );
}

function addTo(index: Map<string, Set<string>>, key: string | undefined, id: string): void {
  if (key === undefined) return;
  const ids = index.get(key);
  if (ids) ids.add(id);
  else index.set(key, new Set([id]));
}

/** The sources known so far: from --base, then from the rows that converted. */
export class SourceBook {
  private readonly known = new Map<string, Known<SourceInput>>();
  /** When each id became known: a repeat is matched to the first, as a scan would. */
  private readonly order = new Map<string, number>();
  private readonly byUrl = new Map<string, Set<string>>();
  private readonly byDetails = new Map<string, Set<string>>();
  /** Ids made from outlet and date count on from where they stopped. */
  readonly slugs = new UniqueSlugs();

  constructor(base: readonly SourceInput[]) {
    for (const source of base) this.set(source.id, { value: source, row: null });
  }

  get(id: string): Known<SourceInput> | undefined {
    return this.known.get(id);
  }

  has(id: string): boolean {
    return this.known.has(id);
  }

  values(): SourceInput[] {
    return [...this.known.values()].map((known) => known.value);
  }

  /** A row's staged sources, once the row converted. */
  commit(staged: ReadonlyMap<string, SourceInput>, row: number): void {
    for (const [id, value] of staged) {
      // A source from --base that a row described is that row's from now on.
      const known = this.known.get(id);
      this.set(id, { value, row: known && known.row !== null ? known.row : row });
    }
  }

  /** The known source that an id-less one repeats, if any. */
  findSame(source: SourceInput, given: SourceDetails): string | undefined {
    return given.url === undefined
      ? this.first(this.byDetails.get(detailsKey(source)), () => true)
      : this.first(this.byUrl.get(given.url), (candidate) => agrees(candidate, given));
  }

  private set(id: string, known: Known<SourceInput>): void {
    const previous = this.known.get(id);
    if (previous === undefined) this.order.set(id, this.order.size);
    else {
      if (previous.value.url !== undefined) this.byUrl.get(previous.value.url)?.delete(id);
      this.byDetails.get(detailsKey(previous.value))?.delete(id);
    }
    this.known.set(id, known);
    addTo(this.byUrl, known.value.url, id);
    addTo(this.byDetails, detailsKey(known.value), id);
  }

  private first(
    ids: ReadonlySet<string> | undefined,
    accept: (candidate: SourceInput) => boolean,
  ): string | undefined {
    let found: string | undefined;
    let foundOrder = Infinity;
    for (const id of ids ?? []) {
      const order = this.order.get(id) ?? Infinity;
      const candidate = this.known.get(id)?.value;
      if (order < foundOrder && candidate !== undefined && accept(candidate)) {
        found = id;
        foundOrder = order;
      }
    }
    return found;
  }
}

/** One row's sources: read, checked against the known ones, and kept apart until it converts. */
export class SourceStage {
  readonly staged = new Map<string, SourceInput>();

  constructor(
    private readonly book: SourceBook,
    private readonly problems: RowProblems,
  ) {}

  /** The row's sources by position (index 0 = position 1); null where one was not usable. */
  read(row: Row): (string | null)[] {
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
      result.push(this.readOne(entry, i + 1));
    }
    return result;
  }

  /** The schema's checks on what this row described, named by column. */
  check(): void {
    for (const source of this.staged.values()) {
      checkSchema(
        sourceSchema,
        source,
        this.problems,
        (path) => `source "${source.id}" ${sourceColumn(path)}`,
      );
    }
  }

  private readOne(entry: Partial<Record<SourceField, string>>, position: number): string | null {
    const label = `source ${position}`;
    const { id, ...given } = entry;
    const urlWrong = given.url === undefined ? null : urlProblem(given.url);
    if (urlWrong !== null) {
      this.problems.add(`${label} (source_urls): "${given.url}" ${urlWrong}`);
      return null;
    }
    if (given.published !== undefined)
      checkDate(given.published, `${label} (source_published)`, this.problems);
    if (!this.archivedCopy(given, label)) return null;

    if (id !== undefined) {
      if (!isSlug(id)) {
        this.problems.add(
          `${label} (source_ids): "${id}" is not a slug (lowercase letters, digits, hyphens)`,
        );
        return null;
      }
      const known = this.lookup(id);
      if (known) {
        this.merge(known, given, label);
        return id;
      }
    }
    if (Object.keys(given).length === 0) {
      this.problems.add(
        id === undefined
          ? `${label}: every source_* cell is empty at this position`
          : `${label}: unknown source "${id}" (describe it: give at least its outlet or URL)`,
      );
      return null;
    }
    const outlet = given.outlet ?? (given.url ? hostOf(given.url) : undefined);
    if (outlet === undefined) {
      this.problems.add(`${label}: has no outlet and no URL`);
      return null;
    }
    const source = sourceFromDetails(id ?? "", outlet, given);
    if (id === undefined) {
      const same = this.findSame(source, given);
      if (same !== undefined) return same;
      // Staging the source takes its id, so the view's add has nothing to do.
      const taken: TakenIds = {
        has: (candidate) => this.staged.has(candidate) || this.book.has(candidate),
        add: () => undefined,
      };
      source.id = this.book.slugs.make(
        slugify(`${outlet} ${given.published ?? ""}`),
        taken,
        "source",
      );
    }
    this.staged.set(source.id, source);
    return source.id;
  }

  /** An archived copy's two cells, both given or neither; false when the row cannot use them. */
  private archivedCopy(given: SourceDetails, label: string): boolean {
    const { archivedUrl: url, archivedDate: date } = given;
    if (url === undefined && date === undefined) return true;
    if (url === undefined || date === undefined) {
      this.problems.add(
        `${label}: an archived copy needs both its URL (source_archived_urls) and its date (source_archived_dates)`,
      );
      return false;
    }
    const wrong = urlProblem(url);
    if (wrong !== null) {
      this.problems.add(`${label} (source_archived_urls): "${url}" ${wrong}`);
      return false;
    }
    checkDate(date, `${label} (source_archived_dates)`, this.problems);
    return true;
  }

  private lookup(id: string): Known<SourceInput> | undefined {
    const staged = this.staged.get(id);
    if (staged) return { value: staged, row: -1 };
    return this.book.get(id);
  }

  /** This row's own sources first (a handful), then the indexed known ones. */
  private findSame(source: SourceInput, given: SourceDetails): string | undefined {
    const key = given.url === undefined ? detailsKey(source) : undefined;
    for (const candidate of this.staged.values()) {
      const same =
        key === undefined
          ? candidate.url === given.url && agrees(candidate, given)
          : detailsKey(candidate) === key;
      if (same) return candidate.id;
    }
    return this.book.findSame(source, given);
  }

  /** A known source cited again: details given again must agree; new ones fill gaps. */
  private merge(known: Known<SourceInput>, given: SourceDetails, label: string): void {
    const current = known.value;
    if (known.row === null) {
      // From --base, first cited by a row: the row's values win (that is how authors edit).
      if (Object.keys(given).length > 0) {
        const details = { ...detailsOf(current), ...given };
        const outlet = details.outlet ?? current.outlet;
        this.staged.set(current.id, sourceFromDetails(current.id, outlet, details));
      }
      return;
    }
    const merged = detailsOf(current);
    let changed = false;
    for (const [field, value] of Object.entries(given) as [DetailField, string][]) {
      const existing = merged[field];
      if (existing === undefined) {
        merged[field] = value;
        changed = true;
      } else if (existing !== value) {
        const where = known.row === -1 ? "earlier in this row" : `in row ${known.row}`;
        this.problems.add(
          `${label}: source "${current.id}" has ${FIELD_NAMES[field] ?? field} "${value}" here but "${existing}" ${where}`,
        );
      }
    }
    if (changed) {
      const outlet = merged.outlet ?? current.outlet;
      this.staged.set(current.id, sourceFromDetails(current.id, outlet, merged));
    }
  }
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** How messages name the details that are not a key of a source of their own. */
const FIELD_NAMES: Partial<Record<DetailField, string>> = {
  archivedUrl: "archived URL",
  archivedDate: "archived date",
};

/** The column a schema problem of a source came from (`archived.url`: source_archived_urls). */
function sourceColumn(path: readonly PropertyKey[]): string {
  const [key, inner] = path;
  const field =
    key === "archived" && (inner === "url" || inner === "date")
      ? `archived${inner === "url" ? "Url" : "Date"}`
      : key;
  const column = SOURCE_COLUMNS.find(([name]) => name === field)?.[1];
  return column ? `(${column})` : formatPath(path);
}
