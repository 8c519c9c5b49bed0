// Whether a downloaded file is a spreadsheet (CSV) rather than a JSON dataset. Small and
// static: the loader asks it of every file; the CSV importer loads only for sheets.

/** Bytes that may come before a JSON file's "{": byte order marks, white space, NULs. */
const SKIPPED = new Set([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x20, 0x09, 0x0a, 0x0d]);

/** Whether the bytes are a spreadsheet: by the file's extension or type, else by its start. */
export function isSheet(url: URL, contentType: string | null, bytes: Uint8Array): boolean {
  if (/\.(csv|tsv)$/i.test(url.pathname)) return true;
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("text/csv") || type.includes("tab-separated-values")) return true;
  // Only a type that says nothing (none, plain text, bytes) leaves it to the content: a web
  // page or JSON by its type is reported as what it is.
  const vague = type === "" || type.startsWith("text/plain") || type.includes("octet-stream");
  if (!vague) return false;
  // JSON starts with "{" or "[" (in UTF-8 or UTF-16, after a byte order mark and white
  // space), markup with "<"; anything else that has text is taken for a sheet.
  const first = bytes.find((byte) => !SKIPPED.has(byte));
  return first !== undefined && first !== 0x7b && first !== 0x5b && first !== 0x3c;
}
