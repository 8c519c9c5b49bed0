// A file's bytes → its text, for every reader of authors' files (the preview page and the
// command-line tools): UTF-8, with or without a byte order mark, and UTF-16, which is what
// Excel's "Unicode Text" and some Windows editors save, with or without a mark.

export type TextEncoding = "UTF-8" | "UTF-16 LE" | "UTF-16 BE";

export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string;
  encoding: TextEncoding;
}

/** How many bytes the guess without a byte order mark looks at. */
const SAMPLE_BYTES = 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  const label = encoding === "UTF-8" ? "utf-8" : encoding === "UTF-16 LE" ? "utf-16le" : "utf-16be";
  // TextDecoder drops the byte order mark of the encoding it decodes.
  return { text: new TextDecoder(label).decode(bytes), encoding };
}

function detectEncoding(bytes: Uint8Array): TextEncoding {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe) return "UTF-16 LE";
  if (first === 0xfe && second === 0xff) return "UTF-16 BE";
  // Without a mark: text in UTF-16 that is mostly ASCII (a CSV header, JSON keys) has a zero
  // byte in every pair, after the letter (LE) or before it (BE). UTF-8 text has none.
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) zeroFirst += 1;
    if (bytes[2 * i + 1] === 0) zeroSecond += 1;
  }
  // A few zeros on the other side are letters such as Ā (U+0100).
  if (zeroSecond > pairs / 2 && zeroFirst < pairs / 10) return "UTF-16 LE";
  if (zeroFirst > pairs / 2 && zeroSecond < pairs / 10) return "UTF-16 BE";
  return "UTF-8";
}
