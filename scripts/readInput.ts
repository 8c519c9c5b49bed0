// How the command-line tools read files, the way the page does: a byte order mark is no
// error, and UTF-16 (Excel's "Unicode Text") is named. A spreadsheet or TimelineJS file is
// converted from UTF-16 as from UTF-8 (the preview does the same); a format v1 dataset must
// be UTF-8, because that is how the page fetches it.
import { readFileSync } from "node:fs";
import { decodeText, type DecodedText } from "../src/data/decodeText.ts";
import { reason } from "./cliArgs.ts";

export type ReadResult = ({ ok: true } & DecodedText) | { ok: false; message: string };

/** A file to convert, as text: UTF-8 or UTF-16, its byte order mark dropped. */
export function readInput(file: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, message: `${file}: (file): cannot be read: ${reason(error)}` };
  }
  return { ok: true, ...decodeText(bytes) };
}

/** A format v1 dataset, as text: UTF-8, with or without a byte order mark. */
export function readDatasetFile(file: string): ReadResult {
  const read = readInput(file);
  if (!read.ok || read.encoding === "UTF-8") return read;
  return {
    ok: false,
    message: `${file}: (file): is ${read.encoding} text; datasets are UTF-8 (the page reads them so): save it as UTF-8`,
  };
}
