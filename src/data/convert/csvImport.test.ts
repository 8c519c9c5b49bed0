import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { minimalDataset } from "../fixtures/minimal.ts";
import type { DatasetInput } from "../schema.ts";
import { validateDataset } from "../validate.ts";
import { CSV_COLUMNS, csvColumnsTable, csvHeader, csvToDataset } from "./csv.ts";

const HEADER = "id,date,title,summary,kind,source_outlets,source_urls";

function importRows(...rows: string[]) {
  return csvToDataset([HEADER, ...rows].join("\n"), { today: "2025-11-13" });
}

function messages(result: { problems: { row: number; message: string }[] }): string[] {
  return result.problems.map((p) => `row ${p.row}: ${p.message}`);
}

function expectValid(dataset: DatasetInput): void {
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.problems).toEqual([]);
}

describe("csvToDataset", () => {
  it("imports the template in public/ without problems", () => {
    const text = readFileSync("public/dataset-template.csv", "utf8");
    const result = csvToDataset(text, { today: "2025-11-13", sourceName: "template.csv" });
    expect(result.problems).toEqual([]);
    expect(text.split("\n")[0]).toBe(csvHeader().join(","));
    expect(result.dataset.events.map((e) => e.id)).toEqual(["dinner-sighting", "friends-denial"]);
    expect(result.dataset.id).toBe("template");
    expect(result.dataset.updated).toBe("2025-11-13");
    expectValid(result.dataset);
  });

  it("documents every column it reads", () => {
    for (const column of CSV_COLUMNS) expect(column.description.length).toBeGreaterThan(10);
    expect(CSV_COLUMNS.map((c) => c.name)).toEqual(csvHeader());
    const table = csvColumnsTable().split("\n");
    expect(table).toHaveLength(CSV_COLUMNS.length + 2);
    expect(table[3]).toMatch(/^\| `date` \| yes \| EDTF date/);
  });

  it("uses options, then --base, then defaults for the dataset fields", () => {
    const base = minimalDataset();
    const row = "e1,2025,Title,Summary,report,Outlet,https://x.example/1";
    const withBase = csvToDataset(`${HEADER}\n${row}`, { base, title: "Given title" });
    expect(withBase.dataset).toMatchObject({
      id: "test-rumor",
      title: "Given title",
      summary: "A dataset for tests.",
      updated: "2025-11-13",
      language: "en",
      people: base.people,
      claims: base.claims,
      corrections: base.corrections,
    });
    expect(withBase.dataset.sources.map((s) => s.id)).toEqual(["paper-a", "paper-b", "outlet"]);
    expect(withBase.notes).toContain("the 2 events of --base were replaced by the rows");

    const bare = csvToDataset(`${HEADER}\n${row}`, {
      sourceName: "My Sheet.csv",
      today: "2025-01-02",
    });
    expect(bare.dataset).toMatchObject({
      id: "my-sheet",
      title: "Imported from My Sheet.csv",
      updated: "2025-01-02",
    });
    expect(bare.notes).toContain(
      "no id, title, summary, updated given (options or --base): defaults were written",
    );
    expectValid(bare.dataset);
  });

  it("makes ids, outlets and people from what is there", () => {
    const result = csvToDataset(
      [
        "title,date,summary,kind,people,tags,source_urls",
        "Dinner in Soho,2025-02-13,S,Sighting,Ana de Armas | Tom Cruise (tom),Key moment | london,https://www.people.com/a",
        "Dinner in Soho,2025-02-14,S,report,ana-de-armas,,https://www.people.com/a",
      ].join("\n"),
      {},
    );
    expect(result.problems).toEqual([]);
    const [first, second] = result.dataset.events;
    expect(first).toMatchObject({
      id: "dinner-in-soho",
      kind: "sighting",
      people: ["ana-de-armas", "tom"],
      tags: ["key-moment", "london"],
      sources: ["people-com"],
    });
    expect(second).toMatchObject({ id: "dinner-in-soho-2", people: ["ana-de-armas"] });
    expect(second!.sources).toEqual(["people-com"]);
    expect(result.dataset.sources).toEqual([
      { id: "people-com", outlet: "people.com", url: "https://www.people.com/a" },
    ]);
    expect(result.dataset.people).toEqual([
      { id: "ana-de-armas", name: "Ana de Armas" },
      { id: "tom", name: "Tom Cruise" },
    ]);
    expect(result.notes).toContain('row 2: no id; made "dinner-in-soho" from the title');
  });

  it("notes ids made from titles row by row, and in one note when there are many", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `,2025,Dinner ${i},S,report,O,https://x.example/`);
    expect(importRows(...rows(3)).notes.slice(0, 3)).toEqual([
      'row 2: no id; made "dinner-0" from the title',
      'row 3: no id; made "dinner-1" from the title',
      'row 4: no id; made "dinner-2" from the title',
    ]);
    const many = importRows(...rows(1000));
    expect(many.dataset.events).toHaveLength(1000);
    expect(many.notes.filter((note) => note.includes("made from"))).toEqual([
      '1,000 rows have no id; ids were made from their titles: row 2 "dinner-0", row 3 "dinner-1", row 4 "dinner-2", … row 1001 "dinner-999"',
    ]);
  });

  it("lets a later row cite a source by id alone", () => {
    const result = csvToDataset(
      [
        "id,date,title,summary,kind,source_ids,source_outlets,source_published",
        "a,2025,A,S,report,ppl,People,2025-02-20",
        "b,2025,B,S,report,ppl | new-one,| Other,",
      ].join("\n"),
      {},
    );
    expect(result.problems).toEqual([]);
    expect(result.dataset.sources).toEqual([
      { id: "ppl", outlet: "People", published: "2025-02-20" },
      { id: "new-one", outlet: "Other" },
    ]);
    expect(result.dataset.events[1]!.sources).toEqual(["ppl", "new-one"]);
  });

  it("reads semicolons, a byte order mark, CRLF, any column order and case", () => {
    const text =
      '\uFEFFSource_URLs;Kind;Summary;Title;Date;ID\r\nhttps://a.example/;denial;"S; with semicolon";T;2025-02;x\r\n';
    const result = csvToDataset(text, {});
    expect(result.problems).toEqual([]);
    expect(result.dataset.events).toEqual([
      {
        id: "x",
        title: "T",
        summary: "S; with semicolon",
        date: "2025-02",
        kind: "denial",
        sources: ["a-example"],
      },
    ]);
  });

  it("counts rows as a spreadsheet does: header 1, a multi-line cell is one row", () => {
    const result = importRows(
      'a,2025,"two\nlines",S,report,O,https://x.example/',
      "",
      "b,2025-13,T,S,report,O,https://x.example/",
    );
    expect(messages(result)).toEqual([
      'row 4: date: "2025-13" is not a valid date: month 13 does not exist',
    ]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(["a"]);
  });

  it("hints at dates that a spreadsheet rewrote", () => {
    const result = importRows("a,2/13/2025,T,S,report,O,https://x.example/");
    expect(messages(result)).toEqual([
      'row 2: date: "2/13/2025" is not an EDTF date in the supported subset (e.g. 2025, 2025-02, 2025-02-13, 2025-02-13T21:30Z, 2025-04-29/2025-05-03, ../2025-02-20, -0044-03-15) (a spreadsheet may have rewritten it: format the column as plain text and write dates like 2025-02-13)',
    ]);
  });

  it("reports a short title that is too long, by row and column", () => {
    const result = csvToDataset(
      [
        "id,date,title,short,summary,kind,source_urls",
        "fits,2025,Title,Fits,S,report,https://x.example/1",
        `over,2025,Title,${"x".repeat(61)},S,report,https://x.example/1`,
      ].join("\n"),
      {},
    );
    expect(messages(result)).toEqual(["row 3: short: is too long (at most 60 characters)"]);
    expect(result.dataset.events).toMatchObject([{ id: "fits", short: "Fits" }]);
  });

  it("reports a header it cannot use", () => {
    expect(messages(csvToDataset("id,titel,date,summary,kind,source_urls\n", {}))).toEqual([
      expect.stringMatching(/^row 1: unknown column "titel" \(columns: id, date, title/),
      "row 1: missing column: title",
    ]);
    expect(messages(csvToDataset("id,date,title,summary,kind\n", {}))).toEqual([
      "row 1: missing column: source_urls (or source_outlets, source_ids)",
    ]);
    expect(messages(csvToDataset("id,id,date,title,summary,kind,source_urls\n", {}))).toEqual([
      'row 1: column "id" appears twice',
    ]);
    expect(messages(csvToDataset("", {}))).toEqual([
      "row 1: the header row is missing (it names the columns: id, date, …)",
    ]);
  });

  it("refuses a source URL with a user name or password, or a space, as the validator does", () => {
    const result = importRows(
      "bbc,2025,T,S,report,BBC,https://www.bbc.co.uk@evil.example/story",
      "spaced,2025,T,S,report,O,https://exa mple.com/",
    );
    expect(messages(result)).toEqual([
      'row 2: source 1 (source_urls): "https://www.bbc.co.uk@evil.example/story" must not contain a user name or password (a link would name one site and open another)',
      'row 3: source 1 (source_urls): "https://exa mple.com/" must not contain spaces or control characters (write a space as %20)',
    ]);
    expect(result.dataset.events).toEqual([]);
  });

  it("reports each row it cannot convert, with the reason, and leaves it out", () => {
    const url = "https://x.example/";
    const result = importRows(
      `ok,2025,T,S,report,O,${url}`,
      `Bad Id,2025,T,S,report,O,${url}`,
      `ok,2025,T,S,report,O,${url}`,
      `k1,2025,T,S,,O,${url}`,
      `k2,2025,T,S,rumour,O,${url}`,
      `nosource,2025,T,S,report,,`,
      `badurl,2025,T,S,report,O,ftp://x.example/`,
      `empty,,,,report,O,${url}`,
      `toolong,2025,${"x".repeat(201)},S,report,O,${url}`,
    );
    expect(messages(result)).toEqual([
      'row 3: id: "Bad Id" is not a slug (lowercase letters, digits and single hyphens, e.g. bad-id)',
      'row 4: id: "ok" is already used in row 2',
      "row 5: kind: is empty (one of sighting, statement, report, denial, confirmation, project, release, appearance)",
      'row 6: kind: "rumour" is not one of sighting, statement, report, denial, confirmation, project, release, appearance',
      "row 7: cites no source: fill source_urls or source_outlets (every event cites at least one source)",
      'row 8: source 1 (source_urls): "ftp://x.example/" must be an absolute http(s) URL',
      "row 9: title: is empty",
      "row 9: summary: is empty",
      "row 9: date: is empty",
      "row 10: title: is too long (at most 200 characters)",
    ]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(["ok"]);
    expectValid(result.dataset);
  });

  it("reports problems in lists, positions, annotations and sources", () => {
    const columns = [
      "id",
      "date",
      "title",
      "summary",
      "kind",
      "people",
      "claims",
      "alt_dates",
      "event_sources",
      "annotation",
      "quote",
      "speaker",
      "attribution",
      "quote_2",
      "source_ids",
      "source_outlets",
    ];
    const line = (cells: Record<string, string>) =>
      columns
        .map((c) => cells[c] ?? { date: "2025", title: "T", summary: "S", kind: "report" }[c] ?? "")
        .join(",");
    const sheet = (...rows: Record<string, string>[]) =>
      csvToDataset([columns.join(","), ...rows.map(line)].join("\n"), {});
    const result = sheet(
      { id: "a", people: "Ana", claims: "romance:likes", source_ids: "s1", source_outlets: "O" },
      { id: "b", alt_dates: "2025-02-30@3", event_sources: "4", source_outlets: "O" },
      { id: "c", quote: "q", source_outlets: "O" },
      { id: "d", quote_2: "unquoted", source_outlets: "O" },
      { id: "e", source_ids: "s0", source_outlets: "O" },
      { id: "f", source_ids: "s0", source_outlets: "Other" },
      { id: "g", source_ids: "unknown-src" },
      { id: "h", people: "Ana (ana) | Ana B (ana)", source_outlets: "O" },
      { id: "i", annotation: "n", speaker: "Ana | Tom", attribution: "rumor", source_outlets: "O" },
    );
    expect(messages(result)).toEqual([
      'row 2: claims: "romance:likes" is not claim-id:stance (stance: supports, disputes, context; e.g. romance:supports)',
      'row 3: event_sources: "4" is not a source position (this row has 1 source; write e.g. 1+2)',
      'row 3: alt_dates: "2025-02-30" is not a valid date: February 2025 has 28 days',
      'row 3: alt_dates: "3" is not a source position (this row has 1 source; write e.g. 1+2)',
      "row 4: annotation: is empty, but quote, speaker, … are filled",
      "row 5: annotation_2: is empty, but quote_2, speaker_2, … are filled",
      'row 7: source 1: source "s0" has outlet "Other" here but "O" in row 6',
      'row 8: source 1: unknown source "unknown-src" (describe it: give at least its outlet or URL)',
      'row 9: people: "Ana B (ana)" names person "ana" "Ana B", but earlier in this row they are "Ana"',
      "row 10: speaker: names more than one person",
      'row 10: attribution: "rumor" is not one of on-record, anonymous, photo, reported',
    ]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(["e"]);
  });

  it("reports values in columns that have no header", () => {
    const result = csvToDataset(`${HEADER},\na,2025,T,S,report,O,https://x.example/,lost`, {});
    expect(messages(result)).toEqual([
      "row 2: column 8 has no name in the header row; its value would be lost",
    ]);
  });

  it("reports unreadable CSV by row", () => {
    const result = importRows('a,2025,"unterminated,S,report,O,https://x.example/');
    expect(messages(result)).toEqual(["row 2: cannot be read as CSV: Quoted field unterminated"]);
  });

  it("reports every row that an unclosed quote swallows, and numbers later rows as written", () => {
    const result = importRows(
      'a,2025,"unterminated,S,report,O,https://x.example/',
      "b,2025,T,S,report,O,https://x.example/",
      "",
      "c,2025,T,S,report,O,https://x.example/",
    );
    expect(messages(result)).toEqual([
      "row 2: cannot be read as CSV: Quoted field unterminated; a quote opens a cell in this row and does not close in it, so rows 3 to 5 were read into that cell (close the quote)",
      "row 3: not read: swallowed by the unclosed quote in row 2",
      "row 5: not read: swallowed by the unclosed quote in row 2",
    ]);
    expect(result.dataset.events).toEqual([]);

    const closedLater = importRows(
      'a,2025,"opened,S,report,O,https://x.example/',
      'b,2025,T,"S, closed",report,O,https://x.example/',
      "c,2025-13,T,S,report,O,https://x.example/",
    );
    expect(messages(closedLater)).toEqual([
      "row 2: cannot be read as CSV: Trailing quote on quoted field is malformed; a quote opens a cell in this row and does not close in it, so row 3 was read into that cell (close the quote)",
      "row 3: not read: swallowed by the unclosed quote in row 2",
      'row 4: date: "2025-13" is not a valid date: month 13 does not exist',
    ]);
  });

  it("keeps --base source details unless a row restates them, and notes created claims", () => {
    const base = minimalDataset();
    const result = csvToDataset(
      [
        "id,date,title,summary,kind,claims,source_ids,source_outlets",
        "x,2025,T,S,report,romance:supports | new-claim:context,paper-a,Paper A renamed",
        "y,2025,T,S,report,,paper-b,",
      ].join("\n"),
      { base },
    );
    expect(result.problems).toEqual([]);
    expect(result.dataset.sources[0]).toEqual({ ...base.sources[0], outlet: "Paper A renamed" });
    expect(result.dataset.sources[1]).toEqual(base.sources[1]);
    expect(result.dataset.claims!.map((c) => c.id)).toEqual(["romance", "new-claim"]);
    expect(result.dataset.claims![1]).toEqual({
      id: "new-claim",
      text: "new claim",
      status: "unverified",
    });
    expect(result.notes[0]).toMatch(/^claims created from their ids .*: new-claim$/);
    expectValid(result.dataset);
  });
});
