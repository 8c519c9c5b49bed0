// One spreadsheet row → one event. What the row adds (sources, people, claims) is staged
// here and becomes known to later rows only when the whole row converts.
import { ATTRIBUTIONS, EVENT_KINDS, STANCES } from "../model.ts";
import { formatPath } from "../path.ts";
import { eventSchema, personSchema, type DatasetInput } from "../schema.ts";
import { checkDate, checkSchema, RowProblems } from "./csvChecks.ts";
import { parsePerson, splitList } from "./csvCells.ts";
import { annotationColumns, type AnnotationField } from "./csvColumns.ts";
import { SourceStage, type Known, type SourceBook } from "./csvSources.ts";
import type { Row } from "./csvTable.ts";
import { isSlug, slugify, type UniqueSlugs } from "./slug.ts";
import { LIMITS } from "../rules.ts";
import { countOf } from "../countOf.ts";

type EventInput = DatasetInput["events"][number];
type PersonInput = NonNullable<DatasetInput["people"]>[number];
type ClaimInput = NonNullable<DatasetInput["claims"]>[number];
type AnnotationInput = NonNullable<EventInput["annotations"]>[number];
type AltDateInput = NonNullable<EventInput["altDates"]>[number];
type EventClaimInput = NonNullable<EventInput["claims"]>[number];

/** What a row reads of the import so far. */
export interface ImportContext {
  readonly sources: SourceBook;
  readonly people: ReadonlyMap<string, Known<PersonInput>>;
  readonly claims: ReadonlyMap<string, Known<ClaimInput>>;
  /** Event id → the row that has it. */
  readonly eventRows: ReadonlyMap<string, number>;
  /** Ids given in the sheet and ids made so far: a made id takes none of them. */
  readonly eventIds: Set<string>;
  readonly eventSlugs: UniqueSlugs;
  /** Ids made from titles, for the notes. */
  readonly madeIds: { row: number; id: string }[];
}

export class RowReader {
  readonly problems = new RowProblems();
  readonly sources: SourceStage;
  readonly people = new Map<string, PersonInput>();
  readonly claims = new Map<string, ClaimInput>();
  private rowSources: (string | null)[] = [];

  constructor(
    private readonly row: Row,
    private readonly context: ImportContext,
  ) {
    this.sources = new SourceStage(context.sources, this.problems);
  }

  /** The event, or null when the row has any problem (then `problems` says which). */
  read(): EventInput | null {
    const { row, problems } = this;
    const title = row.get("title");
    const summary = row.get("summary");
    const date = row.get("date");
    if (title === "") problems.add("title: is empty");
    if (summary === "") problems.add("summary: is empty");
    if (date === "") problems.add("date: is empty");
    else checkDate(date, "date", problems);
    for (const column of ["added", "updated"]) {
      const value = row.get(column);
      if (value !== "") checkDate(value, column, problems);
    }

    const id = this.eventId(title);
    const kindText = row.get("kind").toLowerCase();
    const kind = EVENT_KINDS.find((k) => k === kindText);
    if (!kind) {
      problems.add(
        kindText === ""
          ? `kind: is empty (one of ${EVENT_KINDS.join(", ")})`
          : `kind: "${row.get("kind")}" is not one of ${EVENT_KINDS.join(", ")}`,
      );
    }

    this.rowSources = this.sources.read(row);
    const eventSources = this.positions(row.get("event_sources"), "event_sources") ?? [
      ...new Set(this.rowSources.filter((s) => s !== null)),
    ];
    if (this.rowSources.length === 0) {
      problems.add(
        "cites no source: fill source_urls or source_outlets (every event cites at least one source)",
      );
    }

    const people = splitList(row.get("people"))
      .filter((item) => item !== "")
      .map((item) => this.person(item, "people"));
    const tags = this.tags(row.get("tags"));
    const claims = this.eventClaims(row.get("claims"));
    const altDates = this.altDates(row.get("alt_dates"), eventSources);
    const annotations = this.annotations(eventSources);

    if (problems.messages.length > 0 || !kind || id === null) return null;
    const place = row.get("place");
    const short = row.get("short");
    const added = row.get("added");
    const updated = row.get("updated");
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
      ...(added === "" ? {} : { added }),
      ...(updated === "" ? {} : { updated }),
    };

    checkSchema(eventSchema, event, problems, eventColumn);
    this.sources.check();
    for (const person of this.people.values()) {
      checkSchema(personSchema, person, problems, () => `person "${person.id}"`);
    }
    return problems.messages.length > 0 ? null : event;
  }

  private eventId(title: string): string | null {
    const { row, context } = this;
    const given = row.get("id");
    if (given === "") {
      if (title === "") return null;
      const id = context.eventSlugs.make(slugify(title), context.eventIds, "event");
      context.madeIds.push({ row: row.number, id });
      return id;
    }
    if (!isSlug(given)) {
      const suggestion = slugify(given);
      this.problems.add(
        `id: "${given}" is not a slug (lowercase letters, digits and single hyphens${suggestion ? `, e.g. ${suggestion}` : ""})`,
      );
      return null;
    }
    const first = context.eventRows.get(given);
    if (first !== undefined) {
      this.problems.add(`id: "${given}" is already used in row ${first}`);
      return null;
    }
    return given;
  }

  /** Source positions ("1+3") → ids; null for an empty cell (the caller's default). */
  private positions(cell: string, column: string): string[] | null {
    if (cell.trim() === "") return null;
    const { rowSources } = this;
    const ids: string[] = [];
    for (const part of cell.split("+")) {
      const text = part.trim();
      const n = Number(text);
      if (!/^[0-9]+$/.test(text) || n < 1 || n > rowSources.length) {
        this.problems.add(
          `${column}: "${text}" is not a source position (this row has ${countOf(rowSources.length, "source", "sources")}; write e.g. 1+2)`,
        );
        continue;
      }
      const id = rowSources[n - 1];
      if (id) ids.push(id);
    }
    return ids;
  }

  private person(item: string, column: string): string | null {
    const known = this.context.people;
    // A known id on its own refers to that person, whatever their name.
    if (known.has(item) || this.people.has(item)) return item;
    const { id, name } = parsePerson(item);
    if (id === "") {
      this.problems.add(
        `${column}: cannot make an id from "${item}"; write it as "${item} (some-id)"`,
      );
      return null;
    }
    const existing = this.people.get(id) ?? known.get(id)?.value;
    if (existing) {
      const comparable = (text: string) => text.replace(/\s+/g, " ").toLowerCase();
      if (comparable(existing.name) !== comparable(name)) {
        const where = this.people.has(id) ? undefined : known.get(id)?.row;
        const origin =
          where === null
            ? "in --base"
            : where === undefined
              ? "earlier in this row"
              : `in row ${where}`;
        this.problems.add(
          `${column}: "${item}" names person "${id}" "${name}", but ${origin} they are "${existing.name}"`,
        );
      }
      return id;
    }
    this.people.set(id, { id, name });
    return id;
  }

  private tags(cell: string): string[] {
    const tags: string[] = [];
    for (const item of splitList(cell)) {
      if (item === "") continue;
      const tag = isSlug(item) ? item : slugify(item, LIMITS.tag);
      if (tag === "") this.problems.add(`tags: cannot make a tag from "${item}"`);
      else if (!tags.includes(tag)) tags.push(tag);
    }
    return tags;
  }

  private eventClaims(cell: string): EventClaimInput[] {
    const links: EventClaimInput[] = [];
    for (const item of splitList(cell)) {
      if (item === "") continue;
      const match = /^(.*?)\s*:\s*([A-Za-z]+)$/.exec(item);
      const id = match?.[1] ?? "";
      const stance = STANCES.find((s) => s === match?.[2]?.toLowerCase());
      if (!match || !stance || !isSlug(id)) {
        this.problems.add(
          `claims: "${item}" is not claim-id:stance (stance: ${STANCES.join(", ")}; e.g. romance:supports)`,
        );
        continue;
      }
      if (!this.context.claims.has(id) && !this.claims.has(id)) {
        this.claims.set(id, { id, text: id.replace(/-/g, " "), status: "unverified" });
      }
      links.push({ claim: id, stance });
    }
    return links;
  }

  private altDates(cell: string, eventSources: string[]): AltDateInput[] {
    const result: AltDateInput[] = [];
    for (const item of splitList(cell)) {
      if (item === "") continue;
      const match = /^([\s\S]*?)(?:@([0-9+\s]*))?(?::\s([\s\S]*))?$/.exec(item);
      const date = match?.[1]?.trim() ?? "";
      if (!match || date === "") {
        this.problems.add(
          `alt_dates: "${item}" is not date@positions: note (e.g. 2025-02-14@2: note)`,
        );
        continue;
      }
      checkDate(date, "alt_dates", this.problems);
      const alt: AltDateInput = {
        date,
        sources:
          match[2] === undefined
            ? eventSources
            : (this.positions(match[2], "alt_dates") ?? eventSources),
      };
      const note = match[3]?.trim();
      if (note) alt.note = note;
      result.push(alt);
    }
    return result;
  }

  private annotations(eventSources: string[]): AnnotationInput[] {
    const { row, problems } = this;
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
        sources: this.positions(sources, sourcesColumn) ?? eventSources,
      };
      if (quote !== "") note.quote = quote;
      const speakers = splitList(speaker).filter((item) => item !== "");
      if (speakers.length > 1) problems.add(`${speakerColumn}: names more than one person`);
      const [first] = speakers;
      if (first !== undefined) {
        const id = this.person(first, speakerColumn);
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
}

/** The column a schema problem of the event came from. */
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
