// The spreadsheet form of a living record: an event's added and updated dates, and each
// source's archived copy as two parallel lists (source_archived_urls, source_archived_dates).
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { minimalDataset } from "../fixtures/minimal.ts";
import type { DatasetInput } from "../schema.ts";
import { validateDataset } from "../validate.ts";
import { csvToDataset, datasetToCsv } from "./csv.ts";

const ARCHIVED = "https://web.archive.org/web/20250216093000/https://a.example/story";

function withChanges(): DatasetInput {
  const dataset = minimalDataset();
  dataset.events[1]!.added = "2025-02-16";
  dataset.events[1]!.updated = "2025-06-01T09:30Z";
  dataset.events[0]!.added = "2025-02-20";
  dataset.sources[0]!.archived = { url: ARCHIVED, date: "2025-02-16T09:30Z" };
  dataset.corrections = [{ date: "2025-06-01", text: "Fixed a date.", event: "dinner" }];
  return dataset;
}

/** The cells of `column`, one per event row. */
function column(csv: string, name: string): string[] {
  const [header, ...rows] = Papa.parse<string[]>(csv.trim()).data;
  const at = header!.indexOf(name);
  return rows.map((row) => row[at]!);
}

const HEADER =
  "id,date,title,summary,kind,added,updated,source_urls,source_archived_urls,source_archived_dates";

function importRow(row: string) {
  return csvToDataset(`${HEADER}\n${row}`, { today: "2025-11-13" });
}

describe("added, updated and archived copies in CSV", () => {
  it("are written in their own columns", () => {
    const csv = datasetToCsv(withChanges());
    expect(column(csv, "added")).toEqual(["2025-02-20", "2025-02-16"]);
    expect(column(csv, "updated")).toEqual(["", "2025-06-01T09:30Z"]);
    // The dinner's row cites paper-a (archived) and paper-b (not): parallel lists.
    expect(column(csv, "source_archived_urls")).toEqual(["", `${ARCHIVED} | `]);
    expect(column(csv, "source_archived_dates")).toEqual(["", "2025-02-16T09:30Z | "]);
  });

  it("come back from a round trip, plainly and with --base", () => {
    const dataset = withChanges();
    const csv = datasetToCsv(dataset);
    const plain = csvToDataset(csv, { today: "2025-11-13" });
    expect(plain.problems).toEqual([]);
    expect(plain.dataset.events).toEqual(dataset.events);
    expect(plain.dataset.sources.find((s) => s.id === "paper-a")).toEqual(dataset.sources[0]);
    const full = csvToDataset(csv, { base: dataset });
    expect(full.problems).toEqual([]);
    expect(full.dataset).toEqual(dataset);
    expect(validateDataset(full.dataset)).toMatchObject({ ok: true });
  });

  it("keep a --base correction whose event no row has, without the event, in a note", () => {
    const base = withChanges();
    const csv = datasetToCsv({ ...base, events: [base.events[0]!] });
    const result = csvToDataset(csv, { base });
    expect(result.problems).toEqual([]);
    expect(result.dataset.corrections).toEqual([{ date: "2025-06-01", text: "Fixed a date." }]);
    expect(result.notes).toContain(
      'correction 1 of --base (2025-06-01) names event "dinner", which no row has: kept without its event',
    );
    expect(validateDataset(result.dataset)).toMatchObject({ ok: true });
  });

  it("are checked on import, each problem named by its column", () => {
    const url = "https://x.example/1";
    const cases: [string, string][] = [
      [
        `e1,2025-02-13,T,S,report,2025-02-16,2025-02-15,${url},,`,
        'updated: "2025-02-15" is before the event was added (2025-02-16): an event is updated on or after the day it is added',
      ],
      [
        `e1,2025-02-13,T,S,report,2025-02,,${url},,`,
        'added: "2025-02" is not one day or moment: added and updated say on which day (or at what moment) the dataset changed, e.g. 2025-05-16 or 2025-05-16T09:30Z',
      ],
      [
        `e1,2025-02-13,T,S,report,16/02/2025,,${url},,`,
        'added: "16/02/2025" is not an EDTF date in the supported subset',
      ],
      [
        `e1,2025-02-13,T,S,report,,,${url},${ARCHIVED},`,
        "source 1: an archived copy needs both its URL (source_archived_urls) and its date (source_archived_dates)",
      ],
      [
        `e1,2025-02-13,T,S,report,,,${url},javascript:alert(1),2025-02-16`,
        'source 1 (source_archived_urls): "javascript:alert(1)" must be an absolute http(s) URL',
      ],
      [
        `e1,2025-02-13,T,S,report,,,${url},${ARCHIVED},2025-02-30`,
        'source 1 (source_archived_dates): "2025-02-30" is not a valid date',
      ],
    ];
    for (const [row, message] of cases) {
      const result = importRow(row);
      expect(result.dataset.events, row).toEqual([]);
      expect(result.problems.map((p) => `row ${p.row}: ${p.message}`).join("\n"), row).toContain(
        `row 2: ${message}`,
      );
    }
  });
});
