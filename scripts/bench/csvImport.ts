// The spreadsheet import timed in Node, for `npm run bench`: the conversion the command
// line runs (csvToDataset), what the preview page runs on a dropped file (conversion,
// validation and the JSON to download), and the command line's JSON output. Timings are
// printed, never checked.
import { csvToDataset } from "../../src/data/convert/csv.ts";
import { previewFile } from "../../src/data/preview.ts";
import { formatJson } from "../formatJson.ts";
import { csvRows } from "./csvRows.ts";

export interface CsvImportTiming {
  rows: number;
  megabytes: number;
  importMs: number;
  previewMs: number;
  jsonMs: number;
  events: number;
  sources: number;
  problems: number;
}

const TODAY = "2025-11-13";

export async function timeCsvImport(rows: number): Promise<CsvImportTiming> {
  const text = csvRows(rows);
  let t0 = performance.now();
  const result = csvToDataset(text, { today: TODAY });
  const importMs = performance.now() - t0;
  t0 = performance.now();
  await formatJson(result.dataset, "data/bench.json");
  const jsonMs = performance.now() - t0;
  t0 = performance.now();
  const preview = await previewFile("bench.csv", text, TODAY);
  const previewMs = performance.now() - t0;
  return {
    rows,
    megabytes: Buffer.byteLength(text) / 1e6,
    importMs,
    previewMs,
    jsonMs,
    events: result.dataset.events.length,
    sources: result.dataset.sources.length,
    problems: result.problems.length + preview.conversionProblems.length,
  };
}
