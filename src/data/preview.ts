// A dropped or opened file → what the preview shows: the dataset (when it validates), every
// conversion and validation problem with its row number or JSON path, and the JSON to
// download. Runs in the page only; nothing is uploaded. The page loads this module (and,
// through it, the CSV and TimelineJS converters) only when a file is dropped.
import { csvToDataset } from "./convert/csv.ts";
import { timelineJsToDataset, timelineOf } from "./convert/timelinejs.ts";
import { decodeText } from "./decodeText.ts";
import type { LoadResult, Problem } from "./model.ts";
import { parseDataset } from "./parseDataset.ts";
import { MAX_DATASET_CHARS, tooDeep, tooLarge, validateDataset } from "./validate.ts";

export type PreviewFormat = "json" | "timelinejs" | "csv";

export interface Preview {
  fileName: string;
  format: PreviewFormat;
  /** The dataset, or every problem that stops it from being shown. */
  result: LoadResult;
  /** Rows or events the converter could not carry over ("row 7", "events[3]"). */
  conversionProblems: Problem[];
  /** Defaults the converter applied (made-up ids, created claims): not problems. */
  notes: string[];
  /** What "Download JSON" saves: the converted dataset, or the file itself when it is no JSON. */
  json: string;
  downloadName: string;
  /** One sentence for the preview's banner: how the file was read and whether it is valid. */
  summary: string;
}

const FORMATS = { json: "format v1 JSON", timelinejs: "TimelineJS JSON", csv: "CSV spreadsheet" };

function summarize(preview: Omit<Preview, "summary">): Preview {
  const count = preview.conversionProblems.length;
  const verdict = !preview.result.ok
    ? "It is not a valid dataset yet: fix the problems below, then open it again."
    : count === 0
      ? "It is a valid dataset."
      : `It is a valid dataset, but ${count === 1 ? "1 part" : `${count} parts`} of the file could not be converted:`;
  return { ...preview, summary: `Read as ${FORMATS[preview.format]}. ${verdict}` };
}

/** `sheet.csv` → `sheet.json`; names without a usable stem become `dataset.json`. */
export function downloadName(fileName: string): string {
  const stem = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `${stem === "" ? "dataset" : stem.slice(0, 100)}.json`;
}

/** Which reader a file needs: by extension, else by its first character. */
export function detectFormat(fileName: string, text: string): PreviewFormat {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (["csv", "tsv", "txt"].includes(extension)) return "csv";
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (extension !== "json" && !start.startsWith("{") && !start.startsWith("[")) return "csv";
  return "json";
}

/** A format v1 file says so (`version`) or has v1's collections; TimelineJS (wrapped or not) has neither. */
function isTimelineJs(json: unknown): boolean {
  const value = timelineOf(json);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (Object.hasOwn(value, "version") || Object.hasOwn(value, "sources")) return false;
  return Array.isArray((value as { events?: unknown }).events);
}

/** The size check for a file before it is read (File.size is in bytes). */
export function fileTooLarge(fileName: string, bytes: number): Preview | null {
  if (bytes <= MAX_DATASET_CHARS) return null;
  const problem: Problem = {
    path: "(file)",
    message: `is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_DATASET_CHARS / 1024 / 1024} MB)`,
  };
  return summarize({
    fileName,
    format: detectFormat(fileName, ""),
    result: { ok: false, problems: [problem] },
    conversionProblems: [],
    notes: [],
    json: "",
    downloadName: downloadName(fileName),
  });
}

export async function previewFile(
  fileName: string,
  text: string,
  today?: string,
): Promise<Preview> {
  return summarize(await convert(fileName, text, today));
}

/** previewFile for a file's bytes: UTF-8 or UTF-16, read as the command-line tools read it. */
export async function previewBytes(
  fileName: string,
  bytes: Uint8Array,
  today?: string,
): Promise<Preview> {
  return previewFile(fileName, decodeText(bytes).text, today);
}

async function convert(
  fileName: string,
  text: string,
  today?: string,
): Promise<Omit<Preview, "summary">> {
  const format = detectFormat(fileName, text);
  const base = { fileName, downloadName: downloadName(fileName) };
  const bounded = tooLarge(text) ?? tooDeep(text);
  if (bounded !== null) {
    return {
      ...base,
      format,
      result: { ok: false, problems: [bounded] },
      conversionProblems: [],
      notes: [],
      json: "",
    };
  }
  if (format === "csv") {
    const converted = csvToDataset(text, { sourceName: fileName, today });
    return {
      ...base,
      format,
      result: validateDataset(converted.dataset),
      conversionProblems: converted.problems.map((p) => ({
        path: `row ${p.row}`,
        message: p.message,
      })),
      notes: converted.notes,
      json: pretty(converted.dataset),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // parseDataset names the line and column; the file itself is what there is to download.
    return {
      ...base,
      format,
      result: await parseDataset(text),
      conversionProblems: [],
      notes: [],
      json: text,
    };
  }
  if (isTimelineJs(value)) {
    const converted = timelineJsToDataset(value, { sourceName: fileName, today });
    return {
      ...base,
      format: "timelinejs",
      result: validateDataset(converted.dataset),
      conversionProblems: converted.problems.map((p) => ({
        path: p.index === null ? "(file)" : `events[${p.index}]`,
        message: p.message,
      })),
      notes: converted.notes,
      json: pretty(converted.dataset),
    };
  }
  return {
    ...base,
    format,
    result: validateDataset(value),
    conversionProblems: [],
    notes: [],
    json: pretty(value),
  };
}

function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
